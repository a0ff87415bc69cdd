package tandem.runtime.cluster;

/** Answer to an operator action: whether it may be shown to the operator as done, and why. */
public record Confirmation(String actionId, Outcome outcome, String detail) {

	public enum Outcome {
		/** Recorded by the server and held by every standby of its view. */
		HELD_BY_STANDBY,
		/** Recorded by the server; no standby was in view to hold a copy (degraded redundancy). */
		NO_STANDBY,
		/** The standby did not acknowledge in time; the client keeps the action and resends it. */
		TIMED_OUT,
		/** This node is not (or, during a planned switch, no longer) the server; the client resends to the server. */
		REFUSED,
		/**
		 * The server's admission check ({@link OperatorActionHandler}) refused the action, for example a missing
		 * permission. Final: the action is not recorded and the client does not resend it.
		 */
		DENIED
	}

	public boolean confirmed() {
		return outcome == Outcome.HELD_BY_STANDBY || outcome == Outcome.NO_STANDBY;
	}

	/** True when the answer ends the action's life at the client (confirmed or denied); others are resent. */
	public boolean isFinal() {
		return confirmed() || outcome == Outcome.DENIED;
	}
}
