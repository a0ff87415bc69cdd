package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.driver.sim.SimulatorDriver;
import tandem.runtime.history.h2.CelQuery;

class RedundantNodeTest {

	@TempDir
	Path temp;

	@Test
	void theStandbyHoldsEveryFactTheServerRecorded() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			RedundantNode a = t.start("a");
			TestNodes.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			RedundantNode b = t.start("b");
			TestNodes.await("b stands by for a", 5000,
					() -> b.role() == MemberRole.STANDBY && b.member().serverNode().equals(Optional.of("a")));
			long from = System.currentTimeMillis() + 300;
			TestNodes.sleep(2000);
			a.image().stop();
			b.image().stop();
			TestNodes.await("b received everything a recorded", 3000,
					() -> b.facts().highWaterMark().equals(a.facts().highWaterMark()));
			a.flushHistory();
			b.flushHistory();
			for (String v : TestNodes.ARCHIVED) {
				List<ArchiveSample> onServer = a.history().samples(v, from, Long.MAX_VALUE);
				assertTrue(onServer.size() >= 8, v + ": the server recorded " + onServer.size() + " samples in 2 s");
				assertEquals(onServer, b.history().samples(v, from, Long.MAX_VALUE), v);
			}
		}
	}

	@Test
	void afterTheServerIsGoneTheStandbyRecordsEverySlotOnceWithoutAGap() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			RedundantNode a = t.start("a");
			TestNodes.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			RedundantNode b = t.start("b");
			TestNodes.await("b stands by for a", 5000,
					() -> b.role() == MemberRole.STANDBY && b.member().serverNode().equals(Optional.of("a")));
			long from = slot(System.currentTimeMillis() + 500);
			long epochBefore = a.epoch();
			TestNodes.sleep(1500);
			a.member().stop(); // the server leaves; what it queued for b but had not sent is lost with it
			long lostAt = System.currentTimeMillis();
			TestNodes.await("b promotes", 3000, () -> b.role() == MemberRole.SERVER);
			long promotedIn = System.currentTimeMillis() - lostAt;
			TestNodes.sleep(1500);
			b.image().stop();
			b.flushHistory();
			assertTrue(b.epoch() > epochBefore, "epoch " + b.epoch() + " after " + epochBefore);
			SimulatorDriver plant = new SimulatorDriver(new DriverConfiguration("Plant", "sim", 42, false, Map.of()));
			for (String v : TestNodes.ARCHIVED) {
				List<ArchiveSample> samples = b.history().samples(v, from, Long.MAX_VALUE);
				long last = samples.get(samples.size() - 1).sourceTime();
				assertTrue(last > lostAt + 1000, v + ": b records after the switch");
				List<Long> expected = new ArrayList<>();
				for (long s = from; s <= last; s += TestNodes.RATE) {
					expected.add(s);
				}
				assertEquals(expected, samples.stream().map(ArchiveSample::sourceTime).toList(),
						v + ": one sample per slot across the switch (promotion took " + promotedIn + " ms)");
				for (ArchiveSample s : samples) {
					Object truth = plant.valueAt(t.configuration.variable(v).orElseThrow().tag(), s.sourceTime());
					assertEquals(((Number) truth).doubleValue(), s.value(), 1e-9, v + " at " + s.sourceTime());
				}
			}
			List<CelEntry> cel = b.history().cel(CelQuery.between(0, Long.MAX_VALUE));
			assertTrue(cel.stream().anyMatch(e -> e.text().contains("is now SERVER") && e.text().contains("no server")),
					"the promotion is in the CEL with its reason: " + cel);
			assertFalse(b.member().serverNode().isEmpty());
		}
	}

	@Test
	void slotsTheServersPollWasTooLateForAreRecordedAsTheStandbyObservedThem() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			RedundantNode a = t.start("a");
			TestNodes.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			RedundantNode b = t.start("b");
			TestNodes.await("b stands by for a", 5000,
					() -> b.role() == MemberRole.STANDBY && b.member().serverNode().equals(Optional.of("a")));
			TestNodes.sleep(1000);
			long stalled = System.currentTimeMillis();
			a.image().stop(); // a's poll thread stalls: no device answers for the past, those slots are gone on a
			TestNodes.sleep(5 * TestNodes.RATE);
			a.image().start();
			long resumed = System.currentTimeMillis();
			TestNodes.sleep(1500);
			long from = slot(stalled - 600);
			long to = slot(resumed + 600);
			for (RedundantNode n : List.of(a, b)) {
				TestNodes.await(n.name() + " holds every slot across a's stall", 5000, () -> {
					n.flushHistory();
					return n.history().samples("Tank.Level", from, to).size() == (to - from) / TestNodes.RATE;
				});
			}
		}
	}

	private static long slot(long time) {
		return Math.floorDiv(time, TestNodes.RATE) * TestNodes.RATE + TestNodes.RATE;
	}
}
