package tandem.runtime.cluster;

/**
 * What the runtime hears from its cluster member. Called on one event thread in order; a slow listener delays
 * later events but never the cluster's own work.
 */
public interface ClusterListener {

	/** This member changed its role; write it to the CEL. */
	default void roleChanged(RoleChange change) {
	}

	/**
	 * The serving member lost or renewed its lease (see {@code ServerLease}): while it is lost the member keeps the
	 * SERVER role but admits no operator action and the runtime must not write to the field; write it to the CEL.
	 * A server that seals its stream to hand over to the preferred server (planned switch-back) stops acting on the
	 * field the same way, at the seal, and acts again only if the switch is abandoned.
	 *
	 * @param at when the change happened (epoch ms), which may be earlier than this call
	 */
	default void leaseChanged(String node, boolean held, long at, String reason) {
	}

	/**
	 * The serving member lost its aligned standby or has one again ({@code Protection}): while unprotected, an
	 * operator action is confirmed once it is durable in the server's own history; write it to the CEL.
	 *
	 * @param since when the unprotected time began
	 */
	default void protectionChanged(String node, boolean isProtected, long since, String reason) {
	}

	/** The member serving the cluster changed (empty node name: no server in view). */
	default void serverChanged(String node, long epoch) {
	}

	/** Server only: an operator action arrived from a client and is about to be recorded. */
	default void operatorAction(ReplicatedFact action) {
	}

	/** Clients: a value or alarm the server published. */
	default void published(ReplicatedFact value) {
	}

	/**
	 * Server only: facts a standby observed in shadow mode that this server's stream passed without (its poll came
	 * too late for a slot of a live device). The runtime records those it can vouch for (it decides by the fact,
	 * which the cluster does not interpret); storing a fact twice is harmless.
	 */
	default void missedByServer(String standby, java.util.List<ReplicatedFact> facts) {
	}

	/** A message was dropped and not applied. */
	default void messageRejected(String from, String reason) {
	}

	/**
	 * Progress of aligning this node's history with the server's (both ways): facts of differing buckets moved so
	 * far and the expected total, estimated from the digests. Called after every chunk.
	 */
	default void alignmentProgress(String peer, long done, long total) {
	}

	/** This node's history is aligned with the server's; only now does it count as a ready standby. */
	default void alignmentFinished(AlignmentReport report) {
	}

	/**
	 * Clients: the server answered an operator action without confirming it: {@code DENIED} (final, the action is
	 * not recorded and not resent) or a transient answer such as {@code TIMED_OUT} (the action is kept and resent).
	 */
	default void operatorActionAnswered(Confirmation answer) {
	}
}
