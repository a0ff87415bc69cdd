package tandem.runtime.cluster.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.Mac;

/**
 * Frames application messages: magic "TNDM", version, type, epoch, seq, payload length, payload, then a 16-byte
 * HMAC-SHA256 over everything before it. The channel is already encrypted; the HMAC also protects against a member
 * that speaks JGroups with the right key but a wrong Tandem version or a corrupted buffer, and makes every rejection
 * name its reason. Decoding never throws: a frame is either accepted or rejected with the reason.
 */
public final class EnvelopeCodec {

	public static final int MAGIC = 0x544E444D; // "TNDM"
	public static final byte VERSION = 1;
	static final int HEADER = 4 + 1 + 1 + 8 + 8 + 4;
	static final int MAC_BYTES = 16;
	/** Upper bound of one frame's payload, far above what the replicator batches. */
	static final int MAX_PAYLOAD = 16 << 20;

	/** Outcome of decoding: exactly one of envelope and reason is set. */
	public record Decoded(Envelope envelope, String reason) {
		public boolean accepted() {
			return envelope != null;
		}
	}

	private final ThreadLocal<Mac> mac;

	public EnvelopeCodec(byte[] envelopeKey) {
		byte[] key = envelopeKey.clone();
		mac = ThreadLocal.withInitial(() -> ClusterKeys.hmac(key));
	}

	public byte[] encode(Envelope e) {
		ByteBuffer b = ByteBuffer.allocate(HEADER + e.payload().length + MAC_BYTES);
		b.putInt(MAGIC).put(VERSION).put((byte) e.type().code()).putLong(e.epoch()).putLong(e.seq())
				.putInt(e.payload().length).put(e.payload());
		Mac m = mac.get();
		m.update(b.array(), 0, b.position());
		b.put(m.doFinal(), 0, MAC_BYTES);
		return b.array();
	}

	public Decoded decode(byte[] data, int offset, int length) {
		if (data == null || length < HEADER + MAC_BYTES) {
			return rejected("frame of " + (data == null ? 0 : length) + " bytes is shorter than a header");
		}
		ByteBuffer b = ByteBuffer.wrap(data, offset, length);
		int magic = b.getInt();
		if (magic != MAGIC) {
			return rejected(String.format("wrong magic 0x%08x (not a Tandem message)", magic));
		}
		byte version = b.get();
		if (version != VERSION) {
			return rejected("unsupported version " + version + " (this node speaks " + VERSION + ")");
		}
		int code = b.get();
		long epoch = b.getLong();
		long seq = b.getLong();
		int len = b.getInt();
		if (len < 0 || len > MAX_PAYLOAD || len != length - HEADER - MAC_BYTES) {
			return rejected("payload length " + len + " does not match the frame of " + length + " bytes");
		}
		Mac m = mac.get();
		m.update(data, offset, HEADER + len);
		byte[] expected = Arrays.copyOf(m.doFinal(), MAC_BYTES);
		byte[] actual = Arrays.copyOfRange(data, offset + HEADER + len, offset + HEADER + len + MAC_BYTES);
		if (!MessageDigest.isEqual(expected, actual)) {
			return rejected("HMAC does not match (foreign key or corrupted frame)");
		}
		MessageType type = MessageType.of(code);
		if (type == null) {
			return rejected("unknown message type " + code);
		}
		if (epoch < 0 || seq < 0) {
			return rejected("negative epoch or sequence (" + epoch + ", " + seq + ")");
		}
		byte[] payload = Arrays.copyOfRange(data, offset + HEADER, offset + HEADER + len);
		return new Decoded(new Envelope(type, epoch, seq, payload), null);
	}

	private static Decoded rejected(String reason) {
		return new Decoded(null, reason);
	}
}
