package tandem.operator.ui.station;

import tandem.hmi.Tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tandem.operator.ui.station.PresentationFixtures.COUNT;
import static tandem.operator.ui.station.PresentationFixtures.FLOW;
import static tandem.operator.ui.station.PresentationFixtures.LEVEL;
import static tandem.operator.ui.station.PresentationFixtures.VALVE;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;

class ValueTextTest {

	private static final long NOON = 12L * 3600 * 1000;
	private final ValueText text = new ValueText(ZoneOffset.UTC);

	@Test
	void aNumberGetsAsManyDecimalsAsItsRangeDeservesAndItsUnit() {
		assertEquals(new ValueText.Cell("3.42", "m", "", "12:00:00", Tone.NORMAL),
				text.cell(LEVEL, Value.good(3.4191, NOON), true));
		assertEquals("241.3", text.cell(FLOW, Value.good(241.26, NOON), true).value());
		assertEquals("m³/h", text.cell(FLOW, Value.good(241.26, NOON), true).unit());
	}

	@Test
	void booleansReadOnOrOffAndIntegersStayWhole() {
		assertEquals("ON", text.cell(VALVE, Value.good(true, NOON), true).value());
		assertEquals("OFF", text.cell(VALVE, Value.good(0L, NOON), true).value());
		assertEquals("7", text.cell(COUNT, Value.good(7L, NOON), true).value());
	}

	@Test
	void badAndInvalidValuesAreNamedAndShownInTheAlarmTone() {
		ValueText.Cell bad = text.cell(LEVEL, new Value(2.0, Quality.BAD, NOON), true);
		assertEquals("BAD", bad.quality());
		assertEquals(Tone.ALARM, bad.tone());

		ValueText.Cell invalid = text.cell(LEVEL, Value.invalid(NOON), true);
		assertEquals(ValueText.NO_VALUE, invalid.value());
		assertEquals("INVALID", invalid.quality());
		assertEquals(Tone.ALARM, invalid.tone());

		assertEquals(Tone.WARNING, text.cell(LEVEL, new Value(2.0, Quality.UNCERTAIN, NOON), true).tone());
	}

	@Test
	void aValueFromAFrozenPictureIsMarkedStaleEvenIfItWasGood() {
		ValueText.Cell cell = text.cell(LEVEL, Value.good(3.0, NOON), false);

		assertEquals("3.00", cell.value());
		assertEquals("stale", cell.quality());
		assertEquals(Tone.STALE, cell.tone());
	}

	@Test
	void aVariableWithoutValueSaysSo() {
		assertEquals(new ValueText.Cell(ValueText.NO_VALUE, "m", "no value yet", "", Tone.NORMAL),
				text.cell(LEVEL, null, true));
		assertEquals(Tone.STALE, text.cell(LEVEL, null, false).tone());
	}

	@Test
	void theRangeReadsLikeTheProjectWroteIt() {
		assertEquals("0 … 5 m", LEVEL.rangeText());
		assertEquals("", VALVE.rangeText());
	}
}
