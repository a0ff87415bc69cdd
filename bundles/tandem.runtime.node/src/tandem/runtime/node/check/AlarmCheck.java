package tandem.runtime.node.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.runtime.history.h2.AlarmRecord;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * Compares a node's alarm occurrences with the episodes the plant caused ({@link AlarmTruth}). Each occurrence
 * belongs to the episode that held when it was raised. Per episode that overlaps the window: no occurrence for an
 * episode raised in it is a lost alarm; two or more are a duplicated alarm (the defect of an alarm raised again after
 * a role change); the first one raised at another time (for an episode raised in the window), or cleared at another
 * time than the episode ended, or still active although it ended (a ghost), has the wrong time. An occurrence raised
 * in the window while no episode held is unexpected.
 * Occurrences merged into another ({@code MERGED}) are in no list and are only counted.
 */
final class AlarmCheck {

	private final AlarmTruth truth;

	AlarmCheck(AlarmTruth truth) {
		this.truth = truth;
	}

	void judge(HistoryQueries history, long from, long to, NodeVerdict verdict) {
		Map<String, List<AlarmRecord>> byAlarm = new HashMap<>();
		List<AlarmRecord> all = new ArrayList<>(history.alarms(from - AlarmTruth.WARM_UP_MS, to + 1, true));
		for (AlarmRecord active : history.activeAlarms()) {
			if (active.raiseTime() < from - AlarmTruth.WARM_UP_MS) {
				all.add(active); // an old standing or ghost occurrence still spans the window
			}
		}
		for (AlarmRecord r : all) {
			if (r.mergedInto() != null) {
				verdict.alarmMerged++;
			} else {
				byAlarm.computeIfAbsent(r.alarm(), a -> new ArrayList<>()).add(r);
			}
		}
		truth.episodes().forEach((alarm, episodes) -> judge(alarm, episodes,
				byAlarm.getOrDefault(alarm, List.of()), from, to, verdict));
	}

	private static void judge(String alarm, List<AlarmTruth.Episode> episodes, List<AlarmRecord> records, long from,
			long to, NodeVerdict verdict) {
		List<AlarmRecord> unexplained = new ArrayList<>(records);
		for (AlarmTruth.Episode e : episodes) {
			if (e.raise() > to || e.clear() >= 0 && e.clear() < from) {
				continue;
			}
			// the occurrences raised while this episode held: one is right, more are the same alarm again
			List<AlarmRecord> raisedInIt = records.stream()
					.filter(r -> r.raiseTime() >= e.raise() && (e.clear() < 0 || r.raiseTime() < e.clear())).toList();
			unexplained.removeAll(raisedInIt);
			boolean inWindow = e.raise() >= from;
			String name = alarm + "@" + java.time.Instant.ofEpochMilli(e.raise());
			if (raisedInIt.isEmpty()) {
				if (inWindow) {
					verdict.alarmLost++;
					verdict.example("lost alarm " + name);
				}
				continue;
			}
			verdict.alarmFound++;
			if (raisedInIt.size() > 1) {
				verdict.alarmDuplicated += raisedInIt.size() - 1;
				verdict.example("alarm " + name + " recorded " + raisedInIt.size() + " times: "
						+ raisedInIt.stream().map(r -> java.time.Instant.ofEpochMilli(r.raiseTime())).toList());
			}
			AlarmRecord first = raisedInIt.get(0);
			boolean endedInWindow = e.clear() >= from && e.clear() <= to;
			if (inWindow && first.raiseTime() != e.raise()) {
				verdict.alarmWrongTime++;
				verdict.example("alarm " + name + " raised at " + java.time.Instant.ofEpochMilli(first.raiseTime()));
			} else if (endedInWindow && !Long.valueOf(e.clear()).equals(first.clearTime())) {
				verdict.alarmWrongTime++;
				verdict.example("alarm " + name + " cleared at "
						+ (first.clearTime() == null ? "never (still active: a ghost)"
								: java.time.Instant.ofEpochMilli(first.clearTime()))
						+ " instead of " + java.time.Instant.ofEpochMilli(e.clear()));
			}
		}
		for (AlarmRecord r : unexplained) {
			if (r.raiseTime() >= from && r.raiseTime() <= to) {
				verdict.alarmUnexpected++;
				verdict.example("unexpected alarm " + alarm + "@" + java.time.Instant.ofEpochMilli(r.raiseTime()));
			}
		}
	}
}
