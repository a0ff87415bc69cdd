package tandem.runtime.api.history;

/** Alarm occurrences raised in {@code [from, to)}, oldest first, at most {@code limit} of them. */
public record AlarmHistoryQuery(long from, long to, int limit) {

	public static final int MAX_LIMIT = 20_000;

	public AlarmHistoryQuery {
		if (to <= from) {
			throw new IllegalArgumentException("alarm history: the range ends before it starts");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("alarm history: limit " + limit + "; allowed 1 to " + MAX_LIMIT);
		}
	}
}
