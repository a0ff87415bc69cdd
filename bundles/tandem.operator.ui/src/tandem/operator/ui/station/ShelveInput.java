package tandem.operator.ui.station;

import java.util.Collection;

import tandem.runtime.api.client.AlarmShelving;

/**
 * What the operator typed into the shelving dialog, checked before anything is sent (the server checks it again,
 * with the permission and each alarm's own maximum).
 */
public final class ShelveInput {

	/** The longest reason the server keeps. */
	public static final int MAX_REASON = 200;
	public static final String ONE_SHOT_LABEL = "One-shot: until it returns to normal";
	public static final String TIMED_LABEL = "Timed: for a number of minutes";
	public static final String OUT_OF_SERVICE_LABEL = "Out of service: maintenance, no time limit";

	/** Checked terms of a shelving request. */
	public record Terms(AlarmShelving.Mode mode, int minutes, String reason) {
	}

	private ShelveInput() {
	}

	/** The longest time every one of the alarms may be shelved (the smallest of their classes' maxima). */
	public static int maxMinutes(Collection<AlarmInfo> alarms) {
		return alarms.stream().mapToInt(AlarmInfo::maxShelveMinutes).min().orElse(0);
	}

	/** The line under the form that says what the chosen mode does. */
	public static String explain(AlarmShelving.Mode mode, int max) {
		return switch (mode) {
		case ONE_SHOT -> max == 0 ? "These alarms' class allows no shelving." : "The alarm is silenced until its"
				+ " condition clears, at most " + max + " min; then it is unshelved by itself.";
		case TIMED -> max == 0 ? "These alarms' class allows no shelving." : "1 to " + max + " min; then it is"
				+ " unshelved by itself. Shelved alarms are still recorded.";
		case OUT_OF_SERVICE -> "For maintenance: the alarm stays silenced until it is returned to service."
				+ " Needs the permission to remove alarms from service.";
		};
	}

	public static Terms parse(AlarmShelving.Mode mode, String minutesText, String reasonText, int max) {
		String reason = reasonText == null ? "" : reasonText.strip();
		if (reason.isEmpty()) {
			throw new IllegalArgumentException("Give a reason: the event list keeps it with your name.");
		}
		if (reason.length() > MAX_REASON) {
			throw new IllegalArgumentException("The reason may have at most " + MAX_REASON + " characters.");
		}
		if (mode == AlarmShelving.Mode.OUT_OF_SERVICE) {
			return new Terms(mode, 0, reason);
		}
		if (max == 0) {
			throw new IllegalArgumentException("These alarms' class allows no shelving; take them out of service"
					+ " for maintenance instead.");
		}
		if (mode == AlarmShelving.Mode.ONE_SHOT) {
			return new Terms(mode, max, reason);
		}
		int minutes;
		try {
			minutes = Integer.parseInt(minutesText == null ? "" : minutesText.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + minutesText + "' is no number of minutes.");
		}
		if (minutes < 1 || minutes > max) {
			throw new IllegalArgumentException("Shelve for 1 to " + max + " min, not " + minutes + ".");
		}
		return new Terms(mode, minutes, reason);
	}
}
