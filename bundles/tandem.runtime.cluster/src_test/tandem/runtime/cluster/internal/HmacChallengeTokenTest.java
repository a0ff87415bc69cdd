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
	void theSecretItselfIsNotOnTheWire() throws Exception {
		byte[] secret = "secret-0123456789abc".getBytes();
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		new HmacChallengeToken(key("secret-0123456789abc")).writeTo(new DataOutputStream(b));
		assertFalse(new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
				.contains(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1)));
	}
}
