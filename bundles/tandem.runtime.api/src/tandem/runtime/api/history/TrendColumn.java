package tandem.runtime.api.history;

import tandem.runtime.api.Quality;

/**
 * The usable samples (good or uncertain) of one pixel column of a trend: first and last (the line from the previous
 * column and to the next), minimum and maximum (the vertical stroke, so a one-sample spike stays visible at any
 * zoom) with the times they occurred, how many there were, and the worst of their qualities.
 *
 * @param gapAfter no line may be drawn from this column's last sample to the next usable one: bad quality or a
 *                 time without samples lies between them
 */
public record TrendColumn(long firstTime, double first, long lastTime, double last, long minTime, double min,
		long maxTime, double max, int count, Quality quality, boolean gapAfter) {
}
