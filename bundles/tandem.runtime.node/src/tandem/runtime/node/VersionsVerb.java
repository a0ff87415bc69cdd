package tandem.runtime.node;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import tandem.model.Project;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.node.CommandLine.UsageException;
import tandem.runtime.redundancy.TopologySettings;
import tandem.runtime.redundancy.deploy.DeployClient;
import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.runtime.redundancy.deploy.ProjectVersion;

/**
 * {@code tandem versions --project FILE}: the project versions the server holds, one line per version starting
 * with its number (time, author, base, hash, the diff in words); the running one ends with {@code (active)}.
 */
final class VersionsVerb implements Verb {

	@Override
	public String name() {
		return "versions";
	}

	@Override
	public String usage() {
		return "versions --project FILE   list the deployed project versions (the running one marked active)";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err, StopSignal stop)
			throws UsageException, InterruptedException {
		CommandLine line = CommandLine.parse(args, Set.of("project", "wait"), Set.of());
		Path file = Path.of(line.required("project"));
		long wait = Long.parseLong(line.option("wait").orElse("10000"));
		Project project = ProjectLoading.load("versions", file, err);
		if (project == null) {
			return 2;
		}
		String me = "versions-" + ProcessHandle.current().pid();
		ClusterSettings settings;
		try {
			settings = TopologySettings.from(project, file, me, System::getenv, NodeKind.STUDIO).build();
		} catch (IllegalArgumentException e) {
			err.println("tandem versions: " + e.getMessage());
			return 2;
		}
		try (DeployClient client = DeployClient.connect(settings, me)) {
			DeployMessage.Versions v = client.versions(wait);
			for (ProjectVersion pv : v.versions()) {
				out.println(pv.line() + (pv.number() == v.running().number() ? " (active)" : ""));
			}
			return 0;
		} catch (Exception e) {
			err.println("tandem versions: " + e.getMessage());
			return 1;
		}
	}
}
