package tandem.runtime.redundancy.deploy;

import java.util.ArrayList;
import java.util.List;

import tandem.model.Permission;
import tandem.model.Project;
import tandem.model.User;
import tandem.model.diff.Change;
import tandem.model.diff.ProjectDiff;
import tandem.model.hash.ContentHash;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.model.security.PasswordHash;
import tandem.model.validation.Problem;
import tandem.model.validation.ProjectValidator;
import tandem.model.validation.ValidationResult;

/**
 * What the server checks before it stages a version, in this order: the user and password against the running
 * project's users and the deploy permission of their roles; that the content is a readable project whose hash is
 * the one sent; that it validates; and that it is based on the running version (someone else deployed in between:
 * refused with the diff between the running version and the engineer's, unless forced). Recipes and passwords
 * that differ from the running version are kept unless the request names them ({@link RuntimeData}). Changes that
 * only a restart applies (the topology: hosts, ports, cluster timings) are listed as such.
 */
public final class DeployCheck {

	/** The outcome: refused with a reason and lines to show, or the version to stage. */
	public record Verdict(boolean accepted, String reason, List<String> lines, ProjectVersion version, Project project) {
		static Verdict refused(String reason, List<String> lines) {
			return new Verdict(false, reason, List.copyOf(lines), null, null);
		}
	}

	private final ProjectStore store = new ProjectStore();

	public Verdict check(ProjectVersion running, Project runningProject, DeployMessage.Request r, long now) {
		String who = permission(runningProject, r);
		if (who != null) {
			return Verdict.refused(who, List.of());
		}
		Project model;
		try {
			model = store.load(r.content(), "deployed-by-" + r.user() + ".tandem");
		} catch (LoadException e) {
			return Verdict.refused("the project sent by " + r.user() + " cannot be read: " + e.getMessage(),
					e.problems());
		}
		String actual = ContentHash.of(model);
		if (!actual.equals(r.hash())) {
			return Verdict.refused("the content hash sent (" + r.hash() + ") does not match the project's content ("
					+ actual + "): the transfer is damaged or the project was changed after hashing", List.of());
		}
		ValidationResult validation = new ProjectValidator().validate(model);
		if (!validation.isValid()) {
			List<String> lines = new ArrayList<>();
			for (Problem p : validation.errors()) {
				lines.add(p.elementPath() + ": " + p.message());
			}
			return Verdict.refused("the project does not validate: " + validation.errors().size() + " errors", lines);
		}
		if (r.baseVersion() != running.number() && !r.force()) {
			List<String> lines = new ArrayList<>();
			for (Change c : ProjectDiff.compare(runningProject, model)) {
				lines.add(c.message());
			}
			return Verdict.refused("stale base: the project was based on version " + r.baseVersion()
					+ ", but version " + running.number() + " (by " + running.author() + ") runs now; rebase onto "
					+ running.number() + " or force", lines);
		}
		List<String> kept = RuntimeData.keepRunning(runningProject, model, r.overwrite());
		byte[] content = kept.isEmpty() ? r.content() : store.toBytes(model);
		List<String> changes = describe(ProjectDiff.compare(runningProject, model));
		for (String k : kept) {
			changes.add("kept the running " + k + " (runtime data)");
		}
		ProjectVersion v = new ProjectVersion(running.number() + 1, ContentHash.of(model), running.number(), r.user(),
				now, changes, content);
		return new Verdict(true, "", changes, v, model);
	}

	/** The diff in words, with changes that take effect at the next restart marked. */
	public static List<String> describe(List<Change> diff) {
		List<String> out = new ArrayList<>();
		for (Change c : diff) {
			out.add(needsRestart(c) ? c.message() + " (applied at the next restart of the nodes)" : c.message());
		}
		return out;
	}

	public static boolean needsRestart(Change c) {
		return c.elementPath().startsWith("Topology");
	}

	/** Null when the user may deploy; otherwise why not. */
	private static String permission(Project running, DeployMessage.Request r) {
		User user = running.getUsers().stream().filter(u -> u.getName().equals(r.user())).findFirst().orElse(null);
		if (user == null || user.getPasswordHash() == null || !PasswordHash.verify(r.password(), user.getPasswordHash())) {
			return "unknown user or wrong password for " + r.user();
		}
		boolean may = user.getRoles().stream().anyMatch(role -> role.getPermissions().contains(Permission.DEPLOY_PROJECTS));
		if (!may) {
			return "user " + r.user() + " has no role with the deploy permission (DEPLOY_PROJECTS)";
		}
		return null;
	}
}
