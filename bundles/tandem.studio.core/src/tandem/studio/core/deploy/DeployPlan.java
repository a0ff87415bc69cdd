package tandem.studio.core.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tandem.model.Project;
import tandem.model.diff.Change;
import tandem.model.diff.ProjectDiff;
import tandem.model.hash.ContentHash;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.model.validation.ProjectValidator;
import tandem.model.validation.ValidationResult;
import tandem.runtime.redundancy.deploy.DeployCheck;
import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.runtime.redundancy.deploy.Deployment;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.runtime.redundancy.deploy.RuntimeData;

/**
 * What the Deploy wizard shows before anything is sent: the running version, the version the engineer's project is
 * based on, the diff between them in the engineer's words (changes that need a restart marked), the validation
 * result, and the runtime data (recipes, passwords) where the running system differs from the model. A base that
 * is not the running version means someone deployed in between: the wizard offers to rebase (the diff then shows
 * what the other deploy changed as well) or to force.
 */
public record DeployPlan(ProjectVersion running, int base, List<String> changes, List<String> needRestart,
		ValidationResult validation, List<RuntimeData.Difference> runtimeData, byte[] content, String hash,
		List<ProjectVersion> history) {

	/** Computes the plan for {@code model} against the server's answer {@code versions}. */
	public static DeployPlan of(Project model, DeployMessage.Versions versions, Optional<Integer> recordedBase)
			throws LoadException {
		ProjectVersion running = versions.running();
		Project runningProject = Deployment.load(running);
		List<Change> diff = ProjectDiff.compare(runningProject, model);
		List<String> restart = new ArrayList<>();
		for (Change c : diff) {
			if (DeployCheck.needsRestart(c)) {
				restart.add(c.message());
			}
		}
		byte[] content = new ProjectStore().toBytes(model);
		int base = recordedBase.orElse(running.number());
		return new DeployPlan(running, base, DeployCheck.describe(diff), restart, new ProjectValidator().validate(model),
				RuntimeData.differences(runningProject, model), content, ContentHash.of(model), versions.versions());
	}

	/** True when the engineer's project was based on another version than the one running now. */
	public boolean staleBase() {
		return base != running.number();
	}

	/** The same plan based on the running version (the engineer chose to rebase). */
	public DeployPlan rebased() {
		return new DeployPlan(running, running.number(), changes, needRestart, validation, runtimeData, content, hash,
				history);
	}

	/** Who deployed what after the base: what a rebase takes over. */
	public List<ProjectVersion> deployedSinceBase() {
		return history.stream().filter(v -> v.number() > base).toList();
	}
}
