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

	/**
	 * A node cut off from everybody is degraded and does not know that the other one serves on. Its on-change
	 * archive's chain goes its own way (here: its poll stalls three times, so it compares its next value with one
	 * the server's chain has left behind); recorded alone, those samples would merge into both histories beside the
	 * server's chain, each within the deadband of the one before. Kept in the shadow buffer, they give way to the
	 * server's chain once the node is back: both nodes hold one chain, the server's.
	 */
	@Test
	void aCutOffNodeKeepsItsOnChangeSamplesOutOfTheHistoryAndFollowsTheServersChainWhenItIsBack() throws Exception {
		try (TestNodes t = new TestNodes(temp, true)) {
			RedundantNode a = t.start("a");
			RedundantNode b = t.start("b");
			long from = cutOffTheStandby(t, a, b, 1000);
			long degraded = System.currentTimeMillis();
			for (int stall = 0; stall < 3; stall++) {
				b.image().stop();
				TestNodes.sleep(1000);
				b.image().start();
				TestNodes.sleep(600);
			}
			b.flushHistory();
			assertEquals(List.of(), b.history().samples(TestNodes.RAMP, degraded, Long.MAX_VALUE),
					"b recorded on-change samples alone while degraded");
			assertEquals(MemberRole.SERVER, a.role(), "a served on");
			b.member().faultHeal();
			TestNodes.await("b is back as a's aligned standby", 15_000,
					() -> b.role() == MemberRole.STANDBY && b.member().aligned());
			TestNodes.sleep(1500);
			long to = System.currentTimeMillis() - 1000;
			a.flushHistory();
			b.flushHistory();
			List<ArchiveSample> onA = a.history().samples(TestNodes.RAMP, from, to);
			assertTrue(onA.size() > 10, "a recorded the ramp's changes: " + onA.size());
			assertEquals(onA, b.history().samples(TestNodes.RAMP, from, to), "both nodes hold the same chain");
			for (int i = 1; i < onA.size(); i++) {
				double step = Math.abs(onA.get(i).value() - onA.get(i - 1).value());
				assertTrue(step > TestNodes.RAMP_DEADBAND,
						"a sample within the deadband of the one before (two chains merged): " + onA.get(i - 1)
								+ " then " + onA.get(i));
			}
		}
	}

	/**
	 * A node that stays cut off longer than its shadow buffer can keep what it observed records it alone, from the
	 * start of its degraded spell: none of its on-change samples is lost to the buffer's retention (30 s here).
	 */
	@Test
	void aNodeDegradedLongerThanItCanKeepItsSamplesRecordsThemAllAlone() throws Exception {
		try (TestNodes t = new TestNodes(temp, true)) {
			RedundantNode a = t.start("a");
			RedundantNode b = t.start("b");
			cutOffTheStandby(t, a, b, 0);
			long degraded = System.currentTimeMillis();
			TestNodes.sleep(32_000);
			b.flushHistory();
			List<ArchiveSample> alone = b.history().samples(TestNodes.RAMP, degraded + 500, degraded + 30_000);
			// the ramp rises 0.2 a slot: with a deadband of 0.5 the chain records every third slot (once it wraps, sooner)
			assertTrue(alone.size() >= 40, "b recorded " + alone.size() + " of the ramp's changes in 29.5 s alone");
			for (int i = 1; i < alone.size(); i++) {
				long gap = alone.get(i).sourceTime() - alone.get(i - 1).sourceTime();
				assertTrue(gap <= 3 * TestNodes.RATE, "no change of the ramp between " + alone.get(i - 1) + " and "
						+ alone.get(i) + ": samples lost while b kept them");
			}
		}
	}

	/**
	 * With station c as witness: once a serves and b stands by aligned, b is cut off {@code after} ms later and is
	 * degraded. Returns when b was aligned.
	 */
	private static long cutOffTheStandby(TestNodes t, RedundantNode a, RedundantNode b, long after) throws Exception {
		t.station("c");
		TestNodes.await("a serves, b stands by aligned", 8000, () -> a.role() == MemberRole.SERVER
				&& b.role() == MemberRole.STANDBY && b.member().aligned());
		long aligned = System.currentTimeMillis();
		TestNodes.sleep(after);
		b.member().faultIsolate();
		TestNodes.await("b alone is degraded", 6000, () -> b.role() == MemberRole.DEGRADED);
		return aligned;
	}

	private static long slot(long time) {
		return Math.floorDiv(time, TestNodes.RATE) * TestNodes.RATE + TestNodes.RATE;
	}
}
