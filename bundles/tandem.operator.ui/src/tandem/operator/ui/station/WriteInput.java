package tandem.operator.ui.station;

import java.util.Locale;

/**
 * Parses what an operator typed for a write into the value type of the variable, and checks the range before
 * anything is sent, so a typo never reaches the field. Messages name the variable and what is wrong.
 */
public final class WriteInput {

	private WriteInput() {
	}

	/**
	 * @return a {@link Boolean}, {@link Long}, {@link Double} or {@link String}
	 * @throws IllegalArgumentException with a message for the operator
	 */
	public static Object parse(VariableInfo variable, String typed) {
		if (!variable.writable()) {
			throw new IllegalArgumentException(variable.name() + " is read-only");
		}
		String text = typed == null ? "" : typed.trim();
		if (text.isEmpty() && variable.kind() != VariableInfo.Kind.STRING) {
			throw new IllegalArgumentException(variable.name() + ": enter a value");
		}
		return switch (variable.kind()) {
		case BOOL -> bool(variable, text);
		case INT -> inRange(variable, integer(variable, text));
		case FLOAT -> inRange(variable, decimal(variable, text));
		case STRING -> typed == null ? "" : typed;
		};
	}

	private static Boolean bool(VariableInfo variable, String text) {
		switch (text.toLowerCase(Locale.ROOT)) {
		case "on", "true", "1", "yes", "open", "start":
			return Boolean.TRUE;
		case "off", "false", "0", "no", "closed", "stop":
			return Boolean.FALSE;
		default:
			throw new IllegalArgumentException(variable.name() + ": '" + text + "' is not ON or OFF");
		}
	}

	private static Long integer(VariableInfo variable, String text) {
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(variable.name() + ": '" + text + "' is not a whole number", e);
		}
	}

	private static Double decimal(VariableInfo variable, String text) {
		try {
			// operators in many countries type a decimal comma
			double d = Double.parseDouble(text.replace(',', '.'));
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				throw new NumberFormatException(text);
			}
			return d;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(variable.name() + ": '" + text + "' is not a number", e);
		}
	}

	private static <N extends Number> N inRange(VariableInfo variable, N value) {
		double d = value.doubleValue();
		if (variable.min() != null && d < variable.min() || variable.max() != null && d > variable.max()) {
			throw new IllegalArgumentException(variable.name() + ": " + ValueText.plain(d) + " is outside the range "
					+ variable.rangeText());
		}
		return value;
	}
}
