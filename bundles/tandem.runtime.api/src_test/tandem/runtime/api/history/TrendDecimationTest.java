package tandem.runtime.api.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;

class TrendDecimationTest {

	private static final long SPIKE = 7_654_321;

	private static TrendSeries week(int columns, long from, long to) {
		TrendDecimation d = new TrendDecimation(new TrendQuery("Tank1.Level", from, to, columns, 0));
		for (long t = from; t < to; t += 1000) {
			d.add(t, t == SPIKE / 1000 * 1000 ? 100.0 : 40.0 + (t / 1000 % 7) * 0.1, Quality.GOOD);
		}
		return d.finish(to);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 7, 100, 1280, 4000, 8192 })
	void aSingleSampleSpikeSurvivesAtEveryZoom(int columns) {
		TrendSeries s = week(columns, 0, 604_800_000L / 10);
		TrendColumn withSpike = s.columns().stream().filter(c -> c.max() == 100.0).findFirst().orElseThrow();
		assertEquals(SPIKE / 1000 * 1000, withSpike.maxTime());
		assertTrue(s.columns().size() <= columns, s.columns().size() + " columns for " + columns + " pixels");
		assertEquals(60_480, s.samples());
	}

	@Test
	void zoomedIntoTheSpikeTheNeighboursStayBelowIt() {
		long at = SPIKE / 1000 * 1000;
		TrendSeries s = week(10, at - 5000, at + 5000);
		assertEquals(10, s.columns().size(), "one sample per column: the samples themselves");
		assertEquals(100.0, s.at(at).value());
		assertEquals(40.0 + (at / 1000 - 1) % 7 * 0.1, s.at(at - 1).value(), 1e-9, "the sample before the spike");
	}

	@Test
	void badQualityOpensAGapUntilTheNextGoodSampleAndNoLineCrossesIt() {
		TrendDecimation d = new TrendDecimation(new TrendQuery("P", 0, 10_000, 10, 0));
		d.add(500, 1.0, Quality.GOOD);
		d.add(1500, 2.0, Quality.GOOD);
		d.add(2500, 0.0, Quality.INVALID); // driver lost
		d.add(3500, 0.0, Quality.BAD);
		d.add(6500, 3.0, Quality.UNCERTAIN);
		TrendSeries s = d.finish(10_000);
		assertEquals(List.of(new TrendGap(2500, 6500, Quality.INVALID)), s.gaps());
		assertTrue(s.columns().get(1).gapAfter(), "no line from 2.0 at 1.5 s to 3.0 at 6.5 s");
		assertFalse(s.columns().get(0).gapAfter());
		assertEquals(Quality.UNCERTAIN, s.columns().get(2).quality());
		assertEquals(Quality.INVALID, s.at(4000).quality(), "the cursor inside the gap reads no value");
		assertTrue(Double.isNaN(s.at(4000).value()));
		assertEquals(2.0, s.at(2000).value());
	}

	@Test
	void aTimeWithoutSamplesLongerThanTheGapTimeIsAGapForACyclicArchive() {
		TrendDecimation d = new TrendDecimation(new TrendQuery("F", 0, 100_000, 100, 3000));
		for (long t = 0; t < 20_000; t += 1000) {
			d.add(t, 5.0, Quality.GOOD);
		}
		for (long t = 50_000; t < 60_000; t += 1000) {
			d.add(t, 6.0, Quality.GOOD);
		}
		TrendSeries s = d.finish(100_000);
		assertEquals(List.of(new TrendGap(19_000, 50_000, null), new TrendGap(59_000, 100_000, null)), s.gaps());
		assertTrue(s.gaps().get(0).noData());
	}

	@Test
	void aValueRecordedOnChangeBeforeTheRangeShowsFromItsLeftEdge() {
		TrendDecimation d = new TrendDecimation(new TrendQuery("Valve", 10_000, 20_000, 10, 0));
		d.before(2_000, 1.0, Quality.GOOD);
		d.add(15_000, 0.0, Quality.GOOD);
		TrendSeries s = d.finish(20_000);
		assertEquals(1.0, s.at(12_000).value());
		assertEquals(0.0, s.at(16_000).value());
	}
}
