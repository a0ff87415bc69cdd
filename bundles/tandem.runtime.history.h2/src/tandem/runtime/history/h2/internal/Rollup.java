package tandem.runtime.history.h2.internal;

import java.util.Objects;

import tandem.runtime.api.Quality;

/**
 * The summary of one variable's samples in one bucket (a minute or an hour), as a trend needs it: how many
 * samples, the first and last of any quality (silences between buckets), the longest silence inside, and of the
 * usable ones (GOOD or UNCERTAIN, not NaN) the count, sum, minimum and maximum with their times, first and last;
 * of the unusable ones the quality of the first and whether any was INVALID. Fed in time order, or merged from the
 * summaries of consecutive smaller buckets, it gives the same result either way, which is what lets an hour be
 * built from its minutes and both be rebuilt from the samples at any time.
 */
public final class Rollup {

	long count;
	long firstTime = Long.MAX_VALUE;
	long lastTime = Long.MIN_VALUE;
	long silence;
	long usable;
	double sum;
	long minTime;
	double min = Double.POSITIVE_INFINITY;
	long maxTime;
	double max = Double.NEGATIVE_INFINITY;
	long firstUsableTime;
	double firstUsable;
	long lastUsableTime;
	double lastUsable;
	boolean uncertain;
	byte firstUnusable = -1;
	boolean anyInvalid;

	/** The next sample, later than every sample added before. */
	public void add(long time, double value, Quality quality) {
		if (count > 0) {
			silence = Math.max(silence, time - lastTime);
		} else {
			firstTime = time;
		}
		lastTime = time;
		count++;
		if ((quality == Quality.GOOD || quality == Quality.UNCERTAIN) && !Double.isNaN(value)) {
			if (usable == 0) {
				firstUsableTime = time;
				firstUsable = value;
			}
			lastUsableTime = time;
			lastUsable = value;
			usable++;
			sum += value;
			if (value < min) {
				min = value;
				minTime = time;
			}
			if (value > max) {
				max = value;
				maxTime = time;
			}
			uncertain |= quality == Quality.UNCERTAIN;
		} else {
			if (firstUnusable < 0) {
				firstUnusable = quality.code();
			}
			anyInvalid |= quality == Quality.INVALID;
		}
	}

	/** Appends the summary of a later bucket (every one of its samples is later than every one here). */
	public void merge(Rollup later) {
		if (later.count == 0) {
			return;
		}
		if (count == 0) {
			copy(later);
			return;
		}
		silence = Math.max(Math.max(silence, later.silence), later.firstTime - lastTime);
		lastTime = later.lastTime;
		count += later.count;
		if (later.usable > 0) {
			if (usable == 0) {
				firstUsableTime = later.firstUsableTime;
				firstUsable = later.firstUsable;
			}
			lastUsableTime = later.lastUsableTime;
			lastUsable = later.lastUsable;
			if (later.min < min) {
				min = later.min;
				minTime = later.minTime;
			}
			if (later.max > max) {
				max = later.max;
				maxTime = later.maxTime;
			}
			usable += later.usable;
			sum += later.sum;
			uncertain |= later.uncertain;
		}
		if (firstUnusable < 0) {
			firstUnusable = later.firstUnusable;
		}
		anyInvalid |= later.anyInvalid;
	}

	private void copy(Rollup o) {
		count = o.count;
		firstTime = o.firstTime;
		lastTime = o.lastTime;
		silence = o.silence;
		usable = o.usable;
		sum = o.sum;
		minTime = o.minTime;
		min = o.min;
		maxTime = o.maxTime;
		max = o.max;
		firstUsableTime = o.firstUsableTime;
		firstUsable = o.firstUsable;
		lastUsableTime = o.lastUsableTime;
		lastUsable = o.lastUsable;
		uncertain = o.uncertain;
		firstUnusable = o.firstUnusable;
		anyInvalid = o.anyInvalid;
	}

	public long count() {
		return count;
	}

	public long usable() {
		return usable;
	}

	public long firstTime() {
		return firstTime;
	}

	public long lastTime() {
		return lastTime;
	}

	/** Longest time between two consecutive samples of the bucket (0 with fewer than two). */
	public long silence() {
		return silence;
	}

	public double sum() {
		return sum;
	}

	public long minTime() {
		return minTime;
	}

	public double min() {
		return min;
	}

	public long maxTime() {
		return maxTime;
	}

	public double max() {
		return max;
	}

	public long firstUsableTime() {
		return firstUsableTime;
	}

	public double firstUsable() {
		return firstUsable;
	}

	public long lastUsableTime() {
		return lastUsableTime;
	}

	public double lastUsable() {
		return lastUsable;
	}

	public boolean uncertain() {
		return uncertain;
	}

	/** Quality of the first unusable sample; null when all were usable. */
	public Quality firstUnusable() {
		return firstUnusable < 0 ? null : Quality.ofCode(firstUnusable);
	}

	public boolean anyInvalid() {
		return anyInvalid;
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof Rollup r)) {
			return false;
		}
		return count == r.count && firstTime == r.firstTime && lastTime == r.lastTime && silence == r.silence
				&& usable == r.usable && (usable == 0 || sum == r.sum && minTime == r.minTime && min == r.min
						&& maxTime == r.maxTime && max == r.max && firstUsableTime == r.firstUsableTime
						&& firstUsable == r.firstUsable && lastUsableTime == r.lastUsableTime
						&& lastUsable == r.lastUsable && uncertain == r.uncertain)
				&& firstUnusable == r.firstUnusable && anyInvalid == r.anyInvalid;
	}

	@Override
	public int hashCode() {
		return Objects.hash(count, firstTime, lastTime, usable, min, max);
	}

	@Override
	public String toString() {
		return "Rollup[n=" + count + " " + firstTime + ".." + lastTime + " silence=" + silence + " usable=" + usable
				+ " min=" + min + "@" + minTime + " max=" + max + "@" + maxTime + " first=" + firstUsable + "@"
				+ firstUsableTime + " last=" + lastUsable + "@" + lastUsableTime + " sum=" + sum + " uncertain="
				+ uncertain + " unusable=" + firstUnusable + (anyInvalid ? " invalid" : "") + "]";
	}
}
