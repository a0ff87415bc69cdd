package tandem.runtime.history.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.api.fact.TransitionKind;

class HistoryStoreTest {

	private static final long T0 = Facts.T0;

	@TempDir
	Path dir;

	private static HistoryStore open(Path dir) {
		return HistoryStore.open(dir, HistoryOptions.defaults().withOpenTimeout(java.time.Duration.ofSeconds(20)));
	}

	private static void appendAll(HistoryStore store, List<LoggedFact> facts) {
		facts.forEach(store::append);
		store.flush();
	}

	@Test
	void storingTheSameFactsTwiceKeepsOneOfEach() {
		AlarmTransition raised = new AlarmTransition("Tank.HIGH", T0, TransitionKind.RAISED, T0, "", 91, 2, "high");
		OperatorAction write = new OperatorAction("a-1", ActionKind.WRITE, "op", "Setpoint", "42", T0 + 5, true);
		CelEntry start = CelEntry.system("n1", "START", T0 - 1, "node started");
		try (HistoryStore store = open(dir)) {
			appendAll(store, Facts.samples(1, 100));
			appendAll(store, Facts.logged(101, raised, write, start));
			// the same facts again, e.g. replayed by a peer after a failover
			List<LoggedFact> again = new ArrayList<>(Facts.samples(1, 100));
			again.addAll(Facts.logged(101, raised, write, start));
			again.replaceAll(f -> new LoggedFact(1, f.seq() + 103, f.fact()));
			appendAll(store, again);

			HistoryQueries q = store.queries();
			assertEquals(10, q.samples("V3", T0, T0 + 10_000).size());
			assertEquals(1, q.alarms(T0, T0 + 1).size());
			assertEquals(3, q.cel(CelQuery.between(T0 - 10, T0 + 10)).size(), "raise, write and start, once each");
		}
	}

	/**
	 * The CEL says which node recorded an alarm step or decided an action: kept in the line, in the action row, in
	 * the event log (which alignment and replay read) and across a restart; a line without one (an older history or
	 * peer) reads as empty.
	 */
	@Test
	void theCelKeepsTheNodeThatRecordedEachLine() {
		AlarmTransition raised = new AlarmTransition("Tank.HIGH", T0, TransitionKind.RAISED, T0, "", 91, 2, "high")
				.withNode("alpha");
		OperatorAction write = new OperatorAction("a-1", ActionKind.WRITE, "op", "Setpoint", "42", T0 + 5, true)
				.withNode("beta");
		CelEntry start = CelEntry.system("alpha", "START", T0 - 1, "node started");
		CelEntry old = new CelEntry("x-1", T0 + 7, CelCategory.SYSTEM, "alpha", "", "from an older peer");
		assertEquals("alpha", raised.withNode("beta").node(), "a step keeps the node that recorded it first");
		try (HistoryStore store = open(dir)) {
			appendAll(store, Facts.logged(1, raised, write, start, old));
		}
		try (HistoryStore store = open(dir)) {
			HistoryQueries q = store.queries();
			List<CelEntry> lines = q.cel(CelQuery.between(T0 - 10, T0 + 10));
			java.util.Map<String, String> byKey = new java.util.HashMap<>();
			lines.forEach(l -> byKey.put(l.key(), l.node()));
			assertEquals("alpha", byKey.get(raised.key()), lines.toString());
			assertEquals("beta", byKey.get(write.key()), lines.toString());
			assertEquals("alpha", byKey.get(start.key()));
			assertEquals("", byKey.get("x-1"));
			assertEquals("beta", q.action("a-1").node());
			List<LoggedFact> log = q.readLog(0, 100);
			assertEquals("alpha", ((AlarmTransition) log.get(0).fact()).node(), "the event log keeps it for replay");
			assertEquals("beta", ((OperatorAction) log.get(1).fact()).node());
			assertEquals(raised, new AlarmTransition("Tank.HIGH", T0, TransitionKind.RAISED, T0, "", 91, 2, "high"),
					"the node is not part of what the step says: one step seen by two nodes is one fact");
		}
	}

	@Test
	void aRestartedStoreContinuesTheLogWithoutGapsOrDuplicates() {
		try (HistoryStore store = open(dir)) {
			appendAll(store, Facts.samples(1, 1234));
		}
		try (HistoryStore store = open(dir)) {
			assertEquals(new LogPosition(1, 1234), store.lastPosition());
			appendAll(store, Facts.samples(1235, 3000));
			List<LoggedFact> log = store.queries().readLog(0, 10_000);
			assertEquals(3000, log.size());
			for (int i = 0; i < log.size(); i++) {
				assertEquals(i + 1, log.get(i).seq());
				assertEquals(Facts.sample(i + 1), log.get(i).fact());
			}
			assertEquals(1000, store.queries().readLog(2000, 5000).size());
		}
	}

	@Test
	void alarmStepsArrivingInAnyOrderMakeOneOccurrenceAndLeaveTheActiveListWhenDone() {
		AlarmTransition raised = new AlarmTransition("P.LOW", T0, TransitionKind.RAISED, T0, "", 4.0, 1, "low");
		AlarmTransition cleared = new AlarmTransition("P.LOW", T0, TransitionKind.CLEARED_UNACKNOWLEDGED, T0 + 50, "",
				12.0, 1, "low");
		AlarmTransition acked = new AlarmTransition("P.LOW", T0, TransitionKind.ACKNOWLEDGED, T0 + 90, "anna",
				Double.NaN, 1, "low");
		try (HistoryStore store = open(dir)) {
			appendAll(store, Facts.logged(1, cleared, raised));
			AlarmRecord r = store.queries().activeAlarms().get(0);
			assertEquals(4.0, r.raiseValue());
			assertEquals(T0 + 50, r.clearTime());
			assertNull(r.ackTime());
			appendAll(store, Facts.logged(3, acked));
			assertTrue(store.queries().activeAlarms().isEmpty());
			assertEquals("anna", store.queries().alarms(T0, T0 + 1).get(0).ackUser());
		}
	}

	@Test
	void oneRangeReadGivesEveryVariablesSamplesOfThatRange() {
		List<LoggedFact> facts = new ArrayList<>();
		long seq = 1;
		for (int i = 0; i < 20; i++) {
			for (String v : List.of("Tank.Level", "Pump.Speed", "Valve.Open")) {
				facts.add(new LoggedFact(1, seq++, new ArchiveSample(v, T0 + i * 100L, i, Quality.GOOD)));
			}
		}
		try (HistoryStore store = open(dir)) {
			appendAll(store, facts);
			store.flush();
			List<ArchiveSample> range = store.queries().samplesBetween(T0 + 500, T0 + 1_000);
			assertEquals(15, range.size(), "5 slots of 3 variables: " + range);
			assertEquals(new ArchiveSample("Tank.Level", T0 + 500, 5, Quality.GOOD), range.stream()
					.filter(s -> s.variable().equals("Tank.Level")).findFirst().orElseThrow());
			for (String v : List.of("Tank.Level", "Pump.Speed", "Valve.Open")) {
				assertEquals(store.queries().samples(v, T0 + 500, T0 + 1_000),
						range.stream().filter(s -> s.variable().equals(v)).toList(), v);
			}
		}
	}

	@Test
	void longTrendsAreDecimatedToMinMaxAndAverage() {
		List<LoggedFact> facts = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			facts.add(new LoggedFact(1, i + 1, new ArchiveSample("Level", T0 + i * 1000L, i % 10, Quality.GOOD)));
		}
		facts.add(new LoggedFact(1, 1001, new ArchiveSample("Level", T0 + 1_000_500, 999, Quality.BAD)));
		try (HistoryStore store = open(dir)) {
			appendAll(store, facts);
			List<TrendPoint> trend = store.queries().trend("Level", T0, T0 + 1_000_000, 100);
			assertEquals(100, trend.size());
			TrendPoint first = trend.get(0);
			assertEquals(new TrendPoint(T0, 0, 9, 4.5, 10), first);
			assertEquals(11, store.queries().trend("Level", T0, T0 + 11_000, 100).size(), "few samples: raw");
			assertEquals(0, store.queries().trend("Level", T0 + 1_000_000, T0 + 1_001_000, 10).size(), "BAD left out");
		}
	}

	@Test
	void celQueriesFilterByCategoryUserSourceAndText() {
		try (HistoryStore store = open(dir)) {
			appendAll(store, Facts.logged(1,
					new OperatorAction("a1", ActionKind.LOGIN, "anna", "", "", T0, true),
					new OperatorAction("a2", ActionKind.WRITE, "bob", "Valve1", "1", T0 + 1, false),
					new AlarmTransition("Tank.HIGH", T0 + 2, TransitionKind.RAISED, T0 + 2, "", 95, 1, "Tank high"),
					CelEntry.system("n1", "ROLE", T0 + 3, "role SERVER")));
			HistoryQueries q = store.queries();
			CelQuery all = CelQuery.between(T0, T0 + 10);
			assertEquals(4, q.cel(all).size());
			assertEquals(2, q.cel(all.withCategories(Set.of(CelCategory.OPERATOR))).size());
			assertEquals("a2", q.cel(all.withUser("bob")).get(0).key().substring(7));
			assertTrue(q.cel(all.withUser("bob")).get(0).text().contains("refused"));
			assertEquals(1, q.cel(all.withSource("Tank.HIGH")).size());
			assertEquals(1, q.cel(all.withText("ROLE server")).size());
			assertEquals(0, q.cel(CelQuery.between(T0 + 4, T0 + 10)).size());
		}
	}

	@Test
	void storesHoldingTheSameFactsHaveEqualDigestsAndAMissingSampleShowsInItsBucket() {
		List<LoggedFact> facts = Facts.samples(1, 500);
		List<LoggedFact> shuffled = new ArrayList<>(facts);
		Collections.shuffle(shuffled, new java.util.Random(3));
		for (int i = 0; i < shuffled.size(); i++) {
			shuffled.set(i, new LoggedFact(1, i + 1, shuffled.get(i).fact()));
		}
		try (HistoryStore a = open(dir.resolve("a")); HistoryStore b = open(dir.resolve("b"))) {
			appendAll(a, facts);
			appendAll(b, shuffled);
			List<RangeDigest> da = a.queries().digests(T0, T0 + 10_000, 1_000);
			assertEquals(da, b.queries().digests(T0, T0 + 10_000, 1_000));
			assertEquals(10 * 5, da.size(), "10 variables x 5 one-second buckets");
			b.queries().deleteSamplesBefore("V4", T0 + 1);
			List<RangeDigest> db = b.queries().digests(T0, T0 + 10_000, 1_000);
			assertNotEquals(da, db);
			assertEquals(1, da.stream().filter(d -> !db.contains(d)).count(), "only V4's first bucket differs");
		}
	}

	@Test
	void retentionRemovesOnlyOldSamplesOfTheVariable() {
		try (HistoryStore store = open(dir)) {
			appendAll(store, Facts.samples(1, 100));
			assertEquals(5, store.queries().deleteSamplesBefore("V1", T0 + 500));
			assertEquals(5, store.queries().samples("V1", 0, Long.MAX_VALUE).size());
			assertEquals(10, store.queries().samples("V2", 0, Long.MAX_VALUE).size());
			assertFalse(store.queries().variables().isEmpty());
		}
	}
}
