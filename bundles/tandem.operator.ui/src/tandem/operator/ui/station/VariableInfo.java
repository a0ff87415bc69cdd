package tandem.operator.ui.station;

/**
 * What the station knows about a variable from the project: enough to format, group and write it.
 *
 * @param name        full name, e.g. {@code Tank1.Level}
 * @param description engineer's description, empty if none
 * @param unit        engineering unit, empty if none
 * @param kind        data type
 * @param min         lower range limit, null if none
 * @param max         upper range limit, null if none
 * @param writable    whether operators may write it
 */
public record VariableInfo(String name, String description, String unit, Kind kind, Double min, Double max,
		boolean writable) {

	public enum Kind {
		BOOL, INT, FLOAT, STRING
	}

	public VariableInfo {
		description = description == null ? "" : description;
		unit = unit == null ? "" : unit;
	}

	/** A variable the server publishes but the local project does not know (e.g. a newer project version). */
	public static VariableInfo unknown(String name) {
		return new VariableInfo(name, "not in the local project", "", Kind.STRING, null, null, false);
	}

	/** The range as an operator reads it, e.g. {@code 0 … 5 m}; empty when the variable has none. */
	public String rangeText() {
		if (min == null && max == null) {
			return "";
		}
		String low = min == null ? "" : ValueText.plain(min);
		String high = max == null ? "" : ValueText.plain(max);
		return (low + " … " + high + (unit.isEmpty() ? "" : " " + unit)).trim();
	}
}
