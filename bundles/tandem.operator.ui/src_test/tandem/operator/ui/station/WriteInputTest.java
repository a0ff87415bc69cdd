package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tandem.operator.ui.station.PresentationFixtures.COUNT;
import static tandem.operator.ui.station.PresentationFixtures.LEVEL;
import static tandem.operator.ui.station.PresentationFixtures.SETPOINT;
import static tandem.operator.ui.station.PresentationFixtures.VALVE;

import org.junit.jupiter.api.Test;

class WriteInputTest {

	@Test
	void typedTextBecomesTheVariablesType() {
		assertEquals(3.5, WriteInput.parse(SETPOINT, " 3.5 "));
		assertEquals(3.5, WriteInput.parse(SETPOINT, "3,5"));
		assertEquals(Boolean.TRUE, WriteInput.parse(VALVE, "ON"));
		assertEquals(Boolean.FALSE, WriteInput.parse(VALVE, "off"));
		assertEquals(12L, WriteInput.parse(COUNT, "12"));
	}

	@Test
	void aValueOutsideTheRangeIsRefusedBeforeItIsSent() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> WriteInput.parse(SETPOINT, "7"));

		assertEquals("Tank1.LevelSetpoint: 7 is outside the range 0 … 5 m", e.getMessage());
	}

	@Test
	void garbageAndReadOnlyVariablesGetAMessageNamingTheVariable() {
		assertEquals("Tank1.LevelSetpoint: 'abc' is not a number",
				assertThrows(IllegalArgumentException.class, () -> WriteInput.parse(SETPOINT, "abc")).getMessage());
		assertEquals("Filter.Backwashes: '1.5' is not a whole number",
				assertThrows(IllegalArgumentException.class, () -> WriteInput.parse(COUNT, "1.5")).getMessage());
		assertEquals("Tank1.InletValve.Open: 'maybe' is not ON or OFF",
				assertThrows(IllegalArgumentException.class, () -> WriteInput.parse(VALVE, "maybe")).getMessage());
		assertEquals("Tank1.Level is read-only",
				assertThrows(IllegalArgumentException.class, () -> WriteInput.parse(LEVEL, "1")).getMessage());
		assertEquals("Tank1.LevelSetpoint: enter a value",
				assertThrows(IllegalArgumentException.class, () -> WriteInput.parse(SETPOINT, " ")).getMessage());
	}
}
