package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.cluster.Alignment;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.cluster.Stamp;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryOptions;
import tandem.runtime.history.h2.AlarmRecord;
import tandem.runtime.history.h2.HistoryStore;

class HistoryFactStoreTest {

	private static final long T0 = 1_767_225_600_000L;

	@TempDir
	Path temp;

	@Test
	void aReplicatedFactIsStoredOnceAndRaisesTheHighWaterMark() {
		try (HistoryStore h = HistoryStore.open(temp.resolve("n"), HistoryOptions.defaults())) {
			HistoryFactStore store = new HistoryFactStore(h);
			ReplicatedFact s = FactPayload.replicated(new ArchiveSample("Tank.Level", T0, 42.5, Quality.GOOD),
					new Stamp(3, 17));
			assertEquals(1, store.upsert(List.of(s)));
			assertEquals(0, store.upsert(List.of(s, s)), "a resent fact adds nothing");
			assertEquals(new Stamp(3, 17), store.highWaterMark());
			assertTrue(store.contains("sample:Tank.Level@" + T0));
			h.flush();
			assertEquals(List.of(new ArchiveSample("Tank.Level", T0, 42.5, Quality.GOOD)),
					h.queries().samples("Tank.Level", 0, Long.MAX_VALUE));
		}
	}

	@Test
	void aRequestCountsAsHeldOnlyOnceItsOutcomeIsStoredAndIsHandedOverAgainUntilThen() {
		try (HistoryStore h = HistoryStore.open(temp.resolve("n"), HistoryOptions.defaults())) {
			HistoryFactStore store = new HistoryFactStore(h);
			List<String> handed = new ArrayList<>();
			store.onRequest((r, f) -> handed.add(r.actionId() + " " + f.stamp()));
			OperatorRequest write = new OperatorRequest("act-1", ActionKind.WRITE, "login-1", "anna", "Tank.Setpoint",
					"61");
			ReplicatedFact taken = FactPayload.request(write, T0).withStamp(new Stamp(4, 10));
			store.upsert(List.of(taken));
			assertFalse(store.contains("request:act-1"), "the server that took it may have died before answering");
			assertEquals(List.of(taken), store.unansweredRequests());

			ReplicatedFact again = FactPayload.request(write, T0).withStamp(new Stamp(5, 3)); // the next server
			store.upsert(List.of(again));
			assertEquals(List.of("act-1 (4, 10)", "act-1 (5, 3)"), handed, "handed over again for the new server");
			assertEquals(new Stamp(5, 3), store.highWaterMark(), "the standby acknowledges the new server's copy");

			store.upsert(List.of(FactPayload.replicated(new OperatorAction("act-1", ActionKind.WRITE, "anna",
					"Tank.Setpoint", "61", T0 + 5, true), new Stamp(5, 4))));
			assertTrue(store.contains("request:act-1"), "answered: a resend is the same action");
			assertEquals(List.of(), store.unansweredRequests());
			store.upsert(List.of(FactPayload.request(write, T0).withStamp(new Stamp(5, 9))));
			assertEquals(2, handed.size(), "an answered request is not executed again");
		}
	}

	@Test
	void afterARestartStoredSamplesAreStillHeldAndNewerOnesAreNot() {
		try (HistoryStore h = HistoryStore.open(temp.resolve("n"), HistoryOptions.defaults())) {
			HistoryFactStore store = new HistoryFactStore(h);
			List<ReplicatedFact> facts = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				facts.add(FactPayload.replicated(new ArchiveSample("Tank.Level", T0 + i * 100, i, Quality.GOOD),
						new Stamp(1, i + 1)));
			}
			store.upsert(facts);
		}
		try (HistoryStore h = HistoryStore.open(temp.resolve("n"), HistoryOptions.defaults())) {
			HistoryFactStore store = new HistoryFactStore(h);
			assertTrue(store.contains("sample:Tank.Level@" + (T0 + 4_900)), "the newest stored sample");
			assertTrue(store.contains("sample:Tank.Level@" + T0), "the oldest stored sample");
			assertFalse(store.contains("sample:Tank.Level@" + (T0 + 50)), "between two samples: not stored");
			assertFalse(store.contains("sample:Tank.Level@" + (T0 + 5_000)), "newer than every stored sample");
			assertFalse(store.contains("sample:Other@" + T0), "a variable without samples");
			assertEquals(1, store.upsert(List.of(FactPayload.replicated(
					new ArchiveSample("Tank.Level", T0 + 5_000, 50, Quality.GOOD), new Stamp(2, 51)))));
			assertTrue(store.contains("sample:Tank.Level@" + (T0 + 5_000)));
		}
	}

	@Test
	void theTimeUpToWhichTheHistoryIsCompleteSurvivesARestartButNotAWipedDatabase() throws Exception {
		try (HistoryStore h = HistoryStore.open(temp.resolve("n"), HistoryOptions.defaults())) {
			HistoryFactStore store = new HistoryFactStore(h);
			assertEquals(0, store.completeThrough(), "a new history knows nothing");
			store.upsert(List.of(FactPayload.replicated(new ArchiveSample("A", T0, 1, Quality.GOOD), new Stamp(1, 1))));
			store.completeThrough(T0 + 60_000);
			store.completeThrough(T0 + 61_000); // within the write interval: kept in memory
			assertEquals(T0 + 61_000, store.completeThrough());
			assertEquals(List.of(), store.digests(1000, T0 + 1000, Long.MAX_VALUE), "no bucket from T0 + 1 s on");
			assertEquals(1, store.digests(1000, T0, T0 + 1).size());
		}
		try (HistoryStore h = HistoryStore.open(temp.resolve("n"), HistoryOptions.defaults())) {
			assertEquals(T0 + 60_000, new HistoryFactStore(h).completeThrough(), "as written before the restart");
		}
		Path kept = temp.resolve("n").resolve(HistoryFactStore.COMPLETE_THROUGH_FILE);
		Path wiped = temp.resolve("w");
		java.nio.file.Files.createDirectories(wiped);
		java.nio.file.Files.copy(kept, wiped.resolve(HistoryFactStore.COMPLETE_THROUGH_FILE));
		try (HistoryStore h = HistoryStore.open(wiped, HistoryOptions.defaults())) {
			assertEquals(0, new HistoryFactStore(h).completeThrough(), "an empty database beside an old file");
		}
	}

	@Test
	void aFactRecordedLocallyDoesNotRaiseWhatTheStandbyAcknowledges() {
		try (HistoryStore h = HistoryStore.open(temp.resolve("n"), HistoryOptions.defaults())) {
			HistoryFactStore store = new HistoryFactStore(h);
			store.upsert(List.of(FactPayload.replicated(new ArchiveSample("A", T0, 1, Quality.GOOD), new Stamp(2, 5))));
			assertTrue(store.recordLocally(CelEntry.system("b", "ROLE", T0 + 1, "b is now STANDBY")));
			assertEquals(new Stamp(2, 5), store.highWaterMark());
			// the server's next fact reuses no local log number and is stored
			assertEquals(1, store.upsert(List.of(FactPayload.replicated(new ArchiveSample("A", T0 + 100, 2, Quality.GOOD),
					new Stamp(2, 6)))));
			h.flush();
			assertEquals(2, h.queries().samples("A", 0, Long.MAX_VALUE).size());
			assertEquals(1, h.queries().cel(CelQuery.between(0, Long.MAX_VALUE)).size());
		}
	}

	@Test
	void anOperatorRequestIsHandedOverButNeverWrittenToTheHistory() {
		try (HistoryStore h = HistoryStore.open(temp.resolve("n"), HistoryOptions.defaults())) {
			HistoryFactStore store = new HistoryFactStore(h);
			List<OperatorRequest> seen = new ArrayList<>();
			store.onRequest((r, f) -> seen.add(r));
			OperatorRequest login = new OperatorRequest("id-1", ActionKind.LOGIN, "", "anna", "", "pw-never-stored");
			store.upsert(List.of(FactPayload.request(login, T0).withStamp(new Stamp(1, 9))));
			store.upsert(List.of(FactPayload.request(login, T0).withStamp(new Stamp(1, 9))));
			assertEquals(List.of(login), seen, "handed over once");
			assertFalse(store.contains("request:id-1"), "held, but not answered: no outcome yet");
			assertEquals(1, store.unansweredRequests().size());
			h.flush();
			assertEquals(0, h.queries().logSize());
		}
	}

	@Test
	void aLateClearWrittenByARestartedNodeIsCorrectedByTheSurvivorsClearWhenTheyAlignAndNeverTheOtherWayRound() {
		try (HistoryStore ha = HistoryStore.open(temp.resolve("alpha"), HistoryOptions.defaults());
				HistoryStore hb = HistoryStore.open(temp.resolve("beta"), HistoryOptions.defaults())) {
			HistoryFactStore alpha = new HistoryFactStore(ha);
			HistoryFactStore beta = new HistoryFactStore(hb);
			String valve = "Valve.Position.HIGH";
			long raise = T0 + 1_000;
			long end = T0 + 4_000; // beta, serving, saw the condition end here
			long late = end + 11_000; // alpha, restarted, wrote its own clear of the same occurrence then
			AlarmTransition raised = new AlarmTransition(valve, raise, TransitionKind.RAISED, raise, "", 75, 2, "open");
			alpha.upsert(List.of(FactPayload.replicated(raised, new Stamp(1, 1))));
			beta.upsert(List.of(FactPayload.replicated(raised, new Stamp(1, 1))));
			beta.upsert(List.of(FactPayload.replicated(new AlarmTransition(valve, raise,
					TransitionKind.CLEARED_UNACKNOWLEDGED, end, "", 60, 2, "open"), new Stamp(2, 5))));
			assertTrue(alpha.recordLocally(new AlarmTransition(valve, raise, TransitionKind.CLEARED_UNACKNOWLEDGED,
					late, "", 61, 2, "open")));

			Alignment.align(alpha, beta, 60_000);

			for (HistoryStore h : List.of(ha, hb)) {
				h.flush();
				List<AlarmRecord> rows = h.queries().alarms(0, Long.MAX_VALUE);
				assertEquals(1, rows.size(), "one occurrence: " + rows);
				assertEquals(Long.valueOf(end), rows.get(0).clearTime(), "the survivor's clear time: " + rows);
				assertEquals(List.of(end), h.queries().cel(CelQuery.between(0, Long.MAX_VALUE)).stream()
						.filter(e -> e.key().endsWith(":CLEARED_UNACKNOWLEDGED")).map(CelEntry::time).toList(),
						"one CLEARED line, at the survivor's time");
			}
			assertEquals(alpha.digests(60_000), beta.digests(60_000), "the histories agree");
			assertFalse(beta.recordLocally(new AlarmTransition(valve, raise, TransitionKind.CLEARED_UNACKNOWLEDGED,
					late + 1, "", 61, 2, "open")), "a later clear of a cleared occurrence changes nothing");
			assertFalse(alpha.upsert(List.of(FactPayload.replicated(new AlarmTransition(valve, raise,
					TransitionKind.CLEARED_UNACKNOWLEDGED, end, "", 60, 2, "open"), new Stamp(2, 5)))) > 0,
					"the same clear again is a repeat");
		}
	}

	@Test
	void twoHistoriesAlignByTheirRangeDigests() {
		try (HistoryStore ha = HistoryStore.open(temp.resolve("a"), HistoryOptions.defaults());
				HistoryStore hb = HistoryStore.open(temp.resolve("b"), HistoryOptions.defaults())) {
			HistoryFactStore a = new HistoryFactStore(ha);
			HistoryFactStore b = new HistoryFactStore(hb);
			for (int i = 0; i < 100; i++) {
				ReplicatedFact f = FactPayload.replicated(new ArchiveSample("A", T0 + i * 100L, i, Quality.GOOD),
						new Stamp(1, i + 1));
				a.upsert(List.of(f));
				if (i % 10 != 3) { // b missed every tenth sample
					b.upsert(List.of(f));
				}
			}
			b.recordLocally(new ArchiveSample("B", T0, 7, Quality.GOOD)); // only b has this
			Alignment.Report r = Alignment.align(a, b, 1000);
			assertEquals(10, r.factsToRemote());
			assertEquals(1, r.factsToLocal());
			assertEquals(a.digests(1000), b.digests(1000));
			assertFalse(a.digests(1000).isEmpty());
		}
	}

	@Test
	void aNodeThatWasDownGetsTheAlarmAndActionRowsNotOnlyTheirCelLines() {
		try (HistoryStore ha = HistoryStore.open(temp.resolve("a"), HistoryOptions.defaults());
				HistoryStore hb = HistoryStore.open(temp.resolve("b"), HistoryOptions.defaults())) {
			HistoryFactStore a = new HistoryFactStore(ha);
			HistoryFactStore b = new HistoryFactStore(hb);
			long seq = 0;
			Fact bothSaw = new ArchiveSample("Tank.Level", T0, 80, Quality.GOOD);
			a.upsert(List.of(FactPayload.replicated(bothSaw, new Stamp(1, ++seq))));
			b.upsert(List.of(FactPayload.replicated(bothSaw, new Stamp(1, seq))));
			// b is down from here on; the clear falls into another bucket than the raise
			for (Fact f : List.of(
					new AlarmTransition("Tank.HIGH", T0 + 100, TransitionKind.RAISED, T0 + 100, "", 91.5, 700,
							"Tank level high"),
					new AlarmTransition("Tank.HIGH", T0 + 100, TransitionKind.ACKNOWLEDGED, T0 + 900, "anna", Double.NaN,
							700, "Tank level high"),
					new AlarmTransition("Tank.HIGH", T0 + 100, TransitionKind.CLEARED, T0 + 2_500, "", 78.0, 700,
							"Tank level high"),
					new AlarmTransition("Pump.TRIP", T0 + 3_000, TransitionKind.RAISED, T0 + 3_000, "", Double.NaN, 900,
							"Pump tripped"),
					new AlarmTransition("Pump.TRIP", T0 + 3_000, TransitionKind.CLEARED_UNACKNOWLEDGED, T0 + 3_200, "",
							0.0, 900, "Pump tripped"),
					new OperatorAction("act-7", ActionKind.WRITE, "anna", "Pump.Setpoint", "42.0", T0 + 1_200, true),
					new OperatorAction("act-8", ActionKind.WRITE, "bob", "Pump.Setpoint", "900", T0 + 1_300, false),
					CelEntry.system("a", "ROLE", T0 + 50, "a is now SERVER"))) {
				a.upsert(List.of(FactPayload.replicated(f, new Stamp(1, ++seq))));
			}
			// and b, while apart, recorded an action of its own that a lacks
			b.recordLocally(new OperatorAction("act-9", ActionKind.ACKNOWLEDGE, "carl", "alarm:Pump.TRIP@" + (T0 + 3_000),
					"", T0 + 3_400, true));

			Alignment.Report first = Alignment.align(b, a, 1000);
			assertTrue(first.factsToLocal() >= 8, "b received what it missed: " + first);
			ha.flush(); // the writers store in the background; what a reader sees is what was flushed
			hb.flush();

			assertEquals(List.of(
					new AlarmRecord("Tank.HIGH", T0 + 100, 700, "Tank level high", 91.5, T0 + 900, "anna", T0 + 2_500,
							78.0, false),
					new AlarmRecord("Pump.TRIP", T0 + 3_000, 900, "Pump tripped", null, null, null, T0 + 3_200, 0.0,
							true)),
					hb.queries().alarms(0, Long.MAX_VALUE), "b's alarm table was rebuilt");
			assertEquals(ha.queries().alarms(0, Long.MAX_VALUE), hb.queries().alarms(0, Long.MAX_VALUE));
			assertEquals(ha.queries().activeAlarms(), hb.queries().activeAlarms());
			for (String id : List.of("act-7", "act-8", "act-9")) {
				assertEquals(ha.queries().action(id), hb.queries().action(id), id);
			}
			assertEquals(new OperatorAction("act-8", ActionKind.WRITE, "bob", "Pump.Setpoint", "900", T0 + 1_300,
					false), hb.queries().action("act-8"));
			assertEquals(ha.queries().cel(CelQuery.between(0, Long.MAX_VALUE)),
					hb.queries().cel(CelQuery.between(0, Long.MAX_VALUE)));
			assertEquals(a.digests(1000), b.digests(1000));

			Alignment.Report second = Alignment.align(b, a, 1000);
			assertEquals(0, second.bucketsDiffering(), "aligned stores differ nowhere");
			assertEquals(0, second.factsToLocal() + second.factsToRemote(), "a second alignment transfers nothing");
		}
	}

	@Test
	void aNodeAlignedAfterMissingHalfAnHourHoldsRollupsMadeFromItsSamplesAndShowsItsPeersWeekTrend() {
		try (HistoryStore ha = HistoryStore.open(temp.resolve("a"), HistoryOptions.defaults());
				HistoryStore hb = HistoryStore.open(temp.resolve("b"), HistoryOptions.defaults())) {
			HistoryFactStore a = new HistoryFactStore(ha);
			HistoryFactStore b = new HistoryFactStore(hb);
			long seq = 0;
			for (long t = T0; t < T0 + 3 * 3_600_000L; t += 1000) {
				double v = t == T0 + 4_000_000L ? 99 : 40 + t % 7; // the spike falls in what b missed
				ReplicatedFact f = FactPayload.replicated(new ArchiveSample("A", t, v, Quality.GOOD), new Stamp(1,
						++seq));
				a.upsert(List.of(f));
				if (t < T0 + 3_600_000L || t >= T0 + 5_400_000L) { // b was down for half an hour
					b.upsert(List.of(f));
				}
			}
			ha.flush();
			hb.flush();
			tandem.runtime.api.history.TrendQuery q = new tandem.runtime.api.history.TrendQuery("A", T0,
					T0 + 3 * 3_600_000L, 18, 3000); // 10-minute columns: from the rollups
			assertFalse(trend(ha, q).equals(trend(hb, q)), "b misses what a has");
			Alignment.align(a, b, 60_000);
			ha.flush();
			hb.flush();
			assertEquals(List.of(), hb.queries().rollupsDisagreeingWithSamples(0, Long.MAX_VALUE));
			assertEquals(trend(ha, q), trend(hb, q), "the aligned node shows its peer's trend, spike included");
			assertEquals(99, trend(hb, q).columns().stream().mapToDouble(c -> c.max()).max().orElseThrow());
		}
	}

	private static tandem.runtime.api.history.TrendSeries trend(HistoryStore h,
			tandem.runtime.api.history.TrendQuery q) {
		tandem.runtime.api.history.TrendDecimation d = new tandem.runtime.api.history.TrendDecimation(q);
		assertTrue(h.queries().trend(q, d).rollupRows() > 0, "read from the rollups");
		return d.finish(q.to());
	}
}
