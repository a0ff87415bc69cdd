package tandem.runtime.core.alarm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.runtime.api.Value;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.core.config.AlarmDefinition;

/**
 * State of one alarm definition: whether its condition is pending (delay running), the current occurrence, and
 * older occurrences that cleared but wait for an acknowledgement. Decisions use source times only, never the
 * clock, so two nodes fed the same values take the same steps.
 *
 * <p>Besides its own evaluation it can {@link #follow} the transitions another node recorded (a standby follows its
 * server), so that the occurrence it continues after a takeover is the recorded one, and it remembers since when the
 * condition has not held ({@link #clearSince()}), which ends an occurrence found active in a history after the fact.
 */
final class AlarmTracker {

	private static final int REMEMBERED_ENDED = 64;

	static final class Occurrence {
		long raiseTime;
		boolean acknowledged;
		/** Taken from this node's history at start and not yet seen to hold here. */
		boolean restored;
		/** The time of the value before the condition began to hold in this node's view (it did not hold then). */
		long heldAfter;
		/** Whether the condition already held at this node's first value, or its first after a gap in its view. */
		boolean startUnknown;

		Occurrence(long raiseTime, boolean acknowledged) {
			this.raiseTime = raiseTime;
			this.acknowledged = acknowledged;
		}
	}

	private final AlarmDefinition definition;
	private Long conditionSince;
	private boolean conditionSinceUnknown;
	private long conditionAfter;
	private Occurrence current;
	private final Map<Long, Occurrence> clearedUnacknowledged = new LinkedHashMap<>();
	/** Raise times of occurrences that ended here (cleared or merged), so a late copy of their RAISED is no news. */
	private final Set<Long> ended = new LinkedHashSet<>();
	/** Source time since which the value has been outside the clear condition's band; null while it is inside. */
	private Long clearSince;
	private boolean evaluated;
	private boolean restoredEndHere = true;
	private boolean restoredGone;
	/** A pause between two evaluated values longer than this is a gap in this node's view (0: not watched). */
	private long gapMillis;
	private Long lastTime;

	AlarmTracker(AlarmDefinition definition) {
		this.definition = definition;
	}

	AlarmDefinition definition() {
		return definition;
	}

	/** Evaluates a new value; returns the transition it causes, or null. Values that are not GOOD change nothing. */
	AlarmTransition evaluate(Value value) {
		if (!value.isGood()) {
			return null;
		}
		double x = value.asDouble();
		long t = value.sourceTime();
		if (Double.isNaN(x)) {
			return null;
		}
		boolean firstOrAfterGap = !evaluated || gapMillis > 0 && lastTime != null && t - lastTime > gapMillis;
		long previous = lastTime == null ? Long.MIN_VALUE : lastTime;
		evaluated = true;
		if (current != null && gapMillis > 0 && lastTime != null && t - lastTime > gapMillis) {
			// this node saw nothing for a while (paused, stalled): whether the condition ended in the gap, and when,
			// it does not know; like a restored occurrence, the recorded history decides
			current.restored = true;
		}
		lastTime = t;
		if (definition.inAlarm(x, true)) {
			clearSince = null;
		} else if (clearSince == null) {
			clearSince = t;
		}
		boolean condition = definition.inAlarm(x, current != null);
		if (current == null) {
			if (!condition) {
				conditionSince = null;
				return null;
			}
			if (conditionSince == null) {
				conditionSince = t;
				conditionSinceUnknown = firstOrAfterGap;
				conditionAfter = previous;
			}
			if (t - conditionSince < definition.delayMillis()) {
				return null;
			}
			current = new Occurrence(t, false);
			current.heldAfter = conditionAfter;
			current.startUnknown = conditionSinceUnknown;
			conditionSince = null;
			return transition(t, TransitionKind.RAISED, t, "", x);
		}
		if (condition) {
			// only a value in alarm proves the condition holds here; one inside the hysteresis band may follow an
			// end this node did not see (while it was away the value left the band, the survivor cleared it, and
			// came back into the band), so the occurrence stays the history's to end
			if (definition.inAlarm(x, false)) {
				current.restored = false;
			}
			return null;
		}
		if (current.restored && !restoredEndHere) {
			current = null; // it ended while this node was away: when, its history does not say (see restore)
			restoredGone = true;
			return null;
		}
		Occurrence done = current;
		current = null;
		remember(done.raiseTime);
		boolean waits = !done.acknowledged && definition.ackRequired();
		if (waits) {
			clearedUnacknowledged.put(done.raiseTime, done);
		}
		return transition(done.raiseTime, waits ? TransitionKind.CLEARED_UNACKNOWLEDGED : TransitionKind.CLEARED, t,
				"", x);
	}

	/**
	 * Whether an occurrence another node raised at {@code raiseTime} is the current one, raised here later: the
	 * other node's condition began (at the latest) one delay before its raise, after the last value this node saw
	 * outside the condition, or this node cannot tell (the condition held at its first value, or its first after a
	 * gap); so the other node saw the delay run out first.
	 */
	boolean raisedHereLater(long raiseTime) {
		return current != null && !current.restored && current.raiseTime > raiseTime
				&& (current.startUnknown || raiseTime - definition.delayMillis() > current.heldAfter);
	}

	/** Acknowledges the occurrence raised at {@code raiseTime}; null when there is none waiting for it. */
	AlarmTransition acknowledge(long raiseTime, String user, long time) {
		if (current != null && current.raiseTime == raiseTime && !current.acknowledged) {
			current.acknowledged = true;
			return transition(raiseTime, TransitionKind.ACKNOWLEDGED, time, user, Double.NaN);
		}
		Occurrence waiting = clearedUnacknowledged.remove(raiseTime);
		if (waiting != null) {
			return transition(raiseTime, TransitionKind.ACKNOWLEDGED, time, user, Double.NaN);
		}
		return null;
	}

	/** Whether an occurrence that turns out to have ended while this node was away is cleared here (see restore). */
	void endRestoredHere(boolean endHere) {
		restoredEndHere = endHere;
	}

	/** Watches for gaps in the values this tracker sees (see {@link #evaluate}). */
	void watchForGaps(long gapMillis) {
		this.gapMillis = gapMillis;
	}

	/**
	 * Takes over an occurrence found active in the history at start-up. If the first value says the condition no
	 * longer holds, it ended while this node was away; with {@code endHere} false this tracker does not clear it at
	 * that value's time (which may be long after the end) but drops it and reports it ({@link #takeRestoredGone()}),
	 * for the serving node to clear it at the end its history shows.
	 */
	void restore(long raiseTime, boolean acknowledged, boolean cleared) {
		if (cleared) {
			clearedUnacknowledged.put(raiseTime, new Occurrence(raiseTime, false));
		} else if (current == null || current.raiseTime < raiseTime) {
			current = new Occurrence(raiseTime, acknowledged);
			current.restored = true;
		}
	}

	/** Whether a restored occurrence was dropped since the last call (see {@link #restore}). */
	boolean takeRestoredGone() {
		boolean gone = restoredGone;
		restoredGone = false;
		return gone;
	}

	/**
	 * Follows a transition the serving node recorded: its occurrence becomes this tracker's, whatever this tracker
	 * raised itself. Returns the raise time of an occurrence of this tracker's own that the recorded one replaces
	 * (its facts must not be recorded), or null.
	 */
	Long follow(AlarmTransition t) {
		long r = t.raiseTime();
		switch (t.kind()) {
		case RAISED -> {
			if (ended.contains(r) || clearedUnacknowledged.containsKey(r)
					|| current != null && current.raiseTime == r) {
				return null;
			}
			Long replaced = current == null ? null : current.raiseTime;
			current = new Occurrence(r, false);
			conditionSince = null;
			return replaced;
		}
		case ACKNOWLEDGED -> acknowledge(r, t.user(), t.time());
		case CLEARED, CLEARED_UNACKNOWLEDGED -> {
			if (current != null && current.raiseTime == r) {
				Occurrence done = current;
				current = null;
				if (t.kind() == TransitionKind.CLEARED_UNACKNOWLEDGED) {
					clearedUnacknowledged.put(r, done);
				}
			} else if (t.kind() == TransitionKind.CLEARED) {
				clearedUnacknowledged.remove(r);
			}
			remember(r);
		}
		case MERGED -> continueAs(r, t.mergedInto(), false);
		}
		return null;
	}

	/** The occurrence raised at {@code from} is the same alarm as the one raised at {@code into}. */
	void continueAs(long from, long into, boolean acknowledged) {
		if (current != null && current.raiseTime == from) {
			current.raiseTime = into;
			current.acknowledged |= acknowledged;
		} else if (current == null && clearedUnacknowledged.remove(from) != null) {
			clearedUnacknowledged.putIfAbsent(into, new Occurrence(into, acknowledged));
		}
		remember(from);
	}

	/** Makes an occurrence found active in the history the current one (the condition holds on, as far as known). */
	void adopt(long raiseTime, boolean acknowledged) {
		if (current == null) {
			current = new Occurrence(raiseTime, acknowledged);
			conditionSince = null;
		}
	}

	/** Records that an occurrence ended elsewhere (a decision of the reconciliation) so it is not taken up again. */
	void ended(long raiseTime) {
		clearedUnacknowledged.remove(raiseTime);
		if (current != null && current.raiseTime == raiseTime) {
			current = null;
		}
		remember(raiseTime);
	}

	/** An occurrence found in the history ended elsewhere; when it waits for an acknowledgement it is listed. */
	void endedElsewhere(long raiseTime, boolean waitsForAcknowledgement) {
		ended(raiseTime);
		if (waitsForAcknowledgement) {
			clearedUnacknowledged.put(raiseTime, new Occurrence(raiseTime, false));
		}
	}

	/** Whether a recorded transition names an occurrence this tracker does not hold and has not ended. */
	boolean isNews(AlarmTransition t) {
		long r = t.raiseTime();
		return !(current != null && current.raiseTime == r) && !clearedUnacknowledged.containsKey(r)
				&& !ended.contains(r);
	}

	/** Whether the occurrence raised at {@code raiseTime} ended (cleared or merged) on this tracker. */
	boolean hasEnded(long raiseTime) {
		return ended.contains(raiseTime);
	}

	/** The current occurrence's raise time, or null. */
	Long currentRaiseTime() {
		return current == null ? null : current.raiseTime;
	}

	boolean currentAcknowledged() {
		return current != null && current.acknowledged;
	}

	/** Source time since which the condition's clear band has held, or null (inside it, or nothing evaluated). */
	Long clearSince() {
		return clearSince;
	}

	/** Whether this tracker has evaluated a GOOD value yet. */
	boolean evaluated() {
		return evaluated;
	}

	private void remember(long raiseTime) {
		ended.add(raiseTime);
		if (ended.size() > REMEMBERED_ENDED) {
			var it = ended.iterator();
			it.next();
			it.remove();
		}
	}

	List<ActiveAlarm> active() {
		List<ActiveAlarm> out = new ArrayList<>();
		if (current != null) {
			out.add(active(current, false));
		}
		clearedUnacknowledged.values().forEach(o -> out.add(active(o, true)));
		return out;
	}

	private ActiveAlarm active(Occurrence o, boolean cleared) {
		return new ActiveAlarm(definition.id(), definition.variable(), o.raiseTime, definition.priority(),
				definition.text(), o.acknowledged, cleared);
	}

	AlarmTransition transition(long raiseTime, TransitionKind kind, long time, String user, double value) {
		return new AlarmTransition(definition.id(), raiseTime, kind, time, user, value, definition.priority(),
				definition.text());
	}
}
