package tandem.runtime.node.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.history.h2.AlarmRecord;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * Compares a node's chronological event list with the alarm episodes the plant caused ({@link AlarmTruth}): what
 * an operator reads in the CEL must tell the same story as the alarm list. For every episode raised in the window
 * the CEL holds one RAISED line at its raise time and, if it ended in the window, one CLEARED (or, for an alarm that
 * needs acknowledging, CLEARED_UNACKNOWLEDGED) line at its end; a
 * missing line (or one at another time) is lost. A RAISED or CLEARED line of an occurrence raised in the window that
 * no episode explains is unexpected (an alarm raised twice shows here as a second RAISED line), unless that
 * occurrence was merged into another ({@code MERGED}: two sides of a partition each raised it; counted there).
 * Acknowledgements are the operators' doing, not the plant's, and are not judged; confirmed operator actions are
 * judged by {@link NodeVerdict#compareActions}.
 */
final class CelCheck {

	private final AlarmTruth truth;

	CelCheck(AlarmTruth truth) {
		this.truth = truth;
	}

	void judge(HistoryQueries history, long from, long to, NodeVerdict verdict) {
		Map<String, CelEntry> lines = new HashMap<>();
		for (CelEntry e : history.cel(new CelQuery(from, to + 1, Set.of(CelCategory.ALARM), "", "", "",
				Integer.MAX_VALUE))) {
			lines.put(e.key(), e);
		}
		Set<String> merged = new HashSet<>();
		for (AlarmRecord r : history.alarms(from - AlarmTruth.WARM_UP_MS, to + 1, true)) {
			if (r.mergedInto() != null) {
				merged.add("alarm:" + r.alarm() + "@" + r.raiseTime());
			}
		}
		Set<String> expected = new HashSet<>();
		truth.episodes().forEach((alarm, episodes) -> {
			for (AlarmTruth.Episode e : episodes) {
				if (e.raise() < from || e.raise() > to) {
					continue;
				}
				String occurrence = "alarm:" + alarm + "@" + e.raise();
				expect(lines, List.of(occurrence + ":RAISED"), e.raise(), expected, verdict);
				if (e.clear() >= from && e.clear() <= to) { // one of the two: an alarm that needs acknowledging
					expect(lines, List.of(occurrence + ":CLEARED", occurrence + ":CLEARED_UNACKNOWLEDGED"), e.clear(),
							expected, verdict);
				}
			}
		});
		for (CelEntry e : lines.values()) {
			String key = e.key();
			boolean judged = key.endsWith(":RAISED") || key.endsWith(":CLEARED")
					|| key.endsWith(":CLEARED_UNACKNOWLEDGED");
			int at = key.lastIndexOf('@');
			int kind = key.lastIndexOf(':');
			if (!judged || at < 0 || kind < at || expected.contains(key)) {
				continue;
			}
			String occurrence = key.substring(0, kind);
			String alarm = key.substring("alarm:".length(), at);
			long raise;
			try {
				raise = Long.parseLong(key.substring(at + 1, kind));
			} catch (NumberFormatException ex) {
				continue;
			}
			if (truth.episodes().containsKey(alarm) && raise >= from && raise <= to && !merged.contains(occurrence)) {
				verdict.celUnexpected++;
				verdict.example("unexpected CEL line " + key + " at " + java.time.Instant.ofEpochMilli(e.time()));
			}
		}
	}

	/** One line of {@code keys} (alternatives of one transition) at {@code time}; both present is one too many. */
	private static void expect(Map<String, CelEntry> lines, List<String> keys, long time, Set<String> expected,
			NodeVerdict verdict) {
		expected.addAll(keys);
		List<CelEntry> found = keys.stream().map(lines::get).filter(java.util.Objects::nonNull).toList();
		if (found.isEmpty()) {
			verdict.celLost++;
			verdict.example("lost CEL line " + keys.get(0));
		} else if (found.get(0).time() != time) {
			verdict.celLost++;
			verdict.example("CEL line " + found.get(0).key() + " at " + java.time.Instant.ofEpochMilli(found.get(0)
					.time()) + " instead of " + java.time.Instant.ofEpochMilli(time));
		} else if (found.size() > 1) {
			verdict.celUnexpected++;
			verdict.example("unexpected CEL line " + found.get(1).key() + " beside " + found.get(0).key());
		}
	}
}
