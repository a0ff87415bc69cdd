package tandem.operator.ui.station;

import tandem.hmi.Tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import tandem.runtime.api.client.ConnectionState;
import tandem.runtime.api.client.ServerInfo;

class ConnectionBadgeTest {

	@ParameterizedTest
	@CsvSource({ "CONNECTED, CONNECTED, GOOD, true, true",
			"DEGRADED, DEGRADED · read-only, WARNING, true, false",
			"SWITCHING, SWITCHING, WARNING, false, false",
			"CONNECTING, CONNECTING, ALARM, false, false",
			"DISCONNECTED, DISCONNECTED, ALARM, false, false" })
	void eachConnectionStateHasItsWordColourAndLiveness(ConnectionState state, String word, Tone tone, boolean live,
			boolean writable) {
		ConnectionBadge badge = ConnectionBadge.of(new ServerInfo("beta", 4, "h", state));

		assertEquals(word, badge.state());
		assertEquals(tone, badge.tone());
		assertEquals(live, badge.live());
		assertEquals(writable, badge.writable());
	}

	@Test
	void theServingNodeIsShownWithItsEpoch() {
		assertEquals("Server beta · epoch 4",
				ConnectionBadge.of(new ServerInfo("beta", 4, "h", ConnectionState.CONNECTED)).server());
	}

	@Test
	void withoutServerInfoTheStationCountsAsDisconnected() {
		ConnectionBadge badge = ConnectionBadge.of(null);

		assertEquals("DISCONNECTED", badge.state());
		assertEquals("no server", badge.server());
		assertTrue(badge.meaning().contains("frozen"));
	}
}
