package tandem.runtime.api.driver;

import java.util.Objects;

/**
 * A variable as a driver sees it: where it lives in the device ({@code address}, driver specific syntax), how
 * often it is polled and which Java type its data has.
 */
public record DriverTag(String variable, String address, long rateMillis, TagType type, boolean writable) {

	/** Data type of a tag, mapped to {@link tandem.runtime.api.Value#data()} types. */
	public enum TagType {
		BOOL, INT, FLOAT, STRING
	}

	public DriverTag {
		Objects.requireNonNull(variable, "variable");
		Objects.requireNonNull(type, "type");
		address = address == null ? "" : address;
		if (rateMillis <= 0) {
			throw new IllegalArgumentException("variable " + variable + ": poll rate must be > 0 ms, is " + rateMillis);
		}
	}
}
