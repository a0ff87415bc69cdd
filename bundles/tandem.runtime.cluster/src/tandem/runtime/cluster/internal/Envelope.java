package tandem.runtime.cluster.internal;

import java.util.Objects;

/**
 * One application message: its type, the sender's epoch and sequence number, and the payload. On the wire (see
 * {@link EnvelopeCodec}) it is framed with magic, version, length and an HMAC.
 */
public record Envelope(MessageType type, long epoch, long seq, byte[] payload) {

	public Envelope {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(payload, "payload");
	}
}
