package tandem.runtime.cluster.internal;

/** Kinds of application messages between Tandem members; the code is the byte on the wire. */
public enum MessageType {
	ANNOUNCE(1), FACTS(2), ACK(3), ACTION(4), ACTION_CONFIRM(5), SUBSCRIBE(6), VALUES(7), ALIGN_DIGESTS(8),
	ALIGN_FACTS(9), HANDOVER(10), MISSED(11), QUERY(12), QUERY_ANSWER(13),
	/** A serving node asks a voter to renew its lease: the envelope's seq is the server's clock when it sent it. */
	LEASE_PING(14),
	/** A voter renews the lease: the seq of the ping it answers, sent back unchanged. */
	LEASE_ECHO(15),
	/** Online deployment (request, answer, stage, staged, activate, version sync); the payload says which. */
	DEPLOYMENT(30);

	private final int code;

	MessageType(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	/** The type for a wire code, or null for a code this version does not know. */
	public static MessageType of(int code) {
		for (MessageType t : values()) {
			if (t.code == code) {
				return t;
			}
		}
		return null;
	}
}
