package tandem.runtime.node;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import tandem.model.Project;
import tandem.model.hash.ContentHash;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.RoleChange;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.api.driver.DriverFactory;
import tandem.runtime.driver.modbus.ModbusDriverFactory;
import tandem.runtime.driver.opcua.OpcUaDriverFactory;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.node.CommandLine.UsageException;
import tandem.runtime.redundancy.RedundantNode;
import tandem.runtime.redundancy.TopologySettings;
import tandem.runtime.redundancy.deploy.Deployment;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.runtime.redundancy.deploy.VersionStore;
import tandem.model.io.LoadException;

/**
 * {@code tandem node --project FILE --node NAME [--data DIR]}: runs one redundant runtime node headless until it is
 * stopped with SIGTERM or SIGINT. Lines for scripts and the fault harness, each on its own line:
 * <ul>
 * <li>{@code READY node=NAME role=ROLE epoch=N ...} exactly once, when the node serves its role (server, standby
 * following a server, or degraded for a while);</li>
 * <li>{@code ROLE node=NAME role=ROLE epoch=N reason=...} for every later role change;</li>
 * <li>{@code ACTIVATED node=NAME version=N hash=H} whenever the node switched to another project version online
 * (a deploy, a rollback, or adopting the server's version after a return);</li>
 * <li>{@code STOPPED node=NAME cleanly} after the history is flushed; exit code 0.</li>
 * </ul>
 * An invalid project or a missing cluster secret: message and exit 2. A node that cannot start: exit 1.
 *
 * <p>The fault harness adds {@code --fault-control FILE} (deliberately not in the usage): it turns on JGroups'
 * DISCARD in the stack and lets the harness cut this node's links by writing to {@code FILE}, see
 * {@link FaultControl}. A production node never has it, so its stack has no DISCARD. It also adds
 * {@code --live-device}: the simulated plant then answers like real hardware, with the slot running when a poll
 * arrives, never a past one, so a slot no node polled is lost for good (see {@code SimulatorDriver}).
 */
final class NodeVerb implements Verb {

	/** Two nodes started at once may first form two one-member clusters; MERGE3 joins them within seconds. */
	static final long DEGRADED_SETTLE_MS = 5000;
	static final long READY_AT_LATEST_MS = 15_000;

	@Override
	public String name() {
		return "node";
	}

	@Override
	public String usage() {
		return "node --project FILE --node NAME [--data DIR]   run one runtime node (role from the project topology)";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err, StopSignal stop)
			throws UsageException, InterruptedException {
		CommandLine line = CommandLine.parse(args, Set.of("project", "node", "data", "fault-control"),
				Set.of("live-device"));
		Path file = Path.of(line.required("project"));
		String node = line.required("node");
		Path data = Path.of(line.option("data").orElse("data/" + node));
		Project project = ProjectLoading.load("node", file, err);
		if (project == null) {
			return 2;
		}
		VersionStore versions;
		ProjectVersion version;
		Project running = project;
		try {
			Files.createDirectories(data);
			versions = new VersionStore(data);
			version = Deployment.startingVersion(versions, project, System.currentTimeMillis());
			if (!version.hash().equals(ContentHash.of(project))) {
				running = Deployment.load(version);
				out.println("VERSION node=" + node + " runs version " + version.number() + " of its version store "
						+ versions.directory() + "; the project file " + file + " differs (deploy it with tandem deploy)");
			}
		} catch (LoadException | IOException | RuntimeException e) {
			err.println("tandem node: " + e.getMessage());
			return 2;
		}
		ClusterSettings settings;
		try { // the running version's topology: a deployed host, port or timing takes effect at this restart
			settings = TopologySettings.from(running, file, node, System::getenv)
					.faultInjection(line.option("fault-control").isPresent()).build();
		} catch (IllegalArgumentException e) {
			err.println("tandem node: " + e.getMessage());
			return 2;
		}
		serveHistoryOnLoopbackOnly();
		stop.install();
		RedundantNode redundant = new RedundantNode(new ProjectCompiler().compile(running), version.hash(),
				node, data, settings, drivers(data, line.flag("live-device")), RedundantNode.Options.defaults());
		redundant.deployable(versions, version, running);
		RoleLines lines = new RoleLines(out, node);
		redundant.addRoleListener(lines);
		try {
			redundant.start();
		} catch (Exception e) {
			err.println("tandem node: node " + node + " cannot start: " + e.getMessage());
			return 1;
		}
		line.option("fault-control").ifPresent(f -> new FaultControl(Path.of(f), node, () -> {
			ClusterMember m = redundant.member();
			return m == null ? null : m.jgroups();
		}, out).start());
		redundant.deployment().addListener((v, p) -> {
			synchronized (lines) {
				out.println("ACTIVATED node=" + node + " version=" + v.number() + " hash=" + v.hash());
				out.flush();
			}
		});
		awaitReady(redundant, stop);
		lines.ready(redundant, "project=" + file.toAbsolutePath() + " hash=" + redundant.projectHash() + " version="
				+ redundant.deployment().active().number() + " data=" + data.toAbsolutePath());
		stop.await();
		redundant.stop();
		out.println("STOPPED node=" + node + " cleanly");
		out.flush();
		return 0;
	}

	/**
	 * The driver kinds a node runs. The OPC UA driver keeps its certificates in the node's {@code data/pki} and
	 * reads its users' credentials from the node's environment (the deployment), never from the project.
	 */
	static List<DriverFactory> drivers(Path data, boolean liveDevice) {
		return List.of(liveDevice ? SimulatorDriverFactory.liveDevice() : new SimulatorDriverFactory(), new ModbusDriverFactory(),
				new OpcUaDriverFactory(data.resolve("pki"), System::getenv));
	}

	/** Server, standby that follows a server, or a degraded role that held for a while (a lone node). */
	private static void awaitReady(RedundantNode n, StopSignal stop) throws InterruptedException {
		long start = System.currentTimeMillis();
		long degradedSince = 0;
		while (!stop.isRequested() && System.currentTimeMillis() - start < READY_AT_LATEST_MS) {
			MemberRole role = n.role();
			if (role == MemberRole.SERVER
					|| role == MemberRole.STANDBY && n.member().serverNode().isPresent()) {
				return;
			}
			if (role == MemberRole.DEGRADED) {
				degradedSince = degradedSince == 0 ? System.currentTimeMillis() : degradedSince;
				if (System.currentTimeMillis() - degradedSince >= DEGRADED_SETTLE_MS) {
					return;
				}
			} else {
				degradedSince = 0;
			}
			Thread.sleep(20);
		}
	}

	/**
	 * H2's auto-server (how {@code tandem export} reads a running node's history) listens on every interface by
	 * default; export runs on the node's own machine, so loopback is enough. Read once when H2 loads.
	 */
	private static void serveHistoryOnLoopbackOnly() {
		if (System.getProperty("h2.bindAddress") == null) {
			System.setProperty("h2.bindAddress", "127.0.0.1");
		}
	}

	/** Prints READY once, then one ROLE line per change; never a ROLE line for the state READY reported. */
	private static final class RoleLines implements RedundantNode.RoleListener {
		private final PrintStream out;
		private final String node;
		private boolean ready;
		private MemberRole lastRole;
		private long lastEpoch = -1;

		RoleLines(PrintStream out, String node) {
			this.out = out;
			this.node = node;
		}

		synchronized void ready(RedundantNode n, String details) {
			ready = true;
			lastRole = n.role();
			lastEpoch = n.epoch();
			out.println("READY node=" + node + " role=" + lastRole + " epoch=" + lastEpoch + " " + details);
			out.flush();
		}

		@Override
		public synchronized void roleChanged(RoleChange c) {
			if (!ready || c.to() == lastRole && c.epoch() == lastEpoch) {
				return;
			}
			lastRole = c.to();
			lastEpoch = c.epoch();
			out.println("ROLE node=" + node + " role=" + c.to() + " epoch=" + c.epoch() + " at=" + c.timeMillis() + " reason="
					+ c.reason().replace('\n', ' '));
			out.flush();
		}

		@Override
		public synchronized void leaseChanged(String n, boolean held, long at, String reason) {
			out.println("LEASE node=" + node + " held=" + held + " at=" + at + " reason=" + reason.replace('\n', ' '));
			out.flush();
		}

		@Override
		public synchronized void protectionChanged(String n, boolean isProtected, long since, String reason) {
			out.println("PROTECTION node=" + node + " protected=" + isProtected + " since="
					+ java.time.Instant.ofEpochMilli(since) + " reason=" + reason.replace('\n', ' '));
			out.flush();
		}
	}
}
