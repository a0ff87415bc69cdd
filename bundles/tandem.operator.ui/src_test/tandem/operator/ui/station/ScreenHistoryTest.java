package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ScreenHistoryTest {

	@Test
	void backAndForwardMoveThroughTheScreensShownAndANewScreenClearsForward() {
		ScreenHistory h = new ScreenHistory("Overview");
		assertFalse(h.canGoBack());
		h.show("Trends");
		h.show("Alarms");
		assertEquals(Optional.of("Trends"), h.back());
		assertEquals(Optional.of("Overview"), h.back());
		assertEquals(Optional.empty(), h.back());
		assertEquals(Optional.of("Trends"), h.forward());
		h.show("Overview");
		assertFalse(h.canGoForward(), "a new screen clears what was ahead");
		assertTrue(h.canGoBack());
		h.show("Overview");
		assertEquals(Optional.of("Trends"), h.back(), "showing the screen shown adds nothing");
	}
}
