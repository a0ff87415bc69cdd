package tandem.runtime.node;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tandem.model.Project;
import tandem.model.hash.ContentHash;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.InMemoryFactStore;
import tandem.runtime.node.CommandLine.UsageException;
import tandem.runtime.redundancy.ClusterStatus;
import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.runtime.redundancy.TopologySettings;

/**
 * {@code tandem status --project FILE [--wait MS]}: joins the project's cluster as an observer (not a voter),
 * waits for the server's status publication and for every member's announcement, and prints one {@code MEMBER}
 * line per member of the view (role, epoch, project hash, high-water mark, aligned, running project version).
 * Standard output holds only these lines (JGroups' banner is off). Exit 0 with
 * a server, 1 when none answered in time.
 */
final class StatusVerb implements Verb {

	@Override
	public String name() {
		return "status";
	}

	@Override
	public String usage() {
		return "status --project FILE [--wait MS]   list every cluster member with role, epoch, hash, high-water mark";
	}

	/**
	 * Members answer a newcomer's announcement directly, so all of them are usually heard before the server's
	 * status arrives; one that is not by the deadline prints as unknown.
	 */
	private static void awaitAnnouncements(ClusterMember m, long deadline) throws InterruptedException {
		while (!ClusterStatus.everyoneHeard(m.memberInfos(), m.members())
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
	}

	/** The server's version history as hash to number; empty when the server does not answer in time. */
	private static Map<String, Integer> versionsByHash(ClusterMember m, CompletableFuture<DeployMessage.Versions> f,
			String server, long waitMs) {
		Map<String, Integer> out = new HashMap<>();
		try {
			m.sendDeployment(server, DeployMessage.encode(new DeployMessage.ListVersions("status", 0)));
			for (ProjectVersion v : f.get(waitMs, TimeUnit.MILLISECONDS).versions()) {
				out.put(v.hash(), v.number());
			}
		} catch (Exception e) {
			// an older server without deployment, or none in time: versions print as ?
		}
		return out;
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err, StopSignal stop)
			throws UsageException, InterruptedException {
		CommandLine line = CommandLine.parse(args, Set.of("project", "wait", "at"), Set.of());
		Path file = Path.of(line.required("project"));
		long waitMs = Long.parseLong(line.option("wait").orElse("5000"));
		Project project = ProjectLoading.load("status", file, err);
		if (project == null) {
			return 2;
		}
		String observer = "status-" + ProcessHandle.current().pid();
		ClusterSettings settings;
		try {
			settings = TopologySettings.from(project, file, observer, System::getenv).build();
		} catch (IllegalArgumentException e) {
			err.println("tandem status: " + e.getMessage());
			return 2;
		}
		ClusterStatus status = new ClusterStatus();
		long deadline = System.currentTimeMillis() + waitMs;
		CompletableFuture<DeployMessage.Versions> versions = new CompletableFuture<>();
		try (ClusterMember m = new ClusterMember(settings, observer, new InMemoryFactStore(), ContentHash.of(project))) {
			m.addListener(status);
			m.onDeployment((from, payload) -> {
				try {
					if (DeployMessage.decode(payload) instanceof DeployMessage.Versions v) {
						versions.complete(v);
					}
				} catch (java.io.IOException e) {
					err.println("tandem status: dropped a malformed version list from " + from + ": " + e.getMessage());
				}
			});
			m.start();
			CompletableFuture<ClusterStatus.Server> server = status.server();
			ClusterStatus.Server s;
			try {
				s = server.get(waitMs, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				err.println("tandem status: no server of cluster " + settings.clusterName() + " answered within "
						+ waitMs + " ms; members in view: " + m.members());
				return 1;
			} catch (java.util.concurrent.ExecutionException e) {
				err.println("tandem status: " + e.getCause());
				return 1;
			}
			awaitAnnouncements(m, deadline);
			// fault tests only (not in the usage): join now, report as announced at a later moment (epoch ms), so
			// a measurement during a fault does not depend on how fast a new member can join while it lasts
			long at = Long.parseLong(line.option("at").orElse("0"));
			if (at > System.currentTimeMillis()) {
				Thread.sleep(at - System.currentTimeMillis());
			}
			for (String line2 : ClusterStatus.lines(s, m.memberInfos(), List.copyOf(m.members()), observer,
					versionsByHash(m, versions, s.node(), Math.max(1000, deadline - System.currentTimeMillis())))) {
				out.println(line2);
			}
			out.println(s.protectionLine());
			out.flush();
			return 0;
		} catch (Exception e) {
			err.println("tandem status: cannot join cluster " + settings.clusterName() + ": " + e.getMessage());
			return 1;
		}
	}
}
