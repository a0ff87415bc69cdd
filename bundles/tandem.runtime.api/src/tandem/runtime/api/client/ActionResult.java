package tandem.runtime.api.client;

/**
 * The answer to an operator action.
 *
 * @param actionId the client-generated id (resends carry the same id)
 * @param outcome  what happened
 * @param message  the reason in the operator's words when refused or not confirmed
 */
public record ActionResult(String actionId, Outcome outcome, String message) {

	public enum Outcome {
		/** The server applied it and the standby holds it. */
		CONFIRMED,
		/** The server applied it but no standby is there to hold a copy. */
		CONFIRMED_WITHOUT_STANDBY,
		/** The server refused it (no permission, out of range, degraded side); nothing was changed. */
		REFUSED,
		/** No confirmation in time; the station keeps resending it with the same id. */
		PENDING
	}

	public boolean confirmed() {
		return outcome == Outcome.CONFIRMED || outcome == Outcome.CONFIRMED_WITHOUT_STANDBY;
	}
}
