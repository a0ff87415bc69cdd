package tandem.operator.ui.station;

import tandem.hmi.Tone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class UpdateAgeTest {

	private static final Instant T = Instant.parse("2026-01-01T12:00:00Z");

	@Test
	void aFreshPictureSaysHowOldItIsQuietly() {
		assertEquals(new UpdateAge("last update 1 s ago", Tone.STALE), UpdateAge.of(T, T.plusMillis(1500)));
	}

	@Test
	void aSilentPictureTurnsAmberBeforeTheConnectionNoticesAnything() {
		assertEquals(new UpdateAge("last update 4 s ago", Tone.WARNING), UpdateAge.of(T, T.plusSeconds(4)));
		assertEquals("last update 3 min ago", UpdateAge.of(T, T.plusSeconds(200)).text());
		assertEquals(new UpdateAge("no update yet", Tone.WARNING), UpdateAge.of(null, T));
	}
}
