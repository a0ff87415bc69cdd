package tandem.studio.core.op;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

/**
 * Turns what an engineer typed into the value of an attribute (numbers, yes/no, enumeration literals), with a
 * message naming the attribute and the expected form when it does not fit. Empty text clears optional numbers and texts.
 */
public final class FeatureValues {

	private FeatureValues() {
	}

	public static Object parse(EAttribute attribute, String text) {
		String t = text == null ? "" : text.strip();
		EDataType type = attribute.getEAttributeType();
		Class<?> c = type.getInstanceClass();
		try {
			if (type instanceof EEnum e) {
				EEnumLiteral literal = e.getEEnumLiteral(t.toUpperCase(java.util.Locale.ROOT));
				if (literal == null) {
					throw new IllegalArgumentException(attribute.getName() + ": '" + t + "' is not one of " + e.getELiterals());
				}
				return literal.getInstance();
			}
			if (c == String.class) {
				return t.isEmpty() ? null : text;
			}
			if (c == int.class || c == Integer.class) {
				return t.isEmpty() && c == Integer.class ? null : Integer.valueOf(t);
			}
			if (c == long.class || c == Long.class) {
				return t.isEmpty() && c == Long.class ? null : Long.valueOf(t);
			}
			if (c == double.class || c == Double.class) {
				if (t.isEmpty() && c == Double.class) {
					return null;
				}
				double d = Double.parseDouble(t);
				if (!Double.isFinite(d)) {
					throw new NumberFormatException();
				}
				return d;
			}
			if (c == boolean.class || c == Boolean.class) {
				return switch (t.toLowerCase(java.util.Locale.ROOT)) {
				case "true", "yes", "1" -> Boolean.TRUE;
				case "false", "no", "0", "" -> Boolean.FALSE;
				default -> throw new IllegalArgumentException(attribute.getName() + ": '" + t + "' is not true or false");
				};
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(attribute.getName() + ": '" + t + "' is not " + (c == double.class || c == Double.class
					? "a number" : "an integer"));
		}
		throw new IllegalArgumentException(attribute.getName() + ": values of type " + type.getName() + " cannot be typed in");
	}

	/** How a value reads in a table cell or the Properties view. */
	public static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
			return Long.toString(d.longValue());
		}
		return value.toString();
	}
}
