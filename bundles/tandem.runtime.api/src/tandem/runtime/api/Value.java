package tandem.runtime.api;

import java.util.Objects;

/**
 * One observation of a variable: the data ({@link Boolean}, {@link Long}, {@link Double} or {@link String}), its
 * quality and the source timestamp (epoch milliseconds) given by the driver. Two nodes that observe the same field
 * value get equal {@code Value}s, which is what makes facts mergeable.
 */
public record Value(Object data, Quality quality, long sourceTime) {

	public Value {
		Objects.requireNonNull(quality, "quality");
		if (data != null && !(data instanceof Boolean || data instanceof Long || data instanceof Double
				|| data instanceof String)) {
			throw new IllegalArgumentException("unsupported value type " + data.getClass().getName());
		}
	}

	public static Value good(Object data, long sourceTime) {
		return new Value(data, Quality.GOOD, sourceTime);
	}

	/** The value a variable has while its driver is lost. */
	public static Value invalid(long sourceTime) {
		return new Value(null, Quality.INVALID, sourceTime);
	}

	/** Numeric view used by alarms and archives: booleans are 0/1, unparsable text and no data give NaN. */
	public double asDouble() {
		if (data instanceof Number n) {
			return n.doubleValue();
		}
		if (data instanceof Boolean b) {
			return b ? 1.0 : 0.0;
		}
		if (data instanceof String s) {
			try {
				return Double.parseDouble(s.trim());
			} catch (NumberFormatException e) {
				return Double.NaN;
			}
		}
		return Double.NaN;
	}

	public boolean asBoolean() {
		if (data instanceof Boolean b) {
			return b;
		}
		double d = asDouble();
		return !Double.isNaN(d) && d != 0.0;
	}

	public boolean isGood() {
		return quality == Quality.GOOD;
	}
}
