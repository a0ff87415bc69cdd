package tandem.model.validation;

import tandem.model.DataType;
import tandem.model.Variable;

/** How values are written as text in a project (initial values, recipe values, button values, comparisons). */
final class ValueSyntax {

    private ValueSyntax() {
    }

    /** The value as a number (bool: 0/1; string: 0), or null when text is not a valid value of type. */
    static Double parse(DataType type, String text) {
        if (text == null) {
            return null;
        }
        switch (type) {
        case BOOL:
            return "true".equals(text) ? Double.valueOf(1.0) : "false".equals(text) ? Double.valueOf(0.0) : null; // boxed: null must not unbox
        case INT:
            try {
                return (double) Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        case FLOAT:
            try {
                double value = Double.parseDouble(text.trim());
                return Double.isFinite(value) ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        default:
            return 0.0;
        }
    }

    static String expected(DataType type) {
        return switch (type) {
        case BOOL -> "\"true\" or \"false\"";
        case INT -> "an integer";
        case FLOAT -> "a number";
        case STRING -> "text";
        };
    }

    static boolean isNumeric(Variable variable) {
        return variable.getDataType() == DataType.INT || variable.getDataType() == DataType.FLOAT;
    }

    static boolean hasRange(Variable variable) {
        return variable.getRangeMin() != null && variable.getRangeMax() != null;
    }

    /** Checks text against the variable's type and range; returns a message, or null when fine. */
    static String check(Variable variable, String text) {
        Double value = parse(variable.getDataType(), text);
        if (value == null) {
            return "'" + text + "' is not a valid " + variable.getDataType() + " value for '" + variable.getName()
                    + "' (expected " + expected(variable.getDataType()) + ")";
        }
        if (isNumeric(variable) && variable.getRangeMin() != null && value < variable.getRangeMin()
                || isNumeric(variable) && variable.getRangeMax() != null && value > variable.getRangeMax()) {
            return "value " + text + " is outside the range of '" + variable.getName() + "' (" + variable.getRangeMin() + " .. "
                    + variable.getRangeMax() + ")";
        }
        return null;
    }
}
