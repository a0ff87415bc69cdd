package tandem.runtime.core.alarm;

/** An alarm occurrence in the active list. */
public record ActiveAlarm(String alarm, String variable, long raiseTime, int priority, String text, boolean acknowledged,
		boolean cleared) {

	public String occurrenceKey() {
		return "alarm:" + alarm + "@" + raiseTime;
	}
}
