package tandem.runtime.core.config;

import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;

/** A process variable: where it comes from, how fast it is polled, its type, range and writability. */
public record VariableDefinition(String name, String driver, String address, long rateMillis, TagType type,
		boolean writable, Double rangeMin, Double rangeMax, String unit) {

	public DriverTag tag() {
		return new DriverTag(name, address, rateMillis, type, writable);
	}

	/** Null when the value may be written, else why not (names variable and range). */
	public String checkWritable(Object value) {
		if (!writable) {
			return "variable " + name + " is not writable";
		}
		if (value instanceof Number n && (rangeMin != null && n.doubleValue() < rangeMin
				|| rangeMax != null && n.doubleValue() > rangeMax)) {
			return "value " + value + " for variable " + name + " is outside its range " + rangeMin + ".." + rangeMax;
		}
		return null;
	}

	/** Parses a value text (recipe, operator input) into the variable's type; null when it does not parse. */
	public Object parse(String text) {
		String t = text == null ? "" : text.trim();
		try {
			return switch (type) {
			case BOOL -> t.equalsIgnoreCase("true") || t.equals("1") ? Boolean.TRUE
					: t.equalsIgnoreCase("false") || t.equals("0") ? Boolean.FALSE : null;
			case INT -> Long.valueOf(Long.parseLong(t));
			case FLOAT -> Double.valueOf(Double.parseDouble(t));
			case STRING -> t;
			};
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
