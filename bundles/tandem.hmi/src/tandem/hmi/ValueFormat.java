package tandem.hmi;

import java.util.IllegalFormatException;
import java.util.Locale;

import tandem.runtime.api.Value;

/**
 * Formats a value with the project's java.util.Formatter pattern ({@code "%.1f"}, {@code "%d"}, {@code "%s"}),
 * whatever the value's type: a whole number shown with {@code %.1f} or a decimal with {@code %d} is converted, as an
 * engineer who typed the pattern expects. Decimal point '.', as everywhere in Tandem.
 */
final class ValueFormat {

	static final String NO_DATA = "—";

	private ValueFormat() {
	}

	static String format(String pattern, Value value) {
		if (value == null || value.data() == null) {
			return NO_DATA;
		}
		Object data = value.data();
		if (pattern == null || pattern.isBlank()) {
			return data instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(data);
		}
		try {
			return String.format(Locale.ROOT, pattern, converted(pattern, data));
		} catch (IllegalFormatException e) {
			return String.valueOf(data); // a pattern that fits no value: validation warns about it in the studio
		}
	}

	private static Object converted(String pattern, Object data) {
		char conversion = conversion(pattern);
		double d = data instanceof Number n ? n.doubleValue()
				: data instanceof Boolean b ? (b ? 1 : 0) : Double.NaN;
		if ("feEgGaA".indexOf(conversion) >= 0 && !Double.isNaN(d)) {
			return d;
		}
		if ("dxXo".indexOf(conversion) >= 0 && !Double.isNaN(d)) {
			return Math.round(d);
		}
		return data;
	}

	private static char conversion(String pattern) {
		int i = pattern.indexOf('%');
		while (i >= 0 && i + 1 < pattern.length()) {
			for (int j = i + 1; j < pattern.length(); j++) {
				char c = pattern.charAt(j);
				if (Character.isLetter(c)) {
					return c;
				}
				if (c == '%') {
					break;
				}
			}
			i = pattern.indexOf('%', i + 2);
		}
		return 's';
	}
}
