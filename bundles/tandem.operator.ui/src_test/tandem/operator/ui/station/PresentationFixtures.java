package tandem.operator.ui.station;

import tandem.runtime.api.client.AlarmState;

/** Small builders shared by the presentation tests. */
final class PresentationFixtures {

	static final VariableInfo LEVEL = new VariableInfo("Tank1.Level", "Level of the tank", "m",
			VariableInfo.Kind.FLOAT, 0.0, 5.0, false);
	static final VariableInfo SETPOINT = new VariableInfo("Tank1.LevelSetpoint", "Level setpoint", "m",
			VariableInfo.Kind.FLOAT, 0.0, 5.0, true);
	static final VariableInfo FLOW = new VariableInfo("Intake.Flow", "Raw water flow", "m³/h",
			VariableInfo.Kind.FLOAT, 0.0, 500.0, false);
	static final VariableInfo VALVE = new VariableInfo("Tank1.InletValve.Open", "Inlet valve open", null,
			VariableInfo.Kind.BOOL, null, null, true);
	static final VariableInfo COUNT = new VariableInfo("Filter.Backwashes", "Backwashes today", null,
			VariableInfo.Kind.INT, 0.0, 100.0, true);

	private PresentationFixtures() {
	}

	static AlarmState alarm(String key, int priority, long raised, boolean acknowledged, boolean cleared) {
		return new AlarmState(key, key.substring(0, key.indexOf('@')), "Tank1.Level", raised, priority,
				"text of " + key, acknowledged, cleared);
	}
}
