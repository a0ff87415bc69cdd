package tandem.runtime.api.history;

/**
 * One occurrence of an alarm in the history: raised, perhaps acknowledged (when, by whom) and cleared (null while
 * still active).
 */
public record AlarmOccurrence(String alarm, long raiseTime, int priority, String text, Long ackTime, String ackUser,
		Long clearTime) {

	public AlarmOccurrence {
		ackUser = ackUser == null ? "" : ackUser;
	}

	public boolean active() {
		return clearTime == null;
	}

	/** How long it was (or is, at {@code now}) active, in ms. */
	public long activeMs(long now) {
		return (clearTime == null ? now : clearTime) - raiseTime;
	}
}
