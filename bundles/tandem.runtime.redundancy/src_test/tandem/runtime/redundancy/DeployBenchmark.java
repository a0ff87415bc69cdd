package tandem.runtime.redundancy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;
import tandem.model.generator.ProjectGenerator;
import tandem.model.hash.ContentHash;
import tandem.model.io.ProjectStore;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.InMemoryFactStore;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.history.h2.HistoryOptions;
import tandem.runtime.redundancy.client.ClusterPlantConnection;
import tandem.runtime.redundancy.deploy.DeployClient;
import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.runtime.redundancy.deploy.Deployment;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.runtime.redundancy.deploy.VersionStore;

/**
 * Deploy latency (goal: under 2 s, no restart): a generated project of 10,000 variables and 200 screens deployed to
 * server a, standby b and station c in this JVM over SHARED_LOOPBACK, from the deploy call to ACTIVE (which the
 * server reports once every node announces the new version), beside the raw transfer of the same bytes over the
 * same stack in the same run (one member to another and back, once per staging target). The nodes do not poll
 * (a deploy measurement, not a load test). Not a timed test; run with
 * {@code ./mvnw -B verify -pl bundles/tandem.runtime.redundancy -am -Dtest=DeployBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DeployBenchmark {

	private static final byte[] SECRET = "deploy-benchmark-secret-0123456789".getBytes(StandardCharsets.UTF_8);
	private static final int RUNS = 3;

	@TempDir
	Path temp;

	@Test
	void deploysTenThousandVariablesAndTwoHundredScreensToThreeMembers() throws Exception {
		Project v1 = new ProjectGenerator(10_000, 200, 7).generate();
		v1.getUsers().stream().filter(u -> u.getName().equals("engineer")).findFirst().orElseThrow()
				.setPasswordHash(new tandem.model.security.PasswordHash().hash("engineer".toCharArray()));
		ClusterSettings settings = ClusterSettings.builder("deploy-bench-" + UUID.randomUUID(), SECRET)
				.transport(ClusterSettings.Transport.SHARED_LOOPBACK).failureDetection(3000, 1000, 500)
				.joinTimeoutMs(300).announceGraceMs(600).node(NodeSpec.server("a", 1)).node(NodeSpec.server("b", 2))
				.node(NodeSpec.of("c", NodeKind.CLIENT)).node(NodeSpec.of("studio", NodeKind.STUDIO))
				.node(NodeSpec.of("x", NodeKind.STUDIO)).node(NodeSpec.of("y", NodeKind.STUDIO)).build();
		List<RedundantNode> nodes = new ArrayList<>();
		try {
			for (String n : List.of("a", "b")) {
				Project p = new ProjectStore().load(new ProjectStore().toBytes(v1), "generated.tandem");
				VersionStore store = new VersionStore(temp.resolve(n));
				ProjectVersion v = Deployment.startingVersion(store, p, System.currentTimeMillis());
				RedundantNode node = new RedundantNode(new ProjectCompiler().compile(p), v.hash(), n, temp.resolve(n),
						settings, drivers(), new RedundantNode.Options(
								System::currentTimeMillis, HistoryOptions.defaults(), 500, false));
				node.deployable(store, v, p);
				node.start();
				nodes.add(node);
				TestNodes.await(n + " serves or stands by", 30_000, () -> node.role() == MemberRole.SERVER
						|| node.role() == MemberRole.STANDBY && node.member().aligned());
			}
			try (ClusterPlantConnection c = ClusterPlantConnection.open(settings, "c", nodes.get(0).projectHash());
					DeployClient studio = DeployClient.connect(settings, "studio")) {
				studio.awaitServer(10_000);
				TestNodes.await("the studio sees a, b and c", 10_000, () -> studio.members().size() >= 4);
				int base = 1;
				List<Long> deploys = new ArrayList<>();
				int bytes = 0;
				for (int run = 1; run <= RUNS; run++) {
					Project next = new ProjectStore().load(new ProjectStore().toBytes(v1), "next.tandem");
					next.getVariables().get(run).setDescription("benchmark run " + run);
					byte[] content = new ProjectStore().toBytes(next);
					bytes = content.length;
					String hash = ContentHash.of(next);
					long t0 = System.nanoTime();
					DeployMessage.Progress end = studio.deploy("engineer", "engineer".toCharArray(), base, hash, content,
							false, Set.of(), p -> {
							}, 60_000);
					long ms = (System.nanoTime() - t0) / 1_000_000;
					if (end.step() != DeployMessage.Step.ACTIVE) {
						throw new AssertionError("run " + run + ": " + end.step() + " " + end.message() + " " + end.lines());
					}
					base = end.version();
					deploys.add(ms);
					int expected = base;
					TestNodes.await("c runs version " + expected, 10_000, () -> c.projectVersion().number() == expected);
				}
				List<Long> raw = rawTransfer(settings, bytes, 2 * RUNS);
				System.out.printf("BENCHMARK deploy of %d variables, %d screens (%,d bytes) to a, b, c: deploy call to"
						+ " ACTIVE on every node %s ms; raw transfer of the same bytes over the same stack (send + 16-byte"
						+ " answer) %s ms per target, 2 targets per deploy%n", v1.getVariables().size(),
						v1.getScreens().size(), bytes, deploys, raw);
			}
		} finally {
			nodes.forEach(RedundantNode::close);
		}
	}

	/**
	 * The generated project also has Modbus and OPC UA drivers; the nodes do not poll here, so the simulator stands
	 * in for those kinds (this bundle has no field drivers).
	 */
	private static List<tandem.runtime.api.driver.DriverFactory> drivers() {
		SimulatorDriverFactory sim = new SimulatorDriverFactory();
		List<tandem.runtime.api.driver.DriverFactory> out = new ArrayList<>(List.of(sim));
		for (String kind : List.of("modbus-tcp", "opcua")) {
			out.add(new tandem.runtime.api.driver.DriverFactory() {
				@Override
				public String kind() {
					return kind;
				}

				@Override
				public tandem.runtime.api.driver.Driver create(tandem.runtime.api.driver.DriverConfiguration c)
						throws tandem.runtime.api.driver.DriverException {
					return sim.create(c);
				}
			});
		}
		return out;
	}

	/** Sends {@code size} bytes from member x to member y and waits for y's answer, {@code times} times. */
	private static List<Long> rawTransfer(ClusterSettings settings, int size, int times) throws Exception {
		List<Long> out = new ArrayList<>();
		try (ClusterMember x = new ClusterMember(settings, "x", new InMemoryFactStore(), "");
				ClusterMember y = new ClusterMember(settings, "y", new InMemoryFactStore(), "")) {
			CompletableFuture<?>[] answer = { new CompletableFuture<Void>() };
			y.onDeployment((from, payload) -> y.sendDeployment(from, new byte[16]));
			x.onDeployment((from, payload) -> answer[0].complete(null));
			x.start();
			y.start();
			TestNodes.await("x sees y", 10_000, () -> x.members().contains("y"));
			byte[] bytes = new byte[size];
			for (int i = 0; i < times; i++) {
				answer[0] = new CompletableFuture<Void>();
				long t0 = System.nanoTime();
				x.sendDeployment("y", bytes);
				answer[0].get(30, TimeUnit.SECONDS);
				out.add((System.nanoTime() - t0) / 1_000_000);
			}
		}
		return out;
	}
}
