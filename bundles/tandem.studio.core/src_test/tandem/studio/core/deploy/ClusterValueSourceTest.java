package tandem.studio.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.model.Project;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.hash.ContentHash;
import tandem.runtime.api.Value;
import tandem.runtime.cluster.ClusterListener;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.redundancy.RedundantNode;

/**
 * The preview's cluster source against a real pair (alpha serves, beta stands by, the demo on the simulator) in this
 * JVM over SHARED_LOOPBACK: it receives the server's values, follows beta after alpha is closed, keeps the values
 * marked not live in between, and never sends an operator action.
 */
class ClusterValueSourceTest {

	private static final byte[] SECRET = "studio-preview-test-secret-0123456789".getBytes(StandardCharsets.UTF_8);

	private final List<RedundantNode> nodes = new ArrayList<>();
	private final AtomicInteger actions = new AtomicInteger();
	private ClusterSettings settings;
	private ClusterConnection connection;
	private Path dir;

	@BeforeEach
	void aRunningPair() throws Exception {
		dir = Files.createTempDirectory("studio-preview");
		settings = ClusterSettings.builder("studio-preview-" + UUID.randomUUID(), SECRET)
				.transport(ClusterSettings.Transport.SHARED_LOOPBACK).failureDetection(1000, 300, 200)
				.joinTimeoutMs(300).announceGraceMs(600).node(NodeSpec.server("alpha", 1))
				.node(NodeSpec.server("beta", 2)).node(NodeSpec.of("studio", NodeKind.STUDIO)).build();
		Project p = new DemoProjectFactory().create();
		for (String name : List.of("alpha", "beta")) {
			RedundantNode n = new RedundantNode(new ProjectCompiler().compile(p), ContentHash.of(p), name,
					dir.resolve(name), settings, List.of(new SimulatorDriverFactory()), RedundantNode.Options.defaults());
			n.start();
			n.member().addListener(new ClusterListener() {
				@Override
				public void operatorAction(ReplicatedFact action) {
					actions.incrementAndGet();
				}
			});
			nodes.add(n);
		}
		waitFor(() -> nodes.get(0).role() == MemberRole.SERVER && nodes.get(1).role() == MemberRole.STANDBY,
				"alpha serves and beta stands by");
		connection = ClusterConnection.open(settings, "studio");
	}

	@AfterEach
	void stopAll() {
		if (connection != null) {
			connection.close();
		}
		nodes.forEach(RedundantNode::close);
	}

	@Test
	void theSourceShowsTheServersValuesFollowsTheStandbyAfterAFailoverAndNeverWrites() throws Exception {
		Project edited = new DemoProjectFactory().create();
		try (ClusterValueSource source = new ClusterValueSource(connection, edited)) {
			waitFor(() -> source.live() && source.values().containsKey("Tank1.Level")
					&& source.status().sameProject(), "values from alpha: " + source.status());
			ClusterValueSource.Status s = source.status();
			assertEquals("alpha", s.server());
			assertEquals("SERVER", s.role());
			assertTrue(s.text().startsWith("connected to alpha (SERVER, epoch "), s.text());
			Value level = source.values().get("Tank1.Level");
			assertTrue(level.isGood() && level.data() instanceof Double, level.toString());
			waitFor(() -> source.missing(List.of("Tank1.Level")).isEmpty() && source.status().sameProject(),
					"a full snapshot with alpha's status: " + source.status());
			assertEquals(Set.of("No.Such.Variable"), source.missing(List.of("Tank1.Level", "No.Such.Variable")));
			long firstTime = level.sourceTime();
			waitFor(() -> source.values().get("Tank1.Level").sourceTime() > firstTime, "the level is polled again");

			long epochBefore = s.epoch();
			nodes.get(0).close(); // the server goes away; beta takes over
			assertTrue(source.values().containsKey("Tank1.Level"), "the last values are kept");
			waitFor(() -> source.live() && "beta".equals(source.status().server()), "values from beta: " + source.status());
			long afterFailover = System.currentTimeMillis();
			waitFor(() -> source.values().get("Tank1.Level").sourceTime() >= afterFailover,
					"beta's fresh values arrive: " + source.values().get("Tank1.Level"));
			assertTrue(source.status().epoch() > epochBefore, source.status().text());
			assertTrue(source.status().text().startsWith("connected to beta (SERVER, epoch "), source.status().text());
		}
		assertEquals(0, actions.get(), "the preview never sends an operator action");
		assertTrue(connection.client().member().unconfirmedActions().isEmpty());
	}

	@Test
	void valuesNotPublishedForThreeSecondsAreNotLive() throws Exception {
		long[] now = { System.currentTimeMillis() };
		try (ClusterValueSource source = new ClusterValueSource(connection, "", () -> now[0])) {
			waitFor(() -> source.publications() > 0, "a publication from alpha");
			now[0] += ClusterValueSource.STALE_AFTER_MS + 1000;
			waitFor(() -> true, "");
			if (source.status().state() == ClusterValueSource.State.CONNECTED) { // a publication came meanwhile
				now[0] += ClusterValueSource.STALE_AFTER_MS + 1000;
			}
			assertEquals(ClusterValueSource.State.SILENT, source.status().state(), source.status().toString());
			assertFalse(source.live());
			assertTrue(source.status().text().startsWith("no values from alpha"), source.status().text());
		}
	}

	@Test
	void aChangedProjectIsReportedAsNotTheSame() throws Exception {
		Project edited = new DemoProjectFactory().create();
		edited.getVariables().get(0).setName("Renamed.Variable");
		try (ClusterValueSource source = new ClusterValueSource(connection, edited)) {
			waitFor(() -> source.live() && !source.status().runningHash().isEmpty(), "alpha's status: " + source.status());
			assertFalse(source.status().sameProject(), source.status().toString());
			assertEquals(Set.of("Renamed.Variable"), source.missing(List.of("Renamed.Variable", "Tank1.Level")));
		}
	}

	@Test
	void withoutAServerTheSourceIsNotReachable() throws Exception {
		nodes.forEach(RedundantNode::close);
		waitFor(() -> !ClusterValueSource.reachable(connection), "no server in view");
		try (ClusterValueSource source = new ClusterValueSource(connection, new DemoProjectFactory().create())) {
			assertEquals(ClusterValueSource.State.NOT_REACHABLE, source.status().state());
			assertEquals("not reachable", source.status().text());
			assertFalse(source.live());
		}
	}

	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < end) {
			if (condition.getAsBoolean()) {
				return;
			}
			Thread.sleep(50);
		}
		fail("not within 20 s: " + what);
	}
}
