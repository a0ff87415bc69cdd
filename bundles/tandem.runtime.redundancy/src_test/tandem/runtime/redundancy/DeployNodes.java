package tandem.runtime.redundancy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import tandem.model.Archive;
import tandem.model.Project;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.hash.ContentHash;
import tandem.model.io.ProjectStore;
import tandem.runtime.api.driver.DriverFactory;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.history.h2.HistoryOptions;
import tandem.runtime.redundancy.deploy.DeployClient;
import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.runtime.redundancy.deploy.Deployment;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.runtime.redundancy.deploy.VersionStore;

/**
 * Server-capable nodes a and b running the demo project (its process archive every 200 ms), in this JVM over
 * SHARED_LOOPBACK, each with its version store, and a studio member that deploys. Closes everything.
 */
final class DeployNodes implements AutoCloseable {

	static final byte[] SECRET = "deploy-test-cluster-secret-0123456789".getBytes(StandardCharsets.UTF_8);
	static final long ARCHIVE_MS = 200;

	final ClusterSettings settings;
	final Path dir;
	final List<RedundantNode> nodes = new ArrayList<>();
	final List<DeployClient> studios = new ArrayList<>();
	final List<tandem.runtime.redundancy.client.ClusterPlantConnection> stations = new ArrayList<>();

	DeployNodes(Path dir) {
		this.dir = dir;
		this.settings = ClusterSettings.builder("deploy-test-" + UUID.randomUUID(), SECRET)
				.transport(ClusterSettings.Transport.SHARED_LOOPBACK).failureDetection(1000, 300, 200)
				.joinTimeoutMs(300).announceGraceMs(600).node(NodeSpec.server("a", 1)).node(NodeSpec.server("b", 2))
				.node(NodeSpec.of("studio", NodeKind.STUDIO)).node(NodeSpec.of("station", NodeKind.CLIENT))
				.faultInjection(true).build();
	}

	/** The demo with a fast process archive and poll: what every node starts with. */
	static Project project() {
		Project p = new DemoProjectFactory().create();
		for (Archive a : p.getArchives()) {
			a.setPeriodMs((int) ARCHIVE_MS);
		}
		p.getVariables().forEach(v -> v.setRateMs((int) ARCHIVE_MS)); // polled as often as archived
		return p;
	}

	RedundantNode start(String name) throws Exception {
		return start(name, List.of(new SimulatorDriverFactory()));
	}

	RedundantNode start(String name, List<DriverFactory> drivers) throws Exception {
		VersionStore store = new VersionStore(dir.resolve(name));
		ProjectVersion v = Deployment.startingVersion(store, project(), System.currentTimeMillis());
		Project running = Deployment.load(v);
		RedundantNode n = new RedundantNode(new ProjectCompiler().compile(running), v.hash(), name, dir.resolve(name),
				settings, drivers, new RedundantNode.Options(System::currentTimeMillis,
						HistoryOptions.defaults().withOpenTimeout(java.time.Duration.ofSeconds(10)), 100, true));
		n.deployable(store, v, running);
		n.start();
		nodes.add(n);
		return n;
	}

	DeployClient studio() throws Exception {
		DeployClient c = DeployClient.connect(settings, "studio");
		studios.add(c);
		return c;
	}

	/** An operator station running the demo (it takes part in every roll-out). */
	tandem.runtime.redundancy.client.ClusterPlantConnection station() throws Exception {
		tandem.runtime.redundancy.client.ClusterPlantConnection c = tandem.runtime.redundancy.client
				.ClusterPlantConnection.open(settings, "station", ContentHash.of(project()));
		stations.add(c);
		return c;
	}

	/** Deploys {@code p} as the demo's engineer, based on {@code base}. */
	static DeployMessage.Progress deploy(DeployClient studio, Project p, int base, List<DeployMessage.Progress> steps)
			throws Exception {
		return deploy(studio, "engineer", "engineer", p, base, false, steps);
	}

	static DeployMessage.Progress deploy(DeployClient studio, String user, String password, Project p, int base,
			boolean force, List<DeployMessage.Progress> steps) throws Exception {
		byte[] content = new ProjectStore().toBytes(p);
		return studio.deploy(user, password.toCharArray(), base, ContentHash.of(p), content, force, Set.of(),
				steps::add, 30_000);
	}

	static int activeVersion(RedundantNode n) {
		return n.deployment().active().number();
	}

	@Override
	public void close() {
		for (DeployClient c : studios) {
			c.close();
		}
		stations.forEach(tandem.runtime.redundancy.client.ClusterPlantConnection::close);
		for (RedundantNode n : nodes) {
			n.close();
		}
	}
}
