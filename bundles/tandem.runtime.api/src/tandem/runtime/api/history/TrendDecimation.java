package tandem.runtime.api.history;

import java.util.ArrayList;
import java.util.List;

import tandem.runtime.api.Quality;

/**
 * Min/max decimation per pixel column: samples are fed in time order and each column keeps first, last, minimum
 * and maximum, so whatever the zoom every spike of a single sample reaches its column's stroke. Bad and invalid
 * samples are never averaged in: they open a gap that lasts until the next usable sample, and so does a time
 * without samples longer than the query's gap time. One pass, memory per column, not per sample: the server runs
 * it over millions of rows without holding them.
 */
public final class TrendDecimation {

	private final TrendQuery query;
	private final List<TrendColumn> columns = new ArrayList<>();
	private final List<TrendGap> gaps = new ArrayList<>();
	private long samples;
	private long beforeTime = Long.MIN_VALUE;
	private double before = Double.NaN;
	private Open open;
	private long lastTime = Long.MIN_VALUE;
	private long gapFrom = Long.MIN_VALUE;
	private Quality gapQuality;

	private static final class Open {
		final int index;
		long firstTime;
		double first;
		long lastTime;
		double last;
		long minTime;
		double min = Double.POSITIVE_INFINITY;
		long maxTime;
		double max = Double.NEGATIVE_INFINITY;
		int count;
		Quality quality = Quality.GOOD;

		Open(int index) {
			this.index = index;
		}
	}

	public TrendDecimation(TrendQuery query) {
		this.query = query;
	}

	/** The last sample before the range (read by the store with one index lookup). */
	public void before(long time, double value, Quality quality) {
		boolean usable = usable(value, quality);
		beforeTime = time;
		before = usable ? value : Double.NaN;
		lastTime = time;
		if (!usable) {
			gapFrom = query.from();
			gapQuality = quality;
		}
	}

	/** The next sample, in time order, inside {@code [from, to)}. */
	public void add(long time, double value, Quality quality) {
		add(time, value, quality, true);
	}

	/**
	 * A bucket of {@code count} consecutive samples that are all usable and lie no further apart than the query's
	 * gap time (a store's rollup of a minute or an hour), summarised by its first, minimum, maximum and last
	 * sample: those are added at their own times, so the bucket's extremes reach the columns they fell in and no
	 * spike is lost. A column made only of whole buckets gets the same first, last, minimum, maximum and count as
	 * from the samples; where a bucket straddles two columns, its count goes to the column of its last sample and
	 * each column sees only the extremes that fell in it.
	 */
	public void addBucket(long count, long firstTime, double first, long minTime, double min, long maxTime,
			double max, long lastTime, double last, boolean uncertain) {
		Quality quality = uncertain ? Quality.UNCERTAIN : Quality.GOOD;
		long[] times = { firstTime, minTime, maxTime, lastTime };
		double[] values = { first, min, max, last };
		sortByTime(times, values);
		long before = samples;
		for (int i = 0; i < times.length; i++) {
			if (i == 0 || times[i] > times[i - 1]) {
				add(times[i], values[i], quality, i == 0);
			}
		}
		long extra = count - (samples - before);
		if (extra > 0 && samples > before) {
			samples += extra;
			if (open != null) {
				open.count += (int) extra;
			}
		}
	}

	/**
	 * A bucket of {@code count} consecutive samples none of which is usable, from {@code firstTime} (of quality
	 * {@code first}) to {@code lastTime}: a gap as its samples would make one, INVALID if any of them was.
	 */
	public void addUnusableBucket(long count, long firstTime, Quality first, long lastTime, boolean anyInvalid) {
		long before = samples;
		add(firstTime, Double.NaN, first, true);
		if (lastTime > firstTime) {
			add(lastTime, Double.NaN, anyInvalid ? Quality.INVALID : first, false);
		} else if (anyInvalid && gapFrom != Long.MIN_VALUE) {
			gapQuality = Quality.INVALID;
		}
		long extra = count - (samples - before);
		if (extra > 0 && samples > before) {
			samples += extra;
		}
	}

	private static void sortByTime(long[] times, double[] values) {
		for (int i = 1; i < times.length; i++) {
			for (int j = i; j > 0 && times[j] < times[j - 1]; j--) {
				long t = times[j];
				times[j] = times[j - 1];
				times[j - 1] = t;
				double v = values[j];
				values[j] = values[j - 1];
				values[j - 1] = v;
			}
		}
	}

	private void add(long time, double value, Quality quality, boolean checkSilence) {
		if (time < query.from() || time >= query.to() || time < lastTime) {
			return;
		}
		samples++;
		boolean usable = usable(value, quality);
		boolean silent = checkSilence && query.maxGapMs() > 0 && lastTime != Long.MIN_VALUE
				&& time - Math.max(lastTime, query.from()) > query.maxGapMs();
		if (!usable) {
			closeColumn(true);
			if (gapFrom == Long.MIN_VALUE) {
				if (silent) {
					gaps.add(new TrendGap(Math.max(lastTime, query.from()), time, null));
				}
				gapFrom = time;
				gapQuality = quality;
			} else if (quality == Quality.INVALID) {
				gapQuality = Quality.INVALID;
			}
			lastTime = time;
			return;
		}
		if (gapFrom != Long.MIN_VALUE) {
			gaps.add(new TrendGap(gapFrom, time, gapQuality));
			gapFrom = Long.MIN_VALUE;
		} else if (silent) {
			closeColumn(true);
			gaps.add(new TrendGap(Math.max(lastTime, query.from()), time, null));
		}
		int index = column(time);
		if (open == null || open.index != index) {
			closeColumn(false);
			open = new Open(index);
			open.firstTime = time;
			open.first = value;
		}
		open.lastTime = time;
		open.last = value;
		if (value < open.min) {
			open.min = value;
			open.minTime = time;
		}
		if (value > open.max) {
			open.max = value;
			open.maxTime = time;
		}
		open.count++;
		if (quality == Quality.UNCERTAIN) {
			open.quality = Quality.UNCERTAIN;
		}
		lastTime = time;
	}

	/**
	 * The series; {@code now} ends a gap that is still open (bad quality up to the newest sample) and, with a gap
	 * time, a silence after the last sample (use the range's end for a historical range, the present for live).
	 */
	public TrendSeries finish(long now) {
		closeColumn(false);
		long end = Math.min(query.to(), Math.max(now, query.from()));
		if (gapFrom != Long.MIN_VALUE) {
			gaps.add(new TrendGap(gapFrom, end, gapQuality));
			gapFrom = Long.MIN_VALUE;
		} else if (query.maxGapMs() > 0 && lastTime != Long.MIN_VALUE && end - Math.max(lastTime, query.from())
				> query.maxGapMs()) {
			gaps.add(new TrendGap(Math.max(lastTime, query.from()), end, null));
		}
		return new TrendSeries(query, columns, gaps, samples, beforeTime, before);
	}

	private int column(long time) {
		return (int) ((time - query.from()) * query.columns() / (query.to() - query.from()));
	}

	private void closeColumn(boolean gapAfter) {
		if (open != null) {
			columns.add(new TrendColumn(open.firstTime, open.first, open.lastTime, open.last, open.minTime, open.min,
					open.maxTime, open.max, open.count, open.quality, gapAfter));
			open = null;
		} else if (gapAfter && !columns.isEmpty()) {
			TrendColumn c = columns.get(columns.size() - 1);
			if (!c.gapAfter()) {
				columns.set(columns.size() - 1, new TrendColumn(c.firstTime(), c.first(), c.lastTime(), c.last(),
						c.minTime(), c.min(), c.maxTime(), c.max(), c.count(), c.quality(), true));
			}
		}
	}

	private static boolean usable(double value, Quality quality) {
		return (quality == Quality.GOOD || quality == Quality.UNCERTAIN) && !Double.isNaN(value);
	}
}
