package tandem.runtime.node;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tandem.model.Project;
import tandem.model.hash.ContentHash;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.node.CommandLine.UsageException;
import tandem.runtime.redundancy.TopologySettings;
import tandem.runtime.redundancy.deploy.DeployCheck;
import tandem.runtime.redundancy.deploy.DeployClient;
import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.runtime.redundancy.deploy.Deployment;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.runtime.redundancy.deploy.RuntimeData;

/**
 * {@code tandem deploy --project FILE --user U [--password-file F] [--base N] [--force] [--overwrite ITEM,...]}
 * and {@code tandem rollback --project FILE --to N --user U [--password-file F]}: joins the project's cluster as a
 * STUDIO member, shows the diff against the running version and the runtime data that differs (kept unless named
 * in {@code --overwrite}), deploys, and prints one {@code PROGRESS} line per step and node. Last line
 * {@code DEPLOYED version=N} (exit 0), or {@code REFUSED} / {@code FAILED} with the reason (exit 1); a project or
 * command line that is wrong: exit 2. Without {@code --base} the deploy is based on the running version.
 */
final class DeployVerb implements Verb {

	static final long SILENCE_MS = 40_000;
	private final boolean rollback;

	DeployVerb(boolean rollback) {
		this.rollback = rollback;
	}

	@Override
	public String name() {
		return rollback ? "rollback" : "deploy";
	}

	@Override
	public String usage() {
		return rollback ? "rollback --project FILE --to N --user U [--password-file F]   deploy version N again, as a new version"
				: "deploy --project FILE --user U [--password-file F] [--base N] [--force] [--overwrite ITEM,...]"
						+ "   deploy the project online; per-node progress; exit 1 when refused or failed";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err, StopSignal stop)
			throws UsageException, InterruptedException {
		CommandLine line = CommandLine.parse(args, Set.of("project", "user", "password-file", "base", "overwrite",
				"to", "wait"), Set.of("force"));
		Path file = Path.of(line.required("project"));
		String user = line.required("user");
		int to = rollback ? Integer.parseInt(line.required("to")) : 0;
		long wait = Long.parseLong(line.option("wait").orElse("10000"));
		Project project = ProjectLoading.load(name(), file, err);
		if (project == null) {
			return 2;
		}
		char[] password = Passwords.read(line, user);
		String me = name() + "-" + ProcessHandle.current().pid();
		ClusterSettings settings;
		try {
			settings = TopologySettings.from(project, file, me, System::getenv, NodeKind.STUDIO).build();
		} catch (IllegalArgumentException e) {
			err.println("tandem " + name() + ": " + e.getMessage());
			return 2;
		}
		try (DeployClient client = DeployClient.connect(settings, me)) {
			DeployMessage.Versions versions = client.versions(to, wait);
			ProjectVersion running = versions.running();
			out.println("RUNNING version=" + running.number() + " hash=" + running.hash() + " by=" + running.author());
			Project model = project;
			if (rollback) {
				if (versions.requested() == null) {
					err.println("tandem rollback: the server holds no version " + to + " (it holds "
							+ versions.versions().stream().map(ProjectVersion::number).toList() + ")");
					return 1;
				}
				model = Deployment.load(versions.requested());
			}
			Project runningProject = Deployment.load(running);
			List<String> diff = DeployCheck.describe(tandem.model.diff.ProjectDiff.compare(runningProject, model));
			diff.forEach(d -> out.println("CHANGE " + d));
			Set<String> overwrite = new LinkedHashSet<>(line.option("overwrite").map(o -> Arrays.asList(o.split(",")))
					.orElse(List.of()));
			for (RuntimeData.Difference d : RuntimeData.differences(runningProject, model)) {
				out.println("RUNTIME-DATA " + d + (overwrite.contains(d.item()) ? " -> overwritten" : " -> kept"));
			}
			int base = line.option("base").map(Integer::parseInt).orElse(running.number());
			byte[] content = new ProjectStore().toBytes(model);
			out.flush();
			DeployMessage.Progress end = client.deploy(user, password, base, ContentHash.of(model), content,
					line.flag("force"), overwrite, p -> {
						out.println("PROGRESS " + p.step() + (p.node().isEmpty() ? "" : " node=" + p.node()) + " "
								+ p.message());
						out.flush();
					}, SILENCE_MS);
			Arrays.fill(password, '\0');
			switch (end.step()) {
			case ACTIVE -> {
				out.println("DEPLOYED version=" + end.version() + (rollback ? " (rollback to " + to + ")" : ""));
				return 0;
			}
			case REFUSED -> {
				out.println("REFUSED " + end.message());
				end.lines().forEach(l -> out.println("  " + l));
				return 1;
			}
			default -> {
				out.println("FAILED " + end.message());
				return 1;
			}
			}
		} catch (LoadException e) {
			err.println("tandem " + name() + ": " + e.getMessage());
			return 1;
		} catch (Exception e) {
			err.println("tandem " + name() + ": " + e.getMessage());
			return 1;
		}
	}
}
