package tandem.runtime.api.history;

import java.util.List;

import tandem.runtime.api.Quality;

/**
 * The answer to a {@link TrendQuery}: the columns that hold usable samples, in time order, the gaps, and how many
 * samples were read. {@code before} is the last usable sample before the range (time and value, or NaN when there
 * is none or bad quality followed it), so a value recorded on change shows from the left edge.
 */
public record TrendSeries(TrendQuery query, List<TrendColumn> columns, List<TrendGap> gaps, long samples,
		long beforeTime, double before) {

	public TrendSeries {
		columns = List.copyOf(columns);
		gaps = List.copyOf(gaps);
	}

	/** A value and its quality at a time, as a cursor reads it. */
	public record Reading(long time, double value, Quality quality) {

		public boolean known() {
			return quality != null && !Double.isNaN(value);
		}
	}

	/**
	 * The value at {@code time}: the last usable sample at or before it, unless a gap lies between; inside a gap the
	 * gap's quality (INVALID, BAD) with no value; null quality when nothing is known.
	 */
	public Reading at(long time) {
		for (TrendGap g : gaps) {
			if (time >= g.from() && time < g.to()) {
				return new Reading(time, Double.NaN, g.quality() == null ? Quality.INVALID : g.quality());
			}
		}
		TrendColumn last = null;
		for (TrendColumn c : columns) {
			if (c.firstTime() > time) {
				break;
			}
			last = c;
		}
		if (last == null) {
			return beforeTime <= time && !Double.isNaN(before) ? new Reading(beforeTime, before, Quality.GOOD)
					: new Reading(time, Double.NaN, null);
		}
		if (last.lastTime() <= time) {
			return new Reading(last.lastTime(), last.last(), last.quality());
		}
		// inside the column: the newest of first / extremes / last at or before the time
		long bestTime = last.firstTime();
		double best = last.first();
		if (last.minTime() <= time && last.minTime() >= bestTime) {
			bestTime = last.minTime();
			best = last.min();
		}
		if (last.maxTime() <= time && last.maxTime() >= bestTime) {
			bestTime = last.maxTime();
			best = last.max();
		}
		return new Reading(bestTime, best, last.quality());
	}
}
