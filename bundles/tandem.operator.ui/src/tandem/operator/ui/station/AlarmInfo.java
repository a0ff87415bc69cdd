package tandem.operator.ui.station;

/**
 * What the project says of one alarm definition beyond its look: what the alarm list shows for a shelved alarm that
 * has no occurrence now, and the longest time the shelving dialog offers.
 *
 * @param id               the alarm definition id (e.g. {@code Tank1.Level.Limits.HIGH})
 * @param text             the alarm text
 * @param variable         the watched variable
 * @param maxShelveMinutes the class's maximum shelving time; 0: the class allows no shelving
 */
public record AlarmInfo(String id, String text, String variable, int maxShelveMinutes) {

	/** For an alarm the local project does not define: the server decides (its class's maximum applies there). */
	public static AlarmInfo unknown(String id) {
		return new AlarmInfo(id, id, "", 480);
	}

	public boolean shelvable() {
		return maxShelveMinutes > 0;
	}
}
