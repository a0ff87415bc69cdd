package tandem.runtime.cluster.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;

import org.jgroups.Message;
import org.jgroups.auth.AuthToken;
import org.jgroups.conf.ClassConfigurator;

/**
 * JGroups AUTH token that proves knowledge of the cluster secret without sending it: the joiner sends a fresh
 * timestamp and random nonce with their HMAC-SHA256 under the authentication key derived from the secret. The
 * coordinator recomputes the HMAC, refuses stale timestamps (replays older than {@link #MAX_SKEW_MS}) and nonces it
 * has already seen. JGroups' own AUTH tokens either send a password in clear (MD5Token hashes it without salt, so
 * it can be replayed) or need a PKI; this one needs only the shared secret of the deployment.
 */
public final class HmacChallengeToken extends AuthToken {

	/** Id under which JGroups serializes this token; registering the class avoids loading it by name (OSGi). */
	public static final short MAGIC_ID = 3107;
	static final long MAX_SKEW_MS = 60_000;
	private static final int NONCE_BYTES = 16;
	private static final int MAC_BYTES = 32;
	private static final SecureRandom RANDOM = new SecureRandom();

	static {
		ClassConfigurator.addIfAbsent(MAGIC_ID, HmacChallengeToken.class);
	}

	private final byte[] key;
	private final Map<String, Long> seenNonces = new LinkedHashMap<>(64, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Long> e) {
			return size() > 10_000;
		}
	};
	// fields received from a joiner
	private long timestamp;
	private byte[] nonce;
	private byte[] mac;

	/** Used by JGroups to deserialize a received token; holds no key and can verify nothing. */
	public HmacChallengeToken() {
		this(null);
	}

	public HmacChallengeToken(byte[] authenticationKey) {
		key = authenticationKey;
	}

	/** Makes sure JGroups knows the token's id before the first channel reads one. */
	public static void register() {
		ClassConfigurator.addIfAbsent(MAGIC_ID, HmacChallengeToken.class);
	}

	@Override
	public String getName() {
		return HmacChallengeToken.class.getName();
	}

	@Override
	public int size() {
		return Long.BYTES + NONCE_BYTES + MAC_BYTES;
	}

	@Override
	public synchronized boolean authenticate(AuthToken token, Message msg) {
		if (token == this && key != null) {
			return true; // a request to ourselves (merge leader) is looped back without serialization
		}
		if (key == null || !(token instanceof HmacChallengeToken other) || other.nonce == null || other.mac == null) {
			log.warn("refusing member %s: no Tandem cluster token", msg == null ? "?" : msg.getSrc());
			return false;
		}
		if (Math.abs(System.currentTimeMillis() - other.timestamp) > MAX_SKEW_MS) {
			log.warn("refusing member %s: token timestamp is off by more than %d ms", msg.getSrc(), MAX_SKEW_MS);
			return false;
		}
		if (!MessageDigest.isEqual(compute(other.timestamp, other.nonce), other.mac)) {
			log.warn("refusing member %s: cluster secret does not match", msg.getSrc());
			return false;
		}
		String n = java.util.HexFormat.of().formatHex(other.nonce);
		if (seenNonces.putIfAbsent(n, other.timestamp) != null) {
			log.warn("refusing member %s: replayed token", msg.getSrc());
			return false;
		}
		return true;
	}

	@Override
	public void writeTo(DataOutput out) throws IOException {
		if (key == null) {
			throw new IOException("a received cluster token cannot be sent on");
		}
		long now = System.currentTimeMillis();
		byte[] n = new byte[NONCE_BYTES];
		RANDOM.nextBytes(n);
		out.writeLong(now);
		out.write(n);
		out.write(compute(now, n));
	}

	@Override
	public void readFrom(DataInput in) throws IOException {
		timestamp = in.readLong();
		nonce = new byte[NONCE_BYTES];
		in.readFully(nonce);
		mac = new byte[MAC_BYTES];
		in.readFully(mac);
	}

	private byte[] compute(long time, byte[] n) {
		Mac m = ClusterKeys.hmac(key);
		for (int i = 7; i >= 0; i--) {
			m.update((byte) (time >>> (8 * i)));
		}
		m.update(n);
		return m.doFinal();
	}
}
