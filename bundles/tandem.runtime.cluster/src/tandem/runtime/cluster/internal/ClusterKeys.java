package tandem.runtime.cluster.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys derived from the project's cluster secret, one per purpose (HKDF-style: HMAC-SHA256 of the secret over a
 * label and the cluster name), so the secret itself never leaves the process and a key leaked from one use does not
 * open the others.
 */
public final class ClusterKeys {

	private final byte[] encryption;
	private final byte[] authentication;
	private final byte[] envelope;

	public ClusterKeys(byte[] secret, String clusterName) {
		encryption = Arrays.copyOf(derive(secret, "tandem/encrypt/" + clusterName), 16);
		authentication = derive(secret, "tandem/auth/" + clusterName);
		envelope = derive(secret, "tandem/envelope/" + clusterName);
	}

	/** AES-128 key for SYM_ENCRYPT. */
	public SecretKey encryptionKey() {
		return new SecretKeySpec(encryption, "AES");
	}

	public byte[] authenticationKey() {
		return authentication.clone();
	}

	public byte[] envelopeKey() {
		return envelope.clone();
	}

	static Mac hmac(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
		}
	}

	private static byte[] derive(byte[] secret, String label) {
		return hmac(secret).doFinal(label.getBytes(StandardCharsets.UTF_8));
	}
}
