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
 * @param value     the variable value at this step (NaN for acknowledgements)
 * @param priority  alarm class priority, for lists
 * @param text      alarm text as configured
 */
public record AlarmTransition(String alarm, long raiseTime, TransitionKind kind, long time, String user, double value,
		int priority, String text) implements Fact {

	public AlarmTransition {
		Objects.requireNonNull(alarm, "alarm");
		Objects.requireNonNull(kind, "kind");
		user = user == null ? "" : user;
		text = text == null ? "" : text;
	}

	/** The identity of the alarm occurrence, shared by all its transitions. */
	public String occurrenceKey() {
		return "alarm:" + alarm + "@" + raiseTime;
	}

	@Override
	public String key() {
		return occurrenceKey() + ":" + kind;
	}
}
