package tandem.hmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;

class TrendWindowTest {

	@Test
	void zoomingKeepsTheAnchorInPlaceAndLeavesLiveMode() {
		TrendWindow live = TrendWindow.live(3_600_000, 10_000_000);
		TrendWindow in = live.zoom(0.5, 9_000_000);
		assertEquals(1_800_000, in.span());
		assertEquals(live.xOf(9_000_000, 1000) / 1000, in.xOf(9_000_000, 1000) / 1000, 1e-9,
				"the anchor is at the same fraction of the width");
		assertFalse(in.live());
		assertTrue(in.pan(60_000).from() == in.from() + 60_000);
		assertEquals(TrendWindow.MIN_SPAN_MS, live.zoom(0.0000001, 9_000_000).zoom(0.01, 9_000_000).span(),
				"never narrower than a second");
	}

	@Test
	void liveFollowsThePresentAndHistoryStays() {
		assertEquals(20_000_000, TrendWindow.live(600_000, 10_000_000).at(20_000_000).to());
		TrendWindow history = new TrendWindow(0, 600_000, false);
		assertEquals(history, history.at(20_000_000));
	}

	@Test
	void pensOfOneUnitShareAnAxisWithRoundTicks() {
		List<TrendAxis> axes = TrendAxis.of(List.of(new TrendPen("Tank1.Level", "%", Colour.BLACK, 0, 100),
				new TrendPen("Intake.Flow", "m³/h", Colour.BLACK, 0, 450),
				new TrendPen("Tank2.Level", "%", Colour.BLACK, 10, 120)));
		assertEquals(List.of("%", "m³/h"), axes.stream().map(TrendAxis::unit).toList());
		assertEquals(0, axes.get(0).min());
		assertEquals(120, axes.get(0).max());
		assertEquals(List.of(0.0, 100.0, 200.0, 300.0, 400.0), axes.get(1).ticks(5));
		assertEquals(List.of(0.0, 200.0, 400.0), axes.get(1).ticks(4), "at most about 4: steps of 1, 2 or 5 times ten to a power");
		assertEquals(0.5, axes.get(0).fraction(60));
	}

	@Test
	void theCsvHoldsEveryColumnWithItsExtremesAndEveryGap() {
		TrendDecimation d = new TrendDecimation(new TrendQuery("Tank1.Level", 0, 10_000, 10, 0));
		d.add(1000, 40.0, Quality.GOOD);
		d.add(1500, 95.0, Quality.GOOD);
		d.add(3000, 0, Quality.INVALID);
		d.add(5000, 41.0, Quality.UNCERTAIN);
		String csv = TrendExport.csv(List.of(new TrendPen("Tank1.Level", "%", Colour.BLACK, 0, 100)),
				List.of(d.finish(10_000)), ZoneOffset.UTC);
		assertEquals(List.of("variable,unit,from,until,first,last,min,max,min_time,max_time,samples,quality",
				"Tank1.Level,%,1970-01-01T00:00:01.000Z,1970-01-01T00:00:01.500Z,40.0,95.0,40.0,95.0,"
						+ "1970-01-01T00:00:01.000Z,1970-01-01T00:00:01.500Z,2,GOOD",
				"Tank1.Level,%,1970-01-01T00:00:05.000Z,1970-01-01T00:00:05.000Z,41.0,41.0,41.0,41.0,"
						+ "1970-01-01T00:00:05.000Z,1970-01-01T00:00:05.000Z,1,UNCERTAIN",
				"Tank1.Level,%,1970-01-01T00:00:03.000Z,1970-01-01T00:00:05.000Z,,,,,,,0,INVALID"),
				List.of(csv.split("\n")));
	}
}
