package tandem.runtime.history.h2.internal;

/**
 * Packs (source time, variable id) into one BIGINT, time first: 42 bits of epoch milliseconds (until the year
 * 2109) above 21 bits of id (2 million variables). Time-major order makes recording an append at the right edge of
 * H2's B-tree: measured on 2 cores with 5,000 variables, 270–300k rows/s against 20–50k rows/s for a
 * variable-major key, whose every commit rewrites one leaf page per variable. The price: a query for one variable
 * scans the rows of all variables in its time range (filtered by id in SQL).
 */
public final class SampleKey {

	public static final int ID_BITS = 21;
	public static final long ID_MASK = (1L << ID_BITS) - 1;
	public static final long MAX_TIME = (1L << 42) - 1;
	public static final int MAX_VARIABLES = 1 << ID_BITS;

	private SampleKey() {
	}

	public static long of(int variableId, long sourceTime) {
		if (sourceTime < 0 || sourceTime > MAX_TIME) {
			throw new IllegalArgumentException("source time " + sourceTime + " outside the storable range 1970..2109");
		}
		return (sourceTime << ID_BITS) | variableId;
	}

	public static int variableId(long key) {
		return (int) (key & ID_MASK);
	}

	public static long time(long key) {
		return key >>> ID_BITS;
	}

	/** Clamps a query bound into the storable time range. */
	public static long clampTime(long time) {
		return Math.max(0, Math.min(MAX_TIME, time));
	}
}
