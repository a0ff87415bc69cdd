package tandem.hmi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value axis of a trend: the pens of one unit share it, and its range covers their engineering ranges. Its
 * ticks are round numbers (1, 2 or 5 times a power of ten) so an operator reads values without arithmetic.
 */
public record TrendAxis(String unit, double min, double max, List<TrendPen> pens) {

	public TrendAxis {
		pens = List.copyOf(pens);
	}

	/** The axes for these pens, in the order their units first appear. */
	public static List<TrendAxis> of(List<TrendPen> pens) {
		Map<String, List<TrendPen>> byUnit = new LinkedHashMap<>();
		for (TrendPen p : pens) {
			byUnit.computeIfAbsent(p.unit(), u -> new ArrayList<>()).add(p);
		}
		List<TrendAxis> axes = new ArrayList<>();
		byUnit.forEach((unit, list) -> axes.add(new TrendAxis(unit,
				list.stream().mapToDouble(TrendPen::min).min().orElse(0),
				list.stream().mapToDouble(TrendPen::max).max().orElse(100), list)));
		return axes;
	}

	/** Fraction 0 (bottom) .. 1 (top) of a value on this axis; outside the range it goes beyond 0..1. */
	public double fraction(double value) {
		return (value - min) / (max - min);
	}

	/** About {@code count} round tick values inside the range, lowest first. */
	public List<Double> ticks(int count) {
		double raw = (max - min) / Math.max(1, count);
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = magnitude;
		for (double m : new double[] { 1, 2, 5, 10 }) {
			step = m * magnitude;
			if (step >= raw) {
				break;
			}
		}
		List<Double> out = new ArrayList<>();
		for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
			out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
		}
		return out;
	}
}
