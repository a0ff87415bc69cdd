package tandem.runtime.history.h2;

/**
 * One alarm occurrence as the history holds it; times are epoch ms, {@code null} when the step has not happened.
 * Fields of steps observed out of order fill in when the missing step arrives. {@code mergedInto} is the raise time
 * of the earlier occurrence this one was declared the same alarm as ({@code TransitionKind.MERGED}), else null:
 * such a row is kept for the record but is in no list.
 */
public record AlarmRecord(String alarm, long raiseTime, int priority, String text, Double raiseValue, Long ackTime,
		String ackUser, Long clearTime, Double clearValue, boolean clearedUnacknowledged, Long mergedInto) {

	/** An occurrence that was not merged into another. */
	public AlarmRecord(String alarm, long raiseTime, int priority, String text, Double raiseValue, Long ackTime,
			String ackUser, Long clearTime, Double clearValue, boolean clearedUnacknowledged) {
		this(alarm, raiseTime, priority, text, raiseValue, ackTime, ackUser, clearTime, clearValue,
				clearedUnacknowledged, null);
	}

	/** In the active list: not cleared yet, or cleared but still waiting for an acknowledgement; never when merged. */
	public boolean active() {
		return mergedInto == null && (clearTime == null || (clearedUnacknowledged && ackTime == null));
	}

	public boolean acknowledged() {
		return ackTime != null;
	}

	/** The occurrence as the history's readers see it (what the cluster answers, what statistics count). */
	public tandem.runtime.api.history.AlarmOccurrence occurrence() {
		return new tandem.runtime.api.history.AlarmOccurrence(alarm, raiseTime, priority, text, ackTime, ackUser,
				clearTime);
	}
}
