package tandem.runtime.cluster;

/**
 * The runtime's admission check for operator actions, asked by the server before an action is recorded: the place
 * for the permission check of the logged-in user (the action's payload names user and target; the cluster never
 * interprets it). A refused action is not recorded, not replicated, and the client stops resending it.
 */
@FunctionalInterface
public interface OperatorActionHandler {

	/** Accepts every action (the default until the runtime installs its check). */
	OperatorActionHandler ACCEPT_ALL = (action, fromNode) -> Admission.accepted();

	/**
	 * @param action   the action as the client sent it (not stamped yet)
	 * @param fromNode the node it came from (the server's own name for local actions)
	 */
	Admission admit(ReplicatedFact action, String fromNode);

	/** The answer: accepted, or refused with a reason the operator reads. */
	record Admission(boolean admitted, String reason) {

		private static final Admission ACCEPTED = new Admission(true, "");

		public static Admission accepted() {
			return ACCEPTED;
		}

		public static Admission refused(String reason) {
			return new Admission(false, reason == null || reason.isBlank() ? "refused" : reason);
		}
	}
}
