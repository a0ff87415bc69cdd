package tandem.runtime.api.history;

import java.util.List;

/** The answer to an {@link AlarmHistoryQuery}; {@code truncated} when the limit cut it short. */
public record AlarmHistory(List<AlarmOccurrence> occurrences, boolean truncated, String node) {

	public AlarmHistory {
		occurrences = List.copyOf(occurrences);
	}
}
