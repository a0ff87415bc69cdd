package tandem.hmi;

import java.util.Objects;

/**
 * One line of a trend: the variable, its unit (pens of one unit share an axis), its colour and the engineering range
 * the axis starts from.
 */
public record TrendPen(String variable, String unit, Colour colour, double min, double max) {

	public TrendPen {
		Objects.requireNonNull(variable, "variable");
		Objects.requireNonNull(colour, "colour");
		unit = unit == null ? "" : unit;
		if (!(max > min)) {
			min = 0;
			max = 100;
		}
	}
}
