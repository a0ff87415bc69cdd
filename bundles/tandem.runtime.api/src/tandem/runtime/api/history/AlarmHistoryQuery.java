package tandem.runtime.api.history;

/**
 * One page of the alarm occurrences raised in {@code [from, to)}, newest first: ordered by raise time, then alarm id
 * (the occurrence's natural key), both descending. A following page starts strictly before the last occurrence of the
 * previous one ({@code beforeTime}/{@code beforeAlarm}; {@link Long#MAX_VALUE} and "" for the first page) — a keyset,
 * not an offset, so occurrences recorded between two pages never shift or repeat a page, and two occurrences raised
 * at the same millisecond are told apart by their alarm id.
 */
public record AlarmHistoryQuery(long from, long to, long beforeTime, String beforeAlarm, int pageSize) {

	/** The bound of one page: what a cluster message carries comfortably (about 100 bytes an occurrence). */
	public static final int MAX_PAGE = 2_000;

	public AlarmHistoryQuery {
		beforeAlarm = beforeAlarm == null ? "" : beforeAlarm;
		if (to <= from) {
			throw new IllegalArgumentException("alarm history: the range ends before it starts");
		}
		if (pageSize < 1 || pageSize > MAX_PAGE) {
			throw new IllegalArgumentException("alarm history: page size " + pageSize + "; allowed 1 to " + MAX_PAGE);
		}
	}

	/** The newest page of the range. */
	public static AlarmHistoryQuery newest(long from, long to, int pageSize) {
		return new AlarmHistoryQuery(from, to, Long.MAX_VALUE, "", pageSize);
	}

	public boolean first() {
		return beforeTime == Long.MAX_VALUE;
	}

	/** The page after one that ended with the given occurrence. */
	public AlarmHistoryQuery after(AlarmOccurrence last) {
		return new AlarmHistoryQuery(from, to, last.raiseTime(), last.alarm(), pageSize);
	}
}
