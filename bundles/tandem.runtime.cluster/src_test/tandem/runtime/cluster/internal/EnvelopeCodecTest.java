package tandem.runtime.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {

	private final EnvelopeCodec codec = new EnvelopeCodec(key("secret-of-plant-a"));
	private final Envelope facts = new Envelope(MessageType.FACTS, 7, 42, "payload".getBytes(StandardCharsets.UTF_8));

	private static byte[] key(String s) {
		return new ClusterKeys(s.getBytes(StandardCharsets.UTF_8), "plant").envelopeKey();
	}

	@Test
	void aFrameDecodesToTheSameEnvelope() {
		byte[] frame = codec.encode(facts);
		EnvelopeCodec.Decoded d = codec.decode(frame, 0, frame.length);
		assertTrue(d.accepted(), d.reason());
		assertEquals(MessageType.FACTS, d.envelope().type());
		assertEquals(7, d.envelope().epoch());
		assertEquals(42, d.envelope().seq());
		assertArrayEquals(facts.payload(), d.envelope().payload());
	}

	@Test
	void garbageBytesAreRejectedWithAReasonAndNeverThrow() {
		Random r = new Random(1);
		for (int i = 0; i < 2000; i++) {
			byte[] junk = new byte[r.nextInt(200)];
			r.nextBytes(junk);
			EnvelopeCodec.Decoded d = codec.decode(junk, 0, junk.length);
			assertFalse(d.accepted());
			assertFalse(d.reason().isBlank());
		}
	}

	@Test
	void aWrongMagicIsNamedAsNotTandem() {
		byte[] frame = codec.encode(facts);
		frame[0] = 'X';
		assertTrue(codec.decode(frame, 0, frame.length).reason().contains("wrong magic"));
	}

	@Test
	void aTruncatedPayloadIsRejected() {
		byte[] frame = codec.encode(facts);
		byte[] cut = Arrays.copyOf(frame, frame.length - 5);
		assertTrue(codec.decode(cut, 0, cut.length).reason().contains("does not match"));
	}

	@Test
	void aFlippedBitInThePayloadFailsTheHmac() {
		byte[] frame = codec.encode(facts);
		frame[EnvelopeCodec.HEADER + 1] ^= 1;
		assertTrue(codec.decode(frame, 0, frame.length).reason().contains("HMAC"));
	}

	@Test
	void aFrameSealedWithAnotherSecretIsForeign() {
		byte[] frame = new EnvelopeCodec(key("some-other-secret")).encode(facts);
		assertTrue(codec.decode(frame, 0, frame.length).reason().contains("HMAC"));
	}

	@Test
	void aFutureVersionIsRejectedByName() {
		byte[] frame = codec.encode(facts);
		frame[4] = 9;
		assertTrue(codec.decode(frame, 0, frame.length).reason().contains("version 9"));
	}

	@Test
	void aHugeDeclaredLengthDoesNotAllocate() {
		byte[] frame = codec.encode(facts);
		ByteBuffer.wrap(frame).putInt(4 + 1 + 1 + 8 + 8, Integer.MAX_VALUE);
		assertFalse(codec.decode(frame, 0, frame.length).accepted());
	}
}
