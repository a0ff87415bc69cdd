package tandem.runtime.history.h2.internal;

/**
 * Packs (variable id, source time) into one BIGINT: 21 bits of id (2 million variables) above 42 bits of epoch
 * milliseconds (until the year 2109). Ordering by key orders by variable, then time.
 */
public final class SampleKey {

	public static final int TIME_BITS = 42;
	public static final long TIME_MASK = (1L << TIME_BITS) - 1;
	public static final int MAX_VARIABLES = 1 << 21;

	private SampleKey() {
	}

	public static long of(int variableId, long sourceTime) {
		if (sourceTime < 0 || sourceTime > TIME_MASK) {
			throw new IllegalArgumentException("source time " + sourceTime + " outside the storable range 1970..2109");
		}
		return ((long) variableId << TIME_BITS) | sourceTime;
	}

	public static int variableId(long key) {
		return (int) (key >>> TIME_BITS);
	}

	public static long time(long key) {
		return key & TIME_MASK;
	}

	/** Clamps a query bound into the storable time range. */
	public static long clampTime(long time) {
		return Math.max(0, Math.min(TIME_MASK, time));
	}
}
