package tandem.hmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;

class TrendHistoryTest {

	private static final long T0 = 1_800_000_000_000L;

	/** Ten minutes at 1 s: 2.0, one spike of 9.0 at T0+300 s, bad quality from T0+400 s to T0+420 s. */
	private static TrendSeries recorded(long from, long to, int columns) {
		TrendDecimation d = new TrendDecimation(new TrendQuery("Tank1.Level", from, to, columns, 3000));
		for (long t = from; t < to; t += 1000) {
			boolean bad = t >= T0 + 400_000 && t < T0 + 420_000;
			d.add(t, t == T0 + 300_000 ? 9.0 : 2.0, bad ? Quality.BAD : Quality.GOOD);
		}
		return d.finish(to);
	}

	@Test
	void theRecordedPastFillsTheSpanBeforeTheLiveValuesWithItsSpikeAndItsGap() {
		TrendHistory h = new TrendHistory();
		h.add(Map.of("Tank1.Level", new Value(3.0, Quality.GOOD, T0 + 600_000)));
		assertEquals(T0 + 600_000, h.knownFrom("Tank1.Level"));
		h.seed("Tank1.Level", recorded(T0, T0 + 600_000, 60));

		List<TrendHistory.Sample> all = h.since("Tank1.Level", 0);
		assertEquals(T0, all.get(0).time(), "the span starts where the history was asked from");
		assertEquals(T0, h.knownFrom("Tank1.Level"));
		assertTrue(all.stream().anyMatch(s -> s.value() == 9.0), "the one-sample spike survives the decimation");
		assertTrue(all.stream().anyMatch(s -> Double.isNaN(s.value()) && s.time() >= T0 + 399_000
				&& s.time() <= T0 + 421_000), "the bad-quality time is a gap, not bridged: " + all);
		for (int i = 1; i < all.size(); i++) {
			assertTrue(all.get(i).time() > all.get(i - 1).time(), "in time order, once each: " + all);
		}
		TrendHistory.Sample last = all.get(all.size() - 1);
		assertEquals(T0 + 600_000, last.time());
		assertEquals(3.0, last.value(), "the live value stays the newest; history never overwrites it");
	}

	@Test
	void historyOverlappingTheLiveValuesAddsOnlyWhatCameBefore() {
		TrendHistory h = new TrendHistory();
		h.add(Map.of("Tank1.Level", new Value(5.0, Quality.GOOD, T0 + 100_000)));
		h.add(Map.of("Tank1.Level", new Value(6.0, Quality.GOOD, T0 + 101_000)));
		h.seed("Tank1.Level", recorded(T0, T0 + 200_000, 50));
		List<TrendHistory.Sample> after = h.since("Tank1.Level", T0 + 100_000);
		assertEquals(List.of(5.0, 6.0), after.stream().map(TrendHistory.Sample::value).toList());
		assertTrue(h.since("Tank1.Level", 0).size() > 2);
	}
}
