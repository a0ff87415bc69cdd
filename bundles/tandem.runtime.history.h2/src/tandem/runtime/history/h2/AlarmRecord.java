package tandem.runtime.history.h2;

/**
 * One alarm occurrence as the history holds it; times are epoch ms, {@code null} when the step has not happened.
 * Fields of steps observed out of order fill in when the missing step arrives.
 */
public record AlarmRecord(String alarm, long raiseTime, int priority, String text, Double raiseValue, Long ackTime,
		String ackUser, Long clearTime, Double clearValue, boolean clearedUnacknowledged) {

	/** In the active list: not cleared yet, or cleared but still waiting for an acknowledgement. */
	public boolean active() {
		return clearTime == null || (clearedUnacknowledged && ackTime == null);
	}
}
