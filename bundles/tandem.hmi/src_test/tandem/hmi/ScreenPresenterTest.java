package tandem.hmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.model.ButtonAction;
import tandem.model.ComparisonOperator;
import tandem.model.DataType;
import tandem.model.FillDirection;
import tandem.model.Group;
import tandem.model.Rectangle;
import tandem.model.Screen;
import tandem.model.SimulatorDriver;
import tandem.model.Text;
import tandem.model.Variable;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;
import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.client.AlarmState;

/** Every binding kind and quality state, as the operator will see it drawn. */
class ScreenPresenterTest {

	private static final long T = 1_700_000_000_000L;

	private final ProjectBuilder project = new ProjectBuilder("test");
	private final SimulatorDriver sim = project.simulator("sim");
	private final Variable level = project.analog("Tank.Level", "m", 0, 4, sim, "sine");
	private final Variable running = project.bool("Pump.Running", sim, "p");
	private final Variable count = project.variable("Filter.Count", DataType.INT, sim, "c");
	private final Screen screen = project.screen("Main", 800, 600, "#D8DCE0");
	private final ScreenBuilder s = new ScreenBuilder(screen);
	private final Map<String, Value> values = new HashMap<>();

	private ScreenPicture present(boolean live) {
		return new ScreenPresenter(screen, ZoneOffset.UTC).present(
				new PlantSnapshot(values, List.of(), live, new TrendHistory(), List.of()), T);
	}

	private ScreenPicture present() {
		return present(true);
	}

	@Test
	void aTankHalfFullHasItsLowerHalfFilledWithTheFillColour() {
		ScreenBuilder.fillLevel(s.rectangle("tank", 100, 100, 50, 200, "#000000", "#FFFFFF"), level, "#4090E0");
		values.put("Tank.Level", Value.good(2.0, T));
		ElementLook tank = present().element("tank");
		assertEquals(0.5, tank.fill().fraction(), 1e-9);
		assertEquals(new Bounds(100, 200, 50, 100), tank.fill().within(tank.bounds()));
		assertEquals(Colour.parse("#4090E0", null), tank.fill().colour());
	}

	@Test
	void aFillBeyondTheRangeStopsAtFullAndAFillToTheRightGrowsFromTheLeftEdge() {
		var bar = s.rectangle("bar", 0, 0, 100, 10, "#000000", null);
		ScreenBuilder.fillLevel(bar, level, "#00FF00").setDirection(FillDirection.RIGHT);
		values.put("Tank.Level", Value.good(9.0, T));
		assertEquals(new Bounds(0, 0, 100, 10), present().element("bar").fill().within(new Bounds(0, 0, 100, 10)));
		values.put("Tank.Level", Value.good(1.0, T));
		assertEquals(new Bounds(0, 0, 25, 10), present().element("bar").fill().within(new Bounds(0, 0, 100, 10)));
	}

	@Test
	void aValueInsideAColourRangeTakesThatRangesColourAndOneOutsideEveryRangeTheDefault() {
		Rectangle r = s.rectangle("state", 0, 0, 10, 10, "#000000", "#A0A0A0");
		ScreenBuilder.fillColor(r, level, 0, 1, "#00B050", 1.0001, 3, "#FFC000").setDefaultColor("#FF0000");
		values.put("Tank.Level", Value.good(0.5, T));
		assertEquals(Colour.parse("#00B050", null), present().element("state").background());
		values.put("Tank.Level", Value.good(2.0, T));
		assertEquals(Colour.parse("#FFC000", null), present().element("state").background());
		values.put("Tank.Level", Value.good(3.5, T));
		assertEquals(Colour.parse("#FF0000", null), present().element("state").background());
	}

	@Test
	void aBooleanColourRangeTreatsFalseAsZeroAndTrueAsOne() {
		Rectangle r = s.rectangle("pump", 0, 0, 10, 10, "#000000", "#A0A0A0");
		ScreenBuilder.fillColor(r, running, 0, 0, "#A0A0A0", 1, 1, "#00B050");
		values.put("Pump.Running", Value.good(true, T));
		assertEquals(Colour.parse("#00B050", null), present().element("pump").background());
		values.put("Pump.Running", Value.good(false, T));
		assertEquals(Colour.parse("#A0A0A0", null), present().element("pump").background());
	}

	@Test
	void aLimitStateColourIsTheActiveColourOfTheAlarmClassWhileTheLimitIsViolated() {
		var warning = project.alarmClass("Warning", 10, "#FFC000", true);
		var alarm = project.limitAlarm("TankHigh", level, null);
		alarm.setHigh(ProjectBuilder.limit(3.5, 0.1, 0, warning, "Tank high"));
		ScreenBuilder.limitStateColor(s.rectangle("lamp", 0, 0, 10, 10, "#000000", "#E0E0E0"), level, "#E0E0E0");
		values.put("Tank.Level", Value.good(3.8, T));
		ScreenPresenter presenter = new ScreenPresenter(screen, ZoneOffset.UTC);
		AlarmState high = new AlarmState("TankHigh.HIGH@1", "TankHigh.HIGH", "Tank.Level", T, 10, "Tank high", false,
				false);
		assertEquals(Colour.parse("#FFC000", null), presenter
				.present(new PlantSnapshot(values, List.of(high), true, new TrendHistory(), List.of()), T)
				.element("lamp").background());
		AlarmState cleared = new AlarmState(high.occurrenceKey(), high.alarm(), high.variable(), T, 10, "", false, true);
		assertEquals(Colour.parse("#E0E0E0", null), presenter
				.present(new PlantSnapshot(values, List.of(cleared), true, new TrendHistory(), List.of()), T)
				.element("lamp").background());
	}

	@Test
	void anElementWhoseVisibilityConditionDoesNotHoldIsAbsentFromThePicture() {
		Text banner = s.text("estop", 0, 0, 100, 20, "EMERGENCY STOP", null);
		ScreenBuilder.visibleWhen(banner, running, ComparisonOperator.EQUAL, "true");
		values.put("Pump.Running", Value.good(false, T));
		assertNull(present().element("estop"));
		values.put("Pump.Running", Value.good(true, T));
		assertNotNull(present().element("estop"));
		values.remove("Pump.Running");
		assertNull(present().element("estop"), "no value: not shown on a guess");
	}

	@Test
	void visibilityComparesNumbersWithEveryOperator() {
		for (var c : List.of(new Object[] { ComparisonOperator.LESS, "2", true }, new Object[] {
				ComparisonOperator.LESS_OR_EQUAL, "1.5", true }, new Object[] { ComparisonOperator.GREATER, "1.5", false },
				new Object[] { ComparisonOperator.GREATER_OR_EQUAL, "1", true },
				new Object[] { ComparisonOperator.NOT_EQUAL, "1.5", false },
				new Object[] { ComparisonOperator.EQUAL, "1.5", true })) {
			Screen other = project.screen("S" + c[0], 10, 10, null);
			Text t = new ScreenBuilder(other).text("t", 0, 0, 1, 1, "x", null);
			ScreenBuilder.visibleWhen(t, level, (ComparisonOperator) c[0], (String) c[1]);
			values.put("Tank.Level", Value.good(1.5, T));
			ScreenPicture p = new ScreenPresenter(other, ZoneOffset.UTC).present(PlantSnapshot.of(values, true), T);
			assertEquals(c[2], p.element("t") != null, "1.5 " + c[0] + " " + c[1]);
		}
	}

	@Test
	void groupChildrenMoveWithTheirGroupAndVanishWithIt() {
		Group pump = s.group("pump", 300, 200, 100, 100);
		ScreenBuilder g = new ScreenBuilder(pump);
		g.ellipse("body", 10, 20, 50, 50, "#000000", "#A0A0A0");
		assertEquals(new Bounds(310, 220, 50, 50), present().element("pump/body").bounds());
		pump.setX(500);
		assertEquals(new Bounds(510, 220, 50, 50), present().element("pump/body").bounds());
		ScreenBuilder.visibleWhen(pump, running, ComparisonOperator.EQUAL, "true");
		values.put("Pump.Running", Value.good(false, T));
		assertNull(present().element("pump/body"));
		assertNull(present().element("pump"));
	}

	@Test
	void aPolylinesPointsAreDrawnRelativeToItsPlaceOnTheScreen() {
		Group g = s.group("g", 100, 100, 50, 50);
		new ScreenBuilder(g).polyline("valve", 10, 10, 30, 20, "0,0 30,20 30,0", "#000000");
		assertEquals(List.of(110, 110, 140, 130, 140, 110),
				java.util.Arrays.stream(present().element("g/valve").points()).boxed().toList());
	}

	@Test
	void aBlinkAlternatesItsPhasesAtItsIntervalWhileTheConditionHolds() {
		Rectangle r = s.rectangle("filter", 0, 0, 10, 10, "#000000", "#D2B48C");
		ScreenBuilder.blinkWhen(r, running, ComparisonOperator.EQUAL, "true").setIntervalMs(400);
		values.put("Pump.Running", Value.good(true, T));
		ElementLook look = present().element("filter");
		assertTrue(look.blinks());
		assertFalse(look.blinkPhaseOn(0));
		assertTrue(look.blinkPhaseOn(400));
		assertFalse(look.blinkPhaseOn(800));
		assertEquals(Colour.parse("#FF0000", null), look.backgroundAt(1200));
		assertEquals(Colour.parse("#D2B48C", null), look.backgroundAt(1600));
		values.put("Pump.Running", Value.good(false, T));
		assertFalse(present().element("filter").blinks());
		assertFalse(present().anyBlinks());
	}

	@Test
	void aTextBindingShowsTheTrueOrFalseTextOfABoolAndTheFormattedValueOfANumber() {
		ScreenBuilder.textFrom(s.text("gate", 0, 0, 10, 10, "Gate", null), running, "Gate open", "Gate closed");
		ScreenBuilder.textFrom(s.text("level", 0, 0, 10, 10, "", null), level, null, null).setFormat("%.1f m");
		values.put("Pump.Running", Value.good(true, T));
		values.put("Tank.Level", Value.good(2.345, T));
		assertEquals("Gate open", present().element("gate").text());
		assertEquals("2.3 m", present().element("level").text());
		values.put("Pump.Running", Value.good(false, T));
		assertEquals("Gate closed", present().element("gate").text());
	}

	@Test
	void aNumericDisplayFormatsWholeAndDecimalNumbersWithItsPatternAndUnit() {
		s.numeric("level", 0, 0, 10, 10, level, "%.2f");
		s.numeric("count", 0, 0, 10, 10, count, "%.1f");
		s.numeric("rounded", 0, 0, 10, 10, level, "%d").setShowUnit(false);
		values.put("Tank.Level", Value.good(2.5, T));
		values.put("Filter.Count", Value.good(7L, T));
		ScreenPicture p = present();
		assertEquals("2.50 m", p.element("level").text());
		assertEquals("7.0", p.element("count").text());
		assertEquals("3", p.element("rounded").text());
	}

	@Test
	void aBarGraphFillsFromTheVariablesRange() {
		s.barGraph("bar", 0, 0, 20, 100, level);
		values.put("Tank.Level", Value.good(1.0, T));
		ElementLook bar = present().element("bar");
		assertEquals(0.25, bar.fill().fraction(), 1e-9);
		assertEquals(FillDirection.UP, bar.fill().direction());
	}

	@Test
	void aGoodValueShowsNoMarkerAndEachUntrustedStateShowsItsOwnMarkerAndReason() {
		s.numeric("level", 0, 0, 10, 10, level, "%.2f");
		values.put("Tank.Level", Value.good(2.0, T));
		assertEquals(ShownQuality.GOOD, present().element("level").quality());
		assertEquals("", present().element("level").quality().marker());
		for (Quality q : List.of(Quality.UNCERTAIN, Quality.BAD)) {
			values.put("Tank.Level", new Value(2.0, q, T));
			ElementLook look = present().element("level");
			assertEquals(q.name(), look.quality().name());
			assertFalse(look.quality().marker().isEmpty());
			assertTrue(look.qualityReason().startsWith(q.name().toLowerCase()), look.qualityReason());
		}
		values.put("Tank.Level", Value.invalid(T));
		ElementLook invalid = present().element("level");
		assertEquals(ShownQuality.INVALID, invalid.quality());
		assertEquals("— m", invalid.text());
		assertTrue(invalid.qualityReason().contains("lost its connection"), invalid.qualityReason());
		values.clear();
		assertEquals(ShownQuality.NO_VALUE, present().element("level").quality());
	}

	@Test
	void withoutAServerEveryValueIsStaleButKeepsItsLastValue() {
		s.numeric("level", 0, 0, 10, 10, level, "%.2f");
		s.text("title", 0, 0, 10, 10, "Overview", null);
		values.put("Tank.Level", Value.good(2.0, T));
		ScreenPicture stale = present(false);
		assertEquals(ShownQuality.STALE, stale.element("level").quality());
		assertEquals("2.00 m", stale.element("level").text());
		assertEquals(ShownQuality.GOOD, stale.element("title").quality(), "a static text is never stale");
		values.put("Tank.Level", new Value(2.0, Quality.BAD, T));
		assertEquals(ShownQuality.BAD, present(false).element("level").quality(), "the worse state wins");
	}

	@Test
	void theTooltipReadingsNameEveryVariableWithValueUnitQualityAndTime() {
		Rectangle r = s.rectangle("tank", 0, 0, 10, 10, "#000000", "#FFFFFF");
		ScreenBuilder.fillLevel(r, level, "#0000FF");
		ScreenBuilder.blinkWhen(r, running, ComparisonOperator.EQUAL, "true");
		values.put("Tank.Level", Value.good(2.0, T));
		values.put("Pump.Running", new Value(true, Quality.UNCERTAIN, T + 5));
		List<Reading> readings = present().element("tank").readings();
		assertEquals(List.of(new Reading("Tank.Level", "2.00", "m", ShownQuality.GOOD, T),
				new Reading("Pump.Running", "true", "", ShownQuality.UNCERTAIN, T + 5)), readings);
		assertEquals(ShownQuality.UNCERTAIN, present().element("tank").quality());
	}

	@Test
	void aButtonsTargetIsInItsTooltipButItsQualityDoesNotMarkTheButton() {
		s.writeButton("start", 0, 0, 10, 10, "Start", running, "true");
		values.put("Pump.Running", Value.invalid(T));
		ElementLook button = present().element("start");
		assertEquals("Start", button.text());
		assertEquals(ShownQuality.GOOD, button.quality());
		assertEquals("Pump.Running", button.readings().get(0).variable());
		assertEquals(ButtonAction.WRITE_VALUE, ((tandem.model.Button) button.element()).getAction());
	}

	@Test
	void theTopmostElementUnderThePointerIsFound() {
		s.rectangle("back", 0, 0, 100, 100, "#000000", "#FFFFFF");
		s.rectangle("front", 10, 10, 20, 20, "#000000", "#FFFFFF");
		assertEquals("front", present().elementAt(15, 15).path());
		assertEquals("back", present().elementAt(50, 50).path());
		assertNull(present().elementAt(150, 50));
	}

	@Test
	void aBatchReworksOnlyTheElementsWhoseValuesChangedAndAModelEditIsSeenAtOnce() {
		s.numeric("level", 0, 0, 10, 10, level, "%.2f");
		s.numeric("count", 0, 0, 10, 10, count, "%.0f");
		ScreenPresenter presenter = new ScreenPresenter(screen, ZoneOffset.UTC);
		values.put("Tank.Level", Value.good(2.0, T));
		values.put("Filter.Count", Value.good(1L, T));
		ScreenPicture first = presenter.present(PlantSnapshot.of(values, true), T);
		values.put("Filter.Count", Value.good(2L, T + 1));
		ScreenPicture second = presenter.present(PlantSnapshot.of(values, true), T);
		assertTrue(first.element("level") == second.element("level"), "unchanged value: the same look");
		assertEquals("2", second.element("count").text());
		assertEquals(ShownQuality.STALE, presenter.present(PlantSnapshot.of(values, false), T).element("level")
				.quality(), "losing the server changes every look");
		((tandem.model.NumericDisplay) screen.getElements().get(0)).setX(40);
		assertEquals(40, presenter.present(PlantSnapshot.of(values, false), T).element("level").bounds().x());
		presenter.dispose();
		assertTrue(screen.eAdapters().isEmpty(), "a disposed presenter no longer listens");
	}

	@Test
	void aMalformedColourIsReportedWithTheScreenAndElement() {
		s.rectangle("tank", 0, 0, 10, 10, "#000000", "blue");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, this::present);
		assertEquals("screen 'Main', element 'tank': colour 'blue' is not of the form #RRGGBB", e.getMessage());
	}
}
