package tandem.runtime.api.client;

import java.util.Objects;

/**
 * An alarm an operator shelved or took out of service (ISA-18.2): while it holds, the alarm is evaluated and recorded
 * as always, but it is not annunciated and the active list shows it apart, with who did it, why and until when. It
 * belongs to the alarm definition, not to one occurrence: a shelved alarm that clears and comes back stays shelved.
 *
 * @param alarm    the alarm definition id
 * @param mode     one-shot (until the alarm returns to normal, at most {@code until}), timed, or out of service
 * @param user     who shelved it
 * @param reason   the reason the operator gave
 * @param since    when (epoch ms, the server's time of the accepted action)
 * @param until    when it is unshelved automatically at the latest; {@link Long#MAX_VALUE} out of service
 * @param actionId the operator action that shelved it
 */
public record AlarmShelving(String alarm, Mode mode, String user, String reason, long since, long until,
		String actionId) {

	public enum Mode {
		/** Until the alarm returns to normal (its condition clears), and no longer than the class's maximum. */
		ONE_SHOT("one-shot"),
		/** For a chosen time, at most the class's maximum. */
		TIMED("timed"),
		/** Maintenance: until an authorised user returns it to service; no time limit. */
		OUT_OF_SERVICE("out of service");

		private final String label;

		Mode(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public AlarmShelving {
		Objects.requireNonNull(alarm, "alarm");
		Objects.requireNonNull(mode, "mode");
		user = user == null ? "" : user;
		reason = reason == null ? "" : reason;
		actionId = actionId == null ? "" : actionId;
	}

	public boolean outOfService() {
		return mode == Mode.OUT_OF_SERVICE;
	}
}
