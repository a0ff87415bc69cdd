package tandem.runtime.history.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.history.TrendColumn;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.runtime.history.h2.internal.StoreOpener;

/**
 * Long trends read the minute and hour rollups, short ones the samples: what an operator sees must not depend on
 * which. Each test compares with the decimation of the samples themselves.
 */
class TrendRollupTest {

	private static final long T0 = Facts.T0; // a midnight
	private static final long WEEK = 7 * 86_400_000L;
	private static final long RATE = 10_000;

	@TempDir
	Path dir;

	private long seq;

	private static HistoryStore open(Path dir) {
		return HistoryStore.open(dir, HistoryOptions.defaults().withOpenTimeout(Duration.ofSeconds(20)));
	}

	/** Level with a slow wave, a second variable beside it (its rows are in the same range of the key). */
	private static double level(long t) {
		return 50 + 20 * Math.sin(t / 3_600_000.0);
	}

	private void record(HistoryStore store, String variable, long from, long to, Quality quality) {
		for (long t = from; t < to; t += RATE) {
			store.append(new LoggedFact(1, ++seq, new ArchiveSample(variable, t, level(t), quality)));
			if (!variable.equals("Other")) {
				store.append(new LoggedFact(1, ++seq, new ArchiveSample("Other", t, 1, Quality.GOOD)));
			}
		}
	}

	private void put(HistoryStore store, String variable, long time, double value, Quality quality) {
		store.append(new LoggedFact(1, ++seq, new ArchiveSample(variable, time, value, quality)));
	}

	/** The decimation made from every sample, one at a time: the truth a trend must equal. */
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

	private static TrendColumn columnAt(TrendSeries s, long time) {
		return s.columns().stream().filter(c -> c.firstTime() <= time && c.lastTime() >= time).findFirst()
				.orElseThrow(() -> new AssertionError("no column holds " + time));
	}

	@Test
	void aWeekTrendFromRollupsKeepsEverySpikeInTheColumnItHappenedIn() {
		List<long[]> spikes = new ArrayList<>();
		try (HistoryStore store = open(dir)) {
			record(store, "Level", T0, T0 + WEEK, Quality.GOOD);
			Random random = new Random(16);
			for (int i = 0; i < 25; i++) { // one-sample spikes between the regular samples, anywhere in the week
				long at = T0 + random.nextLong(WEEK / 1000) * 1000 + 1;
				put(store, "Level", at, 500 + i, Quality.GOOD);
				spikes.add(new long[] { at, 500 + i });
			}
			put(store, "Level", T0 + WEEK + 60_000, 50, Quality.GOOD); // closes the week's last minute
			store.flush();
			HistoryQueries q = store.queries();
			for (int columns : new int[] { 1200, 1000, 168, 7 }) { // 8.4 min (straddling minutes), 10 min, 1 h, 1 day
				TrendRead[] read = new TrendRead[1];
				TrendSeries s = trend(q, new TrendQuery("Level", T0, T0 + WEEK, columns, 3 * RATE), read);
				assertTrue(read[0].rollupRows() > 0 && read[0].samples() < 1000,
						columns + " columns over a week read the rollups, not the samples: " + read[0]);
				assertTrue(s.columns().size() <= columns);
				assertEquals(WEEK / RATE + spikes.size(), s.samples(), "every sample counted");
				for (long[] spike : spikes) {
					TrendColumn c = columnAt(s, spike[0]);
					long[] highest = spikes.stream().filter(o -> o[0] >= c.firstTime() && o[0] <= c.lastTime())
							.max((a, b) -> Long.compare(a[1], b[1])).orElseThrow(); // two may share a column
					assertEquals(highest[1], c.max(), columns + " columns: spike at " + spike[0]);
					assertEquals(highest[0], c.maxTime());
				}
			}
		}
	}

	@Test
	void aRollupTrendWhoseColumnsAreWholeMinutesOrHoursEqualsTheSamplesGapsAndBadQualityIncluded() {
		try (HistoryStore store = open(dir)) {
			record(store, "Level", T0, T0 + 86_400_000L, Quality.GOOD);
			record(store, "Level", T0 + 86_400_000L, T0 + 86_400_000L + 7_200_000L, Quality.UNCERTAIN);
			long day2 = T0 + 86_400_000L + 7_200_000L;
			record(store, "Level", day2, day2 + 600_000, Quality.BAD); // 10 min bad: whole minutes of it
			record(store, "Level", day2 + 600_000, day2 + 3_600_000, Quality.GOOD);
			record(store, "Level", day2 + 3_601_000, day2 + 3_625_000, Quality.INVALID); // inside one minute
			record(store, "Level", day2 + 3_900_000, T0 + 2 * 86_400_000L, Quality.GOOD); // 4.5 min silent before
			put(store, "Level", day2 + 5_000_123, 99.5, Quality.GOOD); // a minute with a sample between the others
			put(store, "Level", T0 + 2 * 86_400_000L + 60_000, 50, Quality.GOOD);
			store.flush();
			HistoryQueries q = store.queries();
			for (int columns : new int[] { 48, 480, 2880 }) { // hours, 6 minutes, minutes
				for (long gap : new long[] { 0, 3 * RATE }) {
					TrendQuery query = new TrendQuery("Level", T0, T0 + 2 * 86_400_000L, columns, gap);
					TrendRead[] read = new TrendRead[1];
					TrendSeries s = trend(q, query, read);
					assertEquals(fromSamples(q, query), s, columns + " columns, gap time " + gap);
					assertTrue(read[0].rollupRows() > 0, "read from rollups: " + read[0]);
					assertFalse(s.gaps().isEmpty());
				}
			}
		}
	}

	/**
	 * A trend of a few hours (the operator's shift) at 1 s: columns of 10 s or more read the 10 s rollups of the one
	 * variable, not every variable's samples of the range, and equal the samples' decimation where the columns are
	 * whole 10 s buckets — bad quality, a silence and a spike between two samples included.
	 */
	@Test
	void aTrendOfHoursReadsTenSecondRollupsAndEqualsTheSamples() {
		long end = T0 + 3 * 3_600_000L;
		try (HistoryStore store = open(dir)) {
			for (long t = T0; t < end; t += 1000) {
				boolean bad = t >= T0 + 3_600_000 && t < T0 + 3_604_000; // 4 s bad inside a 10 s bucket
				boolean silent = t >= T0 + 5_000_000 && t < T0 + 5_045_000; // 45 s without samples
				if (!silent) {
					put(store, "Level", t, level(t), bad ? Quality.BAD : Quality.GOOD);
				}
				put(store, "Other", t, 1, Quality.GOOD);
			}
			put(store, "Level", T0 + 7_777_500, 555, Quality.GOOD); // a spike between two samples
			put(store, "Level", end + 60_000, 50, Quality.GOOD);
			store.flush();
			HistoryQueries q = store.queries();
			for (int columns : new int[] { 1080, 540, 360 }) { // 10 s, 20 s, 30 s
				for (long gap : new long[] { 0, 3000 }) {
					TrendQuery query = new TrendQuery("Level", T0, end, columns, gap);
					TrendRead[] read = new TrendRead[1];
					TrendSeries s = trend(q, query, read);
					assertEquals(fromSamples(q, query), s, columns + " columns, gap time " + gap);
					assertTrue(read[0].rollupRows() >= 1000 && read[0].samples() < 100,
							columns + " columns of 3 h read 10 s rollups: " + read[0]);
					assertEquals(555, columnAt(s, T0 + 7_777_500).max());
				}
			}
			TrendQuery shift = new TrendQuery("Level", T0 + 1_234_567, T0 + 1_234_567 + 2 * 3_600_000L, 300, 3000);
			TrendRead[] read = new TrendRead[1];
			TrendSeries s = trend(q, shift, read); // columns of 24 s, not whole buckets: the edges from the samples
			assertTrue(read[0].rollupRows() > 500 && read[0].samples() < 40, read[0].toString());
			assertEquals(fromSamples(q, shift).samples(), s.samples(), "every sample counted");
		}
	}

	@Test
	void aShortWindowIsExactlyItsSamples() {
		try (HistoryStore store = open(dir)) {
			record(store, "Level", T0, T0 + 6 * 3_600_000L, Quality.GOOD);
			put(store, "Level", T0 + 1_800_001, 97, Quality.GOOD);
			store.flush();
			HistoryQueries q = store.queries();
			for (long[] window : new long[][] { { T0 + 1_700_000, T0 + 1_900_000, 600 },
					{ T0 + 1_234_567, T0 + 1_234_567 + 3_600_000, 1200 }, { T0, T0 + 3_600_000, 3600 } }) {
				TrendQuery query = new TrendQuery("Level", window[0], window[1], (int) window[2], 3 * RATE);
				TrendRead[] read = new TrendRead[1];
				TrendSeries s = trend(q, query, read);
				assertEquals(fromSamples(q, query), s);
				assertEquals(0, read[0].rollupRows(), "columns narrower than a minute: the samples themselves");
			}
		}
	}

	@Test
	void rollupsAgreeWithTheSamplesAfterLateSamplesReplaysARestartAndRetention() throws Exception {
		long end = T0 + 3 * 3_600_000L;
		try (HistoryStore store = open(dir)) {
			record(store, "Level", T0, end, Quality.GOOD);
			store.flush();
			assertEquals(List.of(), store.queries().rollupsDisagreeingWithSamples(0, Long.MAX_VALUE), "recorded");

			// an aligned peer's samples a node missed, into minutes closed long ago, and a replay of stored ones
			put(store, "Level", T0 + 600_001, 777, Quality.GOOD);
			put(store, "Level", T0 + 600_002, 0, Quality.BAD);
			put(store, "Late", T0 + 4_000_000, 3, Quality.GOOD);
			for (long t = T0 + 7_200_000; t < T0 + 7_300_000; t += RATE) {
				put(store, "Level", t, t == T0 + 7_250_000 ? 888 : level(t), Quality.GOOD); // one value differs
			}
			store.flush();
			HistoryQueries q = store.queries();
			assertEquals(List.of(), q.rollupsDisagreeingWithSamples(0, Long.MAX_VALUE), "after late samples");
			TrendQuery hours = new TrendQuery("Level", T0, end, 3, 0);
			TrendSeries s = trend(q, hours, new TrendRead[1]);
			assertEquals(777, columnAt(s, T0 + 600_001).max(), "the late spike is in the hour's rollup");
			assertEquals(888, columnAt(s, T0 + 7_250_000).max(), "the replayed value replaced the stored one");
			assertEquals(fromSamples(q, hours), s);
		}
		try (HistoryStore store = open(dir)) { // a restart goes on from what was committed
			record(store, "Level", end, end + 3_600_000L, Quality.GOOD);
			store.flush();
			assertEquals(List.of(), store.queries().rollupsDisagreeingWithSamples(0, Long.MAX_VALUE), "restarted");
			store.queries().deleteSamplesBefore("Level", T0 + 1_234_567);
			assertEquals(List.of(), store.queries().rollupsDisagreeingWithSamples(0, Long.MAX_VALUE), "retention");
			TrendQuery all = new TrendQuery("Level", T0, end + 3_600_000L, 4, 0);
			assertEquals(fromSamples(store.queries(), all), trend(store.queries(), all, new TrendRead[1]));

			// the check itself can fail: a rollup row changed behind the store's back
			try (Connection c = DriverManager.getConnection(StoreOpener.url(dir, true), "sa", "");
					Statement st = c.createStatement()) {
				st.executeUpdate("UPDATE ROLLUP_MINUTE SET MAX_V = MAX_V + 1 WHERE RKEY = (SELECT MAX(RKEY) FROM"
						+ " ROLLUP_MINUTE WHERE RKEY < (SELECT MAX(RKEY) FROM ROLLUP_MINUTE))");
			}
			assertEquals(1, store.queries().rollupsDisagreeingWithSamples(0, Long.MAX_VALUE).size());
			try (Connection c = DriverManager.getConnection(StoreOpener.url(dir, true), "sa", "");
					Statement st = c.createStatement()) {
				st.executeUpdate("DELETE FROM ROLLUP_TEN_SECONDS WHERE RKEY = (SELECT MIN(RKEY) FROM"
						+ " ROLLUP_TEN_SECONDS)");
			}
			List<String> missing = store.queries().rollupsDisagreeingWithSamples(0, Long.MAX_VALUE);
			assertTrue(missing.size() >= 2 && missing.stream().anyMatch(m -> m.contains(" 10 s ")),
					"a missing minute of 10 s rollups is a disagreement too: " + missing);
		}
	}
}
