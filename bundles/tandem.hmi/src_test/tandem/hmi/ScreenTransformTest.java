package tandem.hmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScreenTransformTest {

	@Test
	void aScreenFitsAWiderCanvasKeepingItsAspectRatioCentred() {
		ScreenTransform t = ScreenTransform.fit(1280, 800, 1600, 800);
		assertEquals(1.0, t.scale(), 1e-9);
		assertEquals(160, t.offsetX());
		assertEquals(0, t.offsetY());
	}

	@Test
	void aSmallerCanvasShrinksTheScreenAndPointsMapBothWays() {
		ScreenTransform t = ScreenTransform.fit(1280, 800, 640, 600);
		assertEquals(0.5, t.scale(), 1e-9);
		assertEquals(100, t.offsetY());
		assertEquals(100 + 200, t.toCanvasY(400));
		assertEquals(400, t.toScreenY(t.toCanvasY(400)));
		assertEquals(1280, t.toScreenX(t.toCanvasX(1280)));
	}
}
