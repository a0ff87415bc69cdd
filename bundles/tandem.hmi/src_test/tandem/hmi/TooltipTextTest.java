package tandem.hmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class TooltipTextTest {

	private static ElementLook look(ShownQuality quality, List<Reading> readings) {
		return new ElementLook("tank", ElementKind.RECTANGLE, null, new Bounds(0, 0, 1, 1), new int[0], Colour.BLACK,
				null, null, 0, 1, FontSpec.DEFAULT, "", null, null, quality, readings, null);
	}

	@Test
	void theTooltipNamesVariableValueUnitQualityAndTimeAndWhyItIsNotTrusted() {
		Reading level = new Reading("Tank1.Level", "2.50", "m", ShownQuality.STALE, 3_600_000);
		assertEquals("Tank1.Level = 2.50 m  · STALE  · 01:00:00\n‖ " + ShownQuality.STALE.reason(),
				TooltipText.of(look(ShownQuality.STALE, List.of(level)), ZoneOffset.UTC));
	}

	@Test
	void aStaticElementHasNoTooltip() {
		assertEquals("", TooltipText.of(look(ShownQuality.GOOD, List.of()), ZoneOffset.UTC));
	}
}
