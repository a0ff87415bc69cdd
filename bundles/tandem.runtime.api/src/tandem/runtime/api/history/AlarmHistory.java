package tandem.runtime.api.history;

import java.util.List;

/**
 * One page of alarm history, newest first, as the node named {@code node} answered an {@link AlarmHistoryQuery};
 * {@code more} when older occurrences of the range follow ({@link AlarmHistoryQuery#after} the last one asks for them).
 */
public record AlarmHistory(List<AlarmOccurrence> occurrences, boolean more, String node) {

	public AlarmHistory {
		occurrences = List.copyOf(occurrences);
	}
}
