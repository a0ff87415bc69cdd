package tandem.studio.ui.screens;

import java.util.HashMap;
import java.util.Map;

import tandem.hmi.PlantSnapshot;
import tandem.model.DataType;
import tandem.model.Project;
import tandem.model.Variable;
import tandem.runtime.api.Value;

/**
 * The values the screen editor draws with while no plant runs: every variable at its initial value, or in the
 * middle of its range, with good quality, so displays, bars and fills look as they will in operation instead of
 * hatched as "no value". Values are worked out once per opened screen.
 */
final class DesignValues {

	private DesignValues() {
	}

	static PlantSnapshot of(Project project) {
		Map<String, Value> values = new HashMap<>();
		long now = System.currentTimeMillis();
		for (Variable v : project.getVariables()) {
			values.put(v.getName(), Value.good(value(v), now));
		}
		return PlantSnapshot.of(values, true);
	}

	private static Object value(Variable v) {
		String initial = v.getInitialValue();
		DataType type = v.getDataType() == null ? DataType.FLOAT : v.getDataType();
		double min = v.getRangeMin() == null ? 0 : v.getRangeMin();
		double max = v.getRangeMax() == null ? 100 : v.getRangeMax();
		try {
			return switch (type) {
			case BOOL -> initial == null ? Boolean.FALSE : Boolean.valueOf(initial.strip());
			case INT -> initial == null ? Long.valueOf(Math.round((min + max) / 2)) : Long.valueOf(initial.strip());
			case STRING -> initial == null ? v.getName() : initial;
			default -> initial == null ? Double.valueOf((min + max) / 2) : Double.valueOf(initial.strip());
			};
		} catch (NumberFormatException e) {
			return type == DataType.STRING ? initial : Double.valueOf((min + max) / 2);
		}
	}
}
