package tandem.runtime.api.client;

/**
 * One active alarm occurrence as an operator list shows it.
 *
 * @param occurrenceKey (alarm definition, raise source time) key, used to acknowledge it
 * @param alarm         alarm definition id
 * @param variable      the variable the alarm watches
 * @param raiseTime     source time of the raising value (epoch ms)
 * @param priority      alarm class priority (higher = more urgent, as in the project model; lists sort by it)
 * @param text          configured alarm text
 * @param acknowledged  whether an operator has acknowledged it
 * @param cleared       whether the condition has gone (an unacknowledged cleared alarm stays listed)
 */
public record AlarmState(String occurrenceKey, String alarm, String variable, long raiseTime, int priority, String text,
		boolean acknowledged, boolean cleared) {
}
