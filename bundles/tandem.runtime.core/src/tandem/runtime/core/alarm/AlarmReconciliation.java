package tandem.runtime.core.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.history.h2.AlarmRecord;

/**
 * Makes one alarm definition's recorded occurrences agree with "one continuous condition is one alarm", on the node
 * that serves, after its history received occurrences it did not raise itself (alignment after a partition or a
 * restart, a takeover). Two rules, in this order:
 * <ol>
 * <li><b>No ghosts.</b> An occurrence still active in the history that this engine does not hold ended while its
 * owner was down or degraded: it is cleared at the first recorded value after its raise that is outside the alarm
 * (hysteresis included), and when no such value was archived, at the time since which this engine has seen the
 * condition not hold, provided no later occurrence was raised in between (then rule 2 decides).</li>
 * <li><b>One episode.</b> Occurrences whose time spans overlap (one raised before the other cleared, or while it was
 * still active) are one continuous condition: the later is merged into the earliest ({@link TransitionKind#MERGED},
 * the raise time of the node that first raised it wins) and an acknowledgement of the later carries over to it.</li>
 * </ol>
 * Every decision is a fact that only depends on the occurrences, so two nodes deciding the same merge record the
 * same keys. The engine then continues the surviving occurrence.
 */
final class AlarmReconciliation {

	/** The first recorded value of an alarm's variable outside the alarm in {@code (after, before)}, or null. */
	interface ClearFinder {
		Long firstClear(AlarmDefinition definition, long afterExclusive, long beforeExclusive);
	}

	private static final class Episode {
		final long raise;
		Long clear;
		boolean acknowledged;
		String ackUser = "";
		long ackTime;

		Episode(long raise, Long clear, boolean acknowledged) {
			this.raise = raise;
			this.clear = clear;
			this.acknowledged = acknowledged;
		}
	}

	private AlarmReconciliation() {
	}

	/** Decides for one tracker; updates it and returns the facts to record (empty when all agree). */
	static List<AlarmTransition> reconcile(AlarmTracker tracker, List<AlarmRecord> records, ClearFinder finder,
			long now) {
		AlarmDefinition d = tracker.definition();
		TreeMap<Long, Episode> episodes = new TreeMap<>();
		for (AlarmRecord r : records) {
			boolean endingHere = r.clearTime() == null && tracker.hasEnded(r.raiseTime()); // its end is on its way
			if (r.mergedInto() == null && r.alarm().equals(d.id()) && !endingHere) {
				Episode e = new Episode(r.raiseTime(), r.clearTime(), r.acknowledged());
				e.ackUser = r.ackUser() == null ? "" : r.ackUser();
				e.ackTime = r.ackTime() == null ? 0 : r.ackTime();
				episodes.put(r.raiseTime(), e);
			}
		}
		Long current = tracker.currentRaiseTime();
		if (current != null) {
			episodes.computeIfAbsent(current, c -> new Episode(c, null, tracker.currentAcknowledged()));
		}
		List<AlarmTransition> out = new ArrayList<>();
		endGhosts(tracker, episodes, current, finder, now, out);
		mergeOverlaps(tracker, episodes, current, out);
		if (tracker.currentRaiseTime() == null) {
			episodes.values().stream().filter(e -> e.clear == null).findFirst()
					.ifPresent(e -> tracker.adopt(e.raise, e.acknowledged));
		}
		return out;
	}

	private static void endGhosts(AlarmTracker tracker, TreeMap<Long, Episode> episodes, Long current,
			ClearFinder finder, long now, List<AlarmTransition> out) {
		for (Episode e : episodes.values()) {
			if (e.clear != null || Objects.equals(e.raise, current)) {
				continue;
			}
			Long next = episodes.higherKey(e.raise);
			Long end = finder.firstClear(tracker.definition(), e.raise, next == null ? now + 1 : next);
			Long since = tracker.clearSince();
			if (end == null && next == null && current == null && since != null && since > e.raise) {
				end = since;
			}
			if (end != null) {
				e.clear = end;
				boolean waits = !e.acknowledged && tracker.definition().ackRequired();
				out.add(tracker.transition(e.raise,
						waits ? TransitionKind.CLEARED_UNACKNOWLEDGED : TransitionKind.CLEARED, end, "", Double.NaN));
				tracker.endedElsewhere(e.raise, waits);
			}
		}
	}

	private static void mergeOverlaps(AlarmTracker tracker, TreeMap<Long, Episode> episodes, Long current,
			List<AlarmTransition> out) {
		AlarmDefinition d = tracker.definition();
		Episode survivor = null;
		for (Episode e : new ArrayList<>(episodes.values())) {
			boolean overlaps = survivor != null && (survivor.clear == null || e.raise < survivor.clear);
			boolean isCurrent = Objects.equals(e.raise, current);
			if (!overlaps || isCurrent && survivor.clear != null) {
				survivor = e; // a current occurrence raised again after the other side saw the condition end
				continue;
			}
			out.add(AlarmTransition.merged(d.id(), e.raise, survivor.raise, d.priority(), d.text()));
			if (e.acknowledged && !survivor.acknowledged) {
				survivor.acknowledged = true;
				out.add(tracker.transition(survivor.raise, TransitionKind.ACKNOWLEDGED, e.ackTime, e.ackUser,
						Double.NaN));
			}
			if (isCurrent) {
				tracker.continueAs(e.raise, survivor.raise, survivor.acknowledged);
			} else {
				tracker.ended(e.raise);
				if (survivor.clear != null && e.clear != null) {
					survivor.clear = Math.max(survivor.clear, e.clear);
				} else if (survivor.clear == null && e.clear != null && !Objects.equals(survivor.raise, current)) {
					// the survivor's owner never saw the condition end; the merged occurrence's did
					survivor.clear = e.clear;
					boolean waits = !survivor.acknowledged && d.ackRequired();
					out.add(tracker.transition(survivor.raise,
							waits ? TransitionKind.CLEARED_UNACKNOWLEDGED : TransitionKind.CLEARED, e.clear, "",
							Double.NaN));
					tracker.endedElsewhere(survivor.raise, waits);
				}
			}
			episodes.remove(e.raise);
		}
	}
}
