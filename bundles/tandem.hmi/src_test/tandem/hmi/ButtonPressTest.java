package tandem.hmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tandem.model.ButtonAction;
import tandem.model.DataType;
import tandem.model.Screen;
import tandem.model.SimulatorDriver;
import tandem.model.Variable;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;

class ButtonPressTest {

	private final ProjectBuilder project = new ProjectBuilder("test");
	private final SimulatorDriver sim = project.simulator("sim");
	private final Variable mode = project.variable("Plant.Mode", DataType.INT, sim, "m");
	private final Variable setpoint = project.analog("Tank.Setpoint", "m", 0, 5, sim, "s");
	private final Screen main = project.screen("Main", 100, 100, null);
	private final Screen trends = project.screen("Trends", 100, 100, null);
	private final ScreenBuilder s = new ScreenBuilder(main);

	@Test
	void aWriteButtonSendsItsValueTypedAsTheVariable() {
		ButtonPress auto = ButtonPress.of(s.writeButton("auto", 0, 0, 1, 1, "Automatic", mode, "1"));
		assertEquals("Plant.Mode", auto.variable());
		assertEquals(1L, auto.value());
		assertEquals("Write Plant.Mode = 1", auto.description());
		ButtonPress half = ButtonPress.of(s.writeButton("half", 0, 0, 1, 1, "Half", setpoint, "2.5"));
		assertEquals(2.5, half.value());
		assertEquals("Write Tank.Setpoint = 2.5 m", half.description());
	}

	@Test
	void onlyAWriteMarkedSoAsksForConfirmation() {
		var plain = s.writeButton("auto", 0, 0, 1, 1, "Automatic", mode, "1");
		assertFalse(ButtonPress.of(plain).needsConfirmation());
		plain.setConfirm(true);
		assertTrue(ButtonPress.of(plain).needsConfirmation());
	}

	@Test
	void aValueThatDoesNotFitTheVariableIsRefusedNamingTheButton() {
		var wrong = s.writeButton("auto", 0, 0, 1, 1, "Automatic", mode, "fast");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ButtonPress.of(wrong));
		assertEquals("button 'auto' writes 'fast' to Plant.Mode, which is int: not a valid value", e.getMessage());
	}

	@Test
	void aScreenButtonNamesItsScreenAndAnAcknowledgeButtonItsGroup() {
		assertEquals(trends, ButtonPress.of(s.screenButton("t", 0, 0, 1, 1, "Trends", trends)).target());
		ButtonPress ack = ButtonPress.of(s.button("ack", 0, 0, 1, 1, "Ack", ButtonAction.ACKNOWLEDGE));
		assertNull(ack.group());
		assertEquals("Acknowledge all alarms", ack.description());
		assertThrows(IllegalArgumentException.class,
				() -> ButtonPress.of(s.button("nowhere", 0, 0, 1, 1, "?", ButtonAction.SWITCH_SCREEN)));
	}
}
