package tandem.operator.ui.station;

/**
 * How the project's alarm class wants an alarm to look.
 *
 * @param alarmClass   class name, e.g. {@code Warning}
 * @param active       colour while the alarm is active and unacknowledged
 * @param acknowledged colour while active and acknowledged
 * @param inactive     colour once the condition has gone (still waiting for acknowledgement)
 * @param text         text colour on top of these
 * @param group        the alarm's group (plant area), empty when it has none
 */
public record AlarmLook(String alarmClass, Rgb active, Rgb acknowledged, Rgb inactive, Rgb text, String group) {

	public AlarmLook(String alarmClass, Rgb active, Rgb acknowledged, Rgb inactive, Rgb text) {
		this(alarmClass, active, acknowledged, inactive, text, "");
	}

	/** The same look for an alarm of {@code group}. */
	public AlarmLook inGroup(String group) {
		return new AlarmLook(alarmClass, active, acknowledged, inactive, text, group == null ? "" : group);
	}

	/** Used for an alarm whose definition the local project does not know: red, the safe default. */
	public static final AlarmLook UNKNOWN = new AlarmLook("", new Rgb(0xff, 0, 0), new Rgb(0xff, 0xff, 0),
			new Rgb(0, 0xc0, 0), new Rgb(0, 0, 0));
}
