package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.api.history.AlarmHistory;
import tandem.runtime.api.history.AlarmHistoryQuery;
import tandem.runtime.api.history.AlarmOccurrence;
import tandem.runtime.api.history.HistoryWire;
import tandem.runtime.history.h2.HistoryOptions;
import tandem.runtime.history.h2.HistoryStore;

/**
 * Alarm history pages, as the serving node answers them over the cluster: newest first by (raise time, alarm), each
 * page continuing strictly after the last occurrence of the one before, so an operator who pages through a flood sees
 * every occurrence once — also where a page ends inside a millisecond that raised several alarms, and while new
 * alarms (and a late one, replayed into the past) are recorded between two pages.
 */
class AlarmHistoryPagingTest {

	private static final long T0 = 1_767_225_600_000L;

	@TempDir
	Path temp;

	private long seq;

	private void raise(HistoryStore h, String alarm, long time) {
		h.append(new LoggedFact(1, ++seq, new AlarmTransition(alarm, time, TransitionKind.RAISED, time, "", 1.0, 1,
				alarm + " raised")));
	}

	private static AlarmHistory ask(HistoryDesk desk, AlarmHistoryQuery q) throws Exception {
		return HistoryWire.alarms(desk.answer("station", HistoryWire.question(q))); // as the cluster carries it
	}

	@Test
	void pagingThroughAFloodWhileAlarmsArriveShowsEveryOccurrenceOnceNewestFirst() throws Exception {
		try (HistoryStore h = HistoryStore.open(temp.resolve("n"), HistoryOptions.defaults())) {
			HistoryDesk desk = new HistoryDesk("alpha", h::bulkQueries, () -> T0 + 3_600_000);
			Set<String> stored = new HashSet<>();
			for (int i = 0; i < 25; i++) { // 25 alarms at each of 10 milliseconds: pages of 40 end inside a millisecond
				for (int t = 0; t < 10; t++) {
					raise(h, "A" + (char) ('a' + i), T0 + 1000 * t);
					stored.add("A" + (char) ('a' + i) + "@" + (T0 + 1000 * t));
				}
			}
			h.flush();
			AlarmHistoryQuery q = AlarmHistoryQuery.newest(T0, T0 + 3_600_000, 40);
			List<AlarmOccurrence> seen = new ArrayList<>();
			AlarmHistory page = ask(desk, q);
			assertEquals(40, page.occurrences().size());
			assertEquals("Ay@" + (T0 + 9000), key(page.occurrences().get(0)), "newest first, then by alarm id");
			assertEquals("Aa@" + (T0 + 9000), key(page.occurrences().get(24)));
			assertEquals("Ay@" + (T0 + 8000), key(page.occurrences().get(25)));
			assertEquals("Ak@" + (T0 + 8000), key(page.occurrences().get(39)), "the page ends inside a millisecond");
			int pages = 1;
			while (true) {
				seen.addAll(page.occurrences());
				if (!page.more()) {
					break;
				}
				// between two pages: new alarms at the top, one in the middle of what is paged, a late one behind
				raise(h, "New" + pages, T0 + 20_000 + pages);
				raise(h, "Az", T0 + 5000);
				h.flush();
				assertTrue(pages++ < 100, "bounded");
				q = q.after(page.occurrences().get(page.occurrences().size() - 1));
				page = ask(desk, q);
			}
			assertEquals("alpha", page.node());
			List<String> keys = seen.stream().map(AlarmHistoryPagingTest::key).toList();
			assertEquals(keys.size(), new HashSet<>(keys).size(), "nothing repeated: " + keys);
			assertTrue(new HashSet<>(keys).containsAll(stored), "nothing skipped");
			assertTrue(keys.contains("Az@" + (T0 + 5000)), "the late alarm below the pages' edge is on its page");
			assertFalse(keys.stream().anyMatch(k -> k.startsWith("New")), "newer alarms do not shift older pages");
			assertEquals(251, keys.size());
			for (int i = 1; i < seen.size(); i++) {
				AlarmOccurrence a = seen.get(i - 1);
				AlarmOccurrence b = seen.get(i);
				assertTrue(a.raiseTime() > b.raiseTime()
						|| a.raiseTime() == b.raiseTime() && a.alarm().compareTo(b.alarm()) > 0, "order at " + i);
			}
			assertEquals(7, pages, "251 occurrences in pages of 40");
			assertEquals("New6", ask(desk, AlarmHistoryQuery.newest(T0, T0 + 3_600_000, 40)).occurrences().get(0)
					.alarm(), "the first page again shows the newest");
		}
	}

	private static String key(AlarmOccurrence o) {
		return o.alarm() + "@" + o.raiseTime();
	}
}
