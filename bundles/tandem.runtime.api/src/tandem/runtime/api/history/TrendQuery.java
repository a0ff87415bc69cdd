package tandem.runtime.api.history;

import java.util.Objects;

/**
 * A trend of one variable over {@code [from, to)} in at most {@code columns} columns (one per pixel column of the
 * widget that asks). A time without samples longer than {@code maxGapMs} is a gap (0: only bad quality makes gaps,
 * as for an archive that records on change).
 */
public record TrendQuery(String variable, long from, long to, int columns, long maxGapMs) {

	/** More columns than any screen has pixels: the bound that keeps an answer small. */
	public static final int MAX_COLUMNS = 8192;

	public TrendQuery {
		Objects.requireNonNull(variable, "variable");
		if (variable.isBlank()) {
			throw new IllegalArgumentException("a trend query needs a variable");
		}
		if (to <= from) {
			throw new IllegalArgumentException("trend of " + variable + ": the range ends (" + to
					+ ") before it starts (" + from + ")");
		}
		if (columns < 1 || columns > MAX_COLUMNS) {
			throw new IllegalArgumentException("trend of " + variable + ": " + columns + " columns; allowed 1 to "
					+ MAX_COLUMNS);
		}
		if (maxGapMs < 0) {
			throw new IllegalArgumentException("trend of " + variable + ": negative gap time " + maxGapMs);
		}
	}
}
