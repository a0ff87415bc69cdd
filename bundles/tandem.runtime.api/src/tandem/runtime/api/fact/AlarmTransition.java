package tandem.runtime.api.fact;

import java.util.Objects;

/**
 * One step of one alarm occurrence. The occurrence is identified by (alarm definition, raise source time); the
 * transition adds its kind, so the same step observed on two nodes has one key.
 *
 * @param alarm     the alarm definition id (e.g. {@code TankLevelAlarm.HIGH})
 * @param raiseTime source time of the value that raised the alarm
 * @param kind      which step
 * @param time      source time of this step (the value that cleared it, or the acknowledgement time)
 * @param user      the acknowledging user, empty for the other steps
 * @param value     the variable value at this step (NaN for acknowledgements; for {@link TransitionKind#MERGED}
 *                  the raise time of the occurrence this one is merged into, see {@link #mergedInto()})
 * @param priority  alarm class priority, for lists
 * @param text      alarm text as configured
 * @param node      the node whose alarm engine (or, for an acknowledgement, whose operator desk) recorded this step, for
 *                  the event list; empty when not known (histories written before the node was kept). Not part of
 *                  the identity: the same step observed on two nodes is one fact, kept as first stored.
 */
public record AlarmTransition(String alarm, long raiseTime, TransitionKind kind, long time, String user, double value,
		int priority, String text, String node) implements Fact {

	public AlarmTransition {
		Objects.requireNonNull(alarm, "alarm");
		Objects.requireNonNull(kind, "kind");
		user = user == null ? "" : user;
		text = text == null ? "" : text;
		node = node == null ? "" : node;
	}

	/** A step whose recording node is not (yet) known: {@link #withNode} names it where it is recorded. */
	public AlarmTransition(String alarm, long raiseTime, TransitionKind kind, long time, String user, double value,
			int priority, String text) {
		this(alarm, raiseTime, kind, time, user, value, priority, text, "");
	}

	/** This step as recorded by {@code recordedBy}; unchanged when it already names a node. */
	public AlarmTransition withNode(String recordedBy) {
		return node.isEmpty() ? new AlarmTransition(alarm, raiseTime, kind, time, user, value, priority, text, recordedBy)
				: this;
	}

	/**
	 * Declares the occurrence raised at {@code raiseTime} the same alarm as the one raised at {@code into} (see
	 * {@link TransitionKind#MERGED}).
	 */
	public static AlarmTransition merged(String alarm, long raiseTime, long into, int priority, String text) {
		if (into >= raiseTime) {
			throw new IllegalArgumentException("alarm " + alarm + ": the occurrence raised at " + raiseTime
					+ " can only be merged into an earlier one, not into " + into);
		}
		return new AlarmTransition(alarm, raiseTime, TransitionKind.MERGED, raiseTime, "", into, priority, text);
	}

	/** For {@link TransitionKind#MERGED}: the raise time of the surviving occurrence; otherwise -1. */
	public long mergedInto() {
		return kind == TransitionKind.MERGED ? (long) value : -1;
	}

	/** The identity of the alarm occurrence, shared by all its transitions. */
	public String occurrenceKey() {
		return "alarm:" + alarm + "@" + raiseTime;
	}

	@Override
	public String key() {
		return occurrenceKey() + ":" + kind;
	}

	/**
	 * Equal when every field but {@code node} is: the node is where the fact was recorded, not what it says, so the
	 * same fact stored by two nodes (one the other's copy, or each its own observation) stays one fact.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof AlarmTransition o && alarm.equals(o.alarm) && raiseTime == o.raiseTime && kind == o.kind && time == o.time && user.equals(o.user)
				&& Double.compare(value, o.value) == 0 && priority == o.priority && text.equals(o.text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(alarm, raiseTime, kind, time, user, value, priority, text);
	}
}
