package tandem.runtime.core.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * Deletes what is older than its retention: samples per variable (the longest retention of the archives that hold
 * it wins), CEL lines and finished alarms. A retention of 0 days keeps forever.
 */
public final class Retention {

	private static final long DAY = 86_400_000L;

	private final Map<String, Integer> daysByVariable = new HashMap<>();
	private final int celDays;

	public Retention(List<ArchiveDefinition> archives, int celDays) {
		for (ArchiveDefinition a : archives) {
			for (String v : a.variables()) {
				int days = a.retentionDays() <= 0 ? Integer.MAX_VALUE : a.retentionDays();
				daysByVariable.merge(v, days, Math::max);
			}
		}
		this.celDays = celDays;
	}

	/** Applies retention as of {@code now}; returns the number of deleted rows. */
	public long apply(HistoryQueries history, long now) {
		long deleted = 0;
		for (Map.Entry<String, Integer> e : daysByVariable.entrySet()) {
			if (e.getValue() != Integer.MAX_VALUE) {
				deleted += history.deleteSamplesBefore(e.getKey(), now - e.getValue() * DAY);
			}
		}
		if (celDays > 0) {
			deleted += history.deleteEventsBefore(now - celDays * DAY);
		}
		return deleted;
	}
}
