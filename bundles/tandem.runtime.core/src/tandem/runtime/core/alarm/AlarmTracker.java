package tandem.runtime.core.alarm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.runtime.api.Value;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.core.config.AlarmDefinition;

/**
 * State of one alarm definition: whether its condition is pending (delay running), the current occurrence, and
 * older occurrences that cleared but wait for an acknowledgement. Decisions use source times only, never the
 * clock, so two nodes fed the same values take the same steps.
 */
final class AlarmTracker {

	private static final class Occurrence {
		final long raiseTime;
		boolean acknowledged;

		Occurrence(long raiseTime, boolean acknowledged) {
			this.raiseTime = raiseTime;
			this.acknowledged = acknowledged;
		}
	}

	private final AlarmDefinition definition;
	private Long conditionSince;
	private Occurrence current;
	private final Map<Long, Occurrence> clearedUnacknowledged = new LinkedHashMap<>();

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
		boolean condition = definition.inAlarm(x, current != null);
		if (current == null) {
			if (!condition) {
				conditionSince = null;
				return null;
			}
			if (conditionSince == null) {
				conditionSince = t;
			}
			if (t - conditionSince < definition.delayMillis()) {
				return null;
			}
			current = new Occurrence(t, false);
			conditionSince = null;
			return transition(t, TransitionKind.RAISED, t, "", x);
		}
		if (condition) {
			return null;
		}
		Occurrence ended = current;
		current = null;
		boolean waits = !ended.acknowledged && definition.ackRequired();
		if (waits) {
			clearedUnacknowledged.put(ended.raiseTime, ended);
		}
		return transition(ended.raiseTime, waits ? TransitionKind.CLEARED_UNACKNOWLEDGED : TransitionKind.CLEARED, t,
				"", x);
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

	/** Takes over an occurrence found active in the history at start-up. */
	void restore(long raiseTime, boolean acknowledged, boolean cleared) {
		if (cleared) {
			clearedUnacknowledged.put(raiseTime, new Occurrence(raiseTime, false));
		} else if (current == null || current.raiseTime < raiseTime) {
			current = new Occurrence(raiseTime, acknowledged);
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

	private AlarmTransition transition(long raiseTime, TransitionKind kind, long time, String user, double value) {
		return new AlarmTransition(definition.id(), raiseTime, kind, time, user, value, definition.priority(),
				definition.text());
	}
}
