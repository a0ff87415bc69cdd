package tandem.runtime.history.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.runtime.history.h2.internal.StoreOpener;

/**
 * A history that holds samples without rollups — written before rollups existed, or whose rollup tables were
 * emptied — gets them in the background when it opens: meanwhile the node records on (also late samples into the
 * range being backfilled) and every trend is exact, read from samples where rollups are still missing; at the end
 * the whole stored range has rollups that agree with its samples, and long trends read them.
 */
class RollupBackfillTest {

	private static final long T0 = Facts.T0;
	private static final long DAYS = 2 * 86_400_000L;
	private static final long RATE = 10_000;

	@TempDir
	Path dir;

	private long seq;

	private static HistoryStore open(Path dir) {
		return HistoryStore.open(dir, HistoryOptions.defaults().withOpenTimeout(Duration.ofSeconds(20)));
	}

	private void put(HistoryStore store, String variable, long time, double value) {
		store.append(new LoggedFact(1, ++seq, new ArchiveSample(variable, time, value, Quality.GOOD)));
	}

	private static TrendSeries fromSamples(HistoryQueries q, TrendQuery query) {
		TrendDecimation d = new TrendDecimation(query);
		for (ArchiveSample s : q.samples(query.variable(), query.from(), query.to())) {
			d.add(s.sourceTime(), s.value(), s.quality());
		}
		return d.finish(query.to());
	}

	private static TrendSeries trend(HistoryQueries q, TrendQuery query, TrendRead[] read) {
		TrendDecimation d = new TrendDecimation(query);
		read[0] = q.trend(query, d);
		return d.finish(query.to());
	}

	@Test
	void aHistoryWhoseRollupTablesWereEmptiedGetsThemBackWhileItRecords() throws Exception {
		backfills("DELETE FROM ROLLUP_TEN_SECONDS", "DELETE FROM ROLLUP_MINUTE", "DELETE FROM ROLLUP_HOUR");
	}

	@Test
	void aHistoryWrittenBeforeRollupsGetsThemForItsWholeStoredRange() throws Exception {
		backfills("DROP TABLE ROLLUP_TEN_SECONDS", "DROP TABLE ROLLUP_MINUTE", "DROP TABLE ROLLUP_HOUR",
				"DROP TABLE ROLLUP_STATE");
	}

	private void backfills(String... strip) throws Exception {
		long end = T0 + DAYS;
		try (HistoryStore store = open(dir)) {
			for (long t = T0; t < end; t += RATE) {
				put(store, "Level", t, 50 + 20 * Math.sin(t / 3_600_000.0));
				put(store, "Other", t, 1);
			}
			put(store, "Level", T0 + 33_333_333, 500); // a spike between two samples
			store.flush();
		}
		try (Connection c = DriverManager.getConnection(StoreOpener.url(dir, false), "sa", "");
				Statement st = c.createStatement()) {
			for (String sql : strip) {
				st.execute(sql);
			}
		}
		TrendQuery days = new TrendQuery("Level", T0, end, 48, 3 * RATE); // hour columns
		try (HistoryStore store = open(dir)) {
			HistoryQueries q = store.queries();
			TrendRead[] read = new TrendRead[1];
			assertEquals(fromSamples(q, days), trend(q, days, read), "exact before the rollups are back");
			Random random = new Random(3);
			int late = 0;
			for (long t = end; !store.rollupsComplete(); t += RATE) { // the node records on meanwhile
				assertTrue(t < end + 3_600_000L, "the backfill of two days ends within the hour it records");
				put(store, "Level", t, 50);
				put(store, "Other", t, 1);
				if (t % (4 * RATE) == 0) { // an aligned peer's samples into the range being backfilled
					put(store, "Level", T0 + random.nextLong(DAYS / 1000) * 1000 + 7, 300 + late++);
				}
				store.flush();
				assertEquals(fromSamples(q, days), trend(q, days, read), "exact while the backfill runs");
				Thread.sleep(2);
			}
			put(store, "Level", end + 3_700_000L, 50); // closes the minutes recorded meanwhile
			store.flush();
			assertTrue(late > 0, "late samples arrived during the backfill");
			assertEquals(List.of(), q.rollupsDisagreeingWithSamples(0, Long.MAX_VALUE));
			TrendSeries s = trend(q, days, read);
			assertEquals(fromSamples(q, days), s);
			assertTrue(read[0].rollupRows() >= 48 && read[0].rollupRows() < 200 && read[0].samples() < 1000,
					"two days from hour rollups, not from samples: " + read[0]);
			assertEquals(500, s.columns().stream().mapToDouble(c -> c.max()).max().orElseThrow(), "the spike");
			TrendQuery shift = new TrendQuery("Level", T0 + 3_600_000L, T0 + 9 * 3_600_000L, 2880, 3 * RATE);
			assertEquals(fromSamples(q, shift), trend(q, shift, read), "a shift from 10 s rollups");
			assertTrue(read[0].rollupRows() > 2000 && read[0].samples() < 100, read[0].toString());
		}
	}
}
