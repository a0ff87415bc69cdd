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
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.cluster.Alignment;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.cluster.Stamp;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryOptions;
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
			assertTrue(store.contains("request:id-1"));
			h.flush();
			assertEquals(0, h.queries().logSize());
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
}
