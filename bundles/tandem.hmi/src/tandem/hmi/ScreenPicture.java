package tandem.hmi;

import java.util.List;

/**
 * Everything to draw for one screen at one moment, in painting order (later elements on top).
 *
 * @param screen     the screen's name
 * @param width      the screen's drawn width in its own pixels
 * @param height     the screen's drawn height
 * @param background the screen's background colour
 * @param elements   the visible elements; an invisible element (or one in an invisible group) is absent
 */
public record ScreenPicture(String screen, int width, int height, Colour background, List<ElementLook> elements) {

	public ScreenPicture {
		elements = List.copyOf(elements);
	}

	/** The topmost element at (x, y) in screen coordinates that an operator can point at, or null. */
	public ElementLook elementAt(int x, int y) {
		for (int i = elements.size() - 1; i >= 0; i--) {
			ElementLook e = elements.get(i);
			if (e.kind() != ElementKind.GROUP && e.bounds().contains(x, y)) {
				return e;
			}
		}
		return null;
	}

	/** The element drawn for path (names joined with '/'), or null when it is not drawn (invisible). */
	public ElementLook element(String path) {
		for (ElementLook e : elements) {
			if (e.path().equals(path)) {
				return e;
			}
		}
		return null;
	}

	/** Whether any element blinks: only then must a painter redraw on the blink's clock. */
	public boolean anyBlinks() {
		return elements.stream().anyMatch(ElementLook::blinks);
	}

	/** The shortest blink interval on the screen, 0 when nothing blinks. */
	public int blinkMs() {
		return elements.stream().filter(ElementLook::blinks).mapToInt(ElementLook::blinkMs).min().orElse(0);
	}
}
