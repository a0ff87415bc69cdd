package tandem.hmi;

import tandem.model.ComparisonOperator;
import tandem.runtime.api.Value;

/**
 * {@code (variable operator value)} of visibility and blink bindings. Numbers compare as numbers (a bool is 0 or
 * 1, "true"/"false" in the binding likewise); anything else compares as text, where only EQUAL and NOT_EQUAL
 * can hold. A variable without data makes the condition false: nothing is shown or blinks on a guess.
 */
final class Condition {

	private Condition() {
	}

	static boolean holds(Value value, ComparisonOperator operator, String operand) {
		if (value == null || value.data() == null) {
			return false;
		}
		double left = value.asDouble();
		double right = number(operand);
		ComparisonOperator op = operator == null ? ComparisonOperator.EQUAL : operator;
		if (Double.isNaN(left) || Double.isNaN(right)) {
			boolean equal = String.valueOf(value.data()).equals(operand);
			return op == ComparisonOperator.EQUAL ? equal : op == ComparisonOperator.NOT_EQUAL && !equal;
		}
		int c = Double.compare(left, right);
		return switch (op) {
		case EQUAL -> c == 0;
		case NOT_EQUAL -> c != 0;
		case LESS -> c < 0;
		case LESS_OR_EQUAL -> c <= 0;
		case GREATER -> c > 0;
		case GREATER_OR_EQUAL -> c >= 0;
		};
	}

	private static double number(String operand) {
		if (operand == null) {
			return Double.NaN;
		}
		String t = operand.trim();
		if (t.equalsIgnoreCase("true")) {
			return 1;
		}
		if (t.equalsIgnoreCase("false")) {
			return 0;
		}
		try {
			return Double.parseDouble(t);
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}
}
