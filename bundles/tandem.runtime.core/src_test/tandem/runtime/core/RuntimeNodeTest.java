package tandem.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.core.log.StaleEpochException;
import tandem.runtime.driver.sim.SimulatorDriver;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryQueries;

class RuntimeNodeTest {

	@TempDir
	Path dir;

	private static void run(RuntimeNode node, AtomicLong clock, long from, long to) {
		for (long t = from; t < to; t += 100) {
			clock.set(t);
			node.pollAll(t);
		}
	}

	private static List<Fact> plantFacts(HistoryQueries q) {
		return q.readLog(0, 1_000_000).stream().map(LoggedFact::fact).filter(f -> !(f instanceof CelEntry)).toList();
	}

	@Test
	void twoNodesOnTheSamePlantRecordIdenticalFactsWithIdenticalSourceTimes() {
		AtomicLong clockA = new AtomicLong();
		AtomicLong clockB = new AtomicLong();
		RuntimeNode a = TestPlant.node(TestPlant.configuration(), "a", dir.resolve("a"), clockA);
		RuntimeNode b = TestPlant.node(TestPlant.configuration(), "b", dir.resolve("b"), clockB);
		a.start();
		b.start();
		long t0 = TestPlant.T0;
		for (long t = t0; t < t0 + 120_000; t += 100) {
			a.pollAll(t + 3);
			b.pollAll(t + 71);
		}
		a.flushHistory();
		b.flushHistory();
		List<Fact> factsA = plantFacts(a.history());
		assertEquals(factsA, plantFacts(b.history()));
		assertTrue(factsA.size() > 1000, "samples recorded: " + factsA.size());
		assertTrue(factsA.stream().anyMatch(f -> f.key().startsWith("alarm:")), "the tank crossed its high limit");
		assertEquals(a.history().digests(t0, t0 + 120_000, 10_000).stream().filter(d -> !d.stream().equals("#cel"))
				.toList(), b.history().digests(t0, t0 + 120_000, 10_000).stream()
						.filter(d -> !d.stream().equals("#cel")).toList());
		a.stop();
		b.stop();
	}

	@Test
	void aRestartContinuesTheLogAndTheActiveAlarmsWithoutGapsOrDuplicates() {
		AtomicLong clock = new AtomicLong(TestPlant.T0);
		RuntimeNode node = TestPlant.node(TestPlant.configuration(), "n1", dir, clock);
		node.start();
		long t = TestPlant.pollUntilAnAlarmIsActive(node, clock, TestPlant.T0);
		long raise = node.alarms().active().get(0).raiseTime();
		node.stop();
		clock.addAndGet(5_000);
		RuntimeNode again = TestPlant.node(TestPlant.configuration(), "n1", dir, clock);
		again.start();
		assertEquals(raise, again.alarms().active().get(0).raiseTime(), "the open alarm continues");
		run(again, clock, t + 5_000, t + 60_000);
		again.stop();
		clock.addAndGet(5_000);
		RuntimeNode check = TestPlant.node(TestPlant.configuration(), "n1", dir, clock);
		check.start();
		List<LoggedFact> log = check.history().readLog(0, 1_000_000);
		for (int i = 0; i < log.size(); i++) {
			assertEquals(i + 1, log.get(i).seq(), "seq without gaps");
		}
		assertEquals(log.size(), log.stream().map(f -> f.fact().key()).distinct().count(), "no fact twice");
		List<CelEntry> system = check.history().cel(CelQuery.between(0, Long.MAX_VALUE)
				.withCategories(Set.of(CelCategory.SYSTEM)));
		assertEquals(List.of("START", "STOP", "START", "STOP", "START"),
				system.stream().map(c -> c.key().replaceAll(".*:(\\w+)@.*", "$1")).toList());
		assertEquals(1, check.history().alarms(raise, raise + 1).size());
		check.stop();
	}

	@Test
	void valuesTurnInvalidWhileTheDriverIsLostAndGoodWhenItReturns() {
		AtomicLong clock = new AtomicLong(TestPlant.T0);
		RuntimeNode node = TestPlant.node(TestPlant.configuration(), "n1", dir, clock);
		node.start();
		run(node, clock, TestPlant.T0, TestPlant.T0 + 1_000);
		((SimulatorDriver) node.driver("Plant")).setConnected(false);
		node.pollAll(TestPlant.T0 + 1_000);
		assertEquals(Quality.INVALID, node.variables().read("Tank.Level").orElseThrow().quality());
		((SimulatorDriver) node.driver("Plant")).setConnected(true);
		node.pollAll(TestPlant.T0 + 1_100);
		assertEquals(Quality.GOOD, node.variables().read("Tank.Level").orElseThrow().quality());
		node.flushHistory();
		assertTrue(node.history().samples("Tank.Level", 0, Long.MAX_VALUE).stream()
				.anyMatch(s -> s.quality() == Quality.INVALID), "the loss is archived");
		node.stop();
	}

	@Test
	void aLostDriverIsWrittenToTheCelOnceAndItsReturnOnce() {
		AtomicLong clock = new AtomicLong(TestPlant.T0);
		RuntimeNode node = TestPlant.node(TestPlant.configuration(), "n1", dir, clock);
		node.start();
		run(node, clock, TestPlant.T0, TestPlant.T0 + 1_000);
		((SimulatorDriver) node.driver("Plant")).setConnected(false);
		run(node, clock, TestPlant.T0 + 1_000, TestPlant.T0 + 5_000);
		((SimulatorDriver) node.driver("Plant")).setConnected(true);
		run(node, clock, TestPlant.T0 + 5_000, TestPlant.T0 + 8_000);
		node.flushHistory();
		List<String> lines = node.history().cel(CelQuery.between(0, Long.MAX_VALUE)
				.withCategories(Set.of(CelCategory.SYSTEM))).stream().map(CelEntry::text)
				.filter(t -> t.contains("driver Plant")).toList();
		assertEquals(List.of("simulator driver Plant: not connected (seen by node n1)",
				"driver Plant answers again (seen by node n1)"), lines);
		node.stop();
	}

	@Test
	void subscribersHearEachNewValueOnce() {
		AtomicLong clock = new AtomicLong(TestPlant.T0);
		RuntimeNode node = TestPlant.node(TestPlant.configuration(), "n1", dir, clock);
		node.start();
		List<Long> seen = new java.util.ArrayList<>();
		var sub = node.variables().subscribe("Tank.Level", (v, value) -> seen.add(value.sourceTime()));
		node.pollAll(TestPlant.T0);
		node.pollAll(TestPlant.T0 + 50);
		node.pollAll(TestPlant.T0 + 100);
		sub.close();
		node.pollAll(TestPlant.T0 + 200);
		assertEquals(List.of(TestPlant.T0, TestPlant.T0 + 100), seen);
		assertFalse(node.variables().variableNames().isEmpty());
		node.stop();
	}

	@Test
	void replicatedFactsAreAppliedOnceAndFactsFromAStaleEpochAreRefused() {
		AtomicLong clock = new AtomicLong(TestPlant.T0);
		RuntimeNode server = TestPlant.node(TestPlant.configuration(), "server", dir.resolve("s"), clock);
		RuntimeNode standby = TestPlant.node(TestPlant.configuration(), "standby", dir.resolve("t"), clock);
		server.start();
		standby.start();
		List<LoggedFact> shipped = new java.util.ArrayList<>();
		server.eventLog().addListener(shipped::add);
		run(server, clock, TestPlant.T0, TestPlant.T0 + 5_000);
		// the standby's own START took seq 1; the server's stream continues after it in this test
		long base = standby.eventLog().position().seq();
		int applied = 0;
		for (LoggedFact f : shipped) {
			applied += standby.apply(new LoggedFact(1, base + f.seq(), f.fact())) ? 1 : 0;
		}
		for (LoggedFact f : shipped) {
			assertFalse(standby.apply(new LoggedFact(1, base + f.seq(), f.fact())), "second copy ignored");
		}
		assertEquals(shipped.size(), applied);
		server.flushHistory();
		standby.flushHistory();
		assertEquals(server.history().samples("Tank.Level", 0, Long.MAX_VALUE),
				standby.history().samples("Tank.Level", 0, Long.MAX_VALUE));
		standby.eventLog().beginEpoch(3);
		assertThrows(StaleEpochException.class,
				() -> standby.apply(new LoggedFact(2, 999_999, shipped.get(0).fact())));
		server.stop();
		standby.stop();
	}
}
