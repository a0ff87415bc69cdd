package tandem.runtime.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;

import org.jgroups.BytesMessage;
import org.junit.jupiter.api.Test;

class HmacChallengeTokenTest {

	private static HmacChallengeToken received(HmacChallengeToken sender) throws Exception {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		sender.writeTo(new DataOutputStream(b));
		HmacChallengeToken t = new HmacChallengeToken();
		t.readFrom(Wire.in(b.toByteArray()));
		return t;
	}

	private static byte[] key(String secret) {
		return new ClusterKeys(secret.getBytes(), "plant").authenticationKey();
	}

	@Test
	void aJoinerWithTheSecretIsAccepted() throws Exception {
		HmacChallengeToken coordinator = new HmacChallengeToken(key("secret-0123456789abc"));
		assertTrue(coordinator.authenticate(received(new HmacChallengeToken(key("secret-0123456789abc"))), new BytesMessage()));
	}

	@Test
	void aJoinerWithAnotherSecretIsRefused() throws Exception {
		HmacChallengeToken coordinator = new HmacChallengeToken(key("secret-0123456789abc"));
		assertFalse(coordinator.authenticate(received(new HmacChallengeToken(key("guess-0123456789abcd"))), new BytesMessage()));
	}

	@Test
	void aReplayedTokenIsRefused() throws Exception {
		HmacChallengeToken coordinator = new HmacChallengeToken(key("secret-0123456789abc"));
		HmacChallengeToken token = received(new HmacChallengeToken(key("secret-0123456789abc")));
		assertTrue(coordinator.authenticate(token, new BytesMessage()));
		assertFalse(coordinator.authenticate(token, new BytesMessage()));
	}

	@Test
	void neitherTheSecretNorTheKeyDerivedFromItIsOnTheWireAndEveryTokenIsFresh() throws Exception {
		byte[] secret = "secret-0123456789abc".getBytes();
		byte[] key = key("secret-0123456789abc"); // the token holds only this key: it is what could leak
		byte[] first = wire(new HmacChallengeToken(key));
		byte[] second = wire(new HmacChallengeToken(key));
		assertFalse(contains(first, key), "the authentication key is on the wire");
		assertFalse(contains(first, secret), "the secret is on the wire");
		assertFalse(java.util.Arrays.equals(first, second), "two tokens of one key are equal (no fresh nonce)");
	}

	private static byte[] wire(HmacChallengeToken token) throws Exception {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		token.writeTo(new DataOutputStream(b));
		return b.toByteArray();
	}

	/** Whether {@code part} occurs in {@code whole}, also as any 8-byte run (a key written in pieces). */
	private static boolean contains(byte[] whole, byte[] part) {
		for (int length = Math.min(8, part.length); length <= part.length; length += Math.max(1, part.length - 8)) {
			for (int from = 0; from + length <= part.length; from++) {
				byte[] run = java.util.Arrays.copyOfRange(part, from, from + length);
				for (int i = 0; i + run.length <= whole.length; i++) {
					if (java.util.Arrays.equals(java.util.Arrays.copyOfRange(whole, i, i + run.length), run)) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
