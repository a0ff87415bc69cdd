package tandem.studio.core.screen;

import java.util.ArrayList;
import java.util.List;

import tandem.model.Screen;
import tandem.model.ScreenElement;

/**
 * What the pointer is on in the screen editor. The editor works on a screen's top-level elements: a group is
 * picked, moved and aligned as one; its children are edited after ungrouping. Later elements are drawn on top,
 * so they are hit first.
 */
public final class ScreenHits {

	/** Pixels around an element that still hit it (a 1-pixel line must be pickable). */
	public static final int TOLERANCE = 3;

	private ScreenHits() {
	}

	/** The elements under (x, y), topmost first. */
	public static List<ScreenElement> at(Screen screen, int x, int y) {
		List<ScreenElement> hits = new ArrayList<>();
		List<ScreenElement> elements = screen.getElements();
		for (int i = elements.size() - 1; i >= 0; i--) {
			if (Box.of(elements.get(i)).contains(x, y, TOLERANCE)) {
				hits.add(elements.get(i));
			}
		}
		return hits;
	}

	/**
	 * What a rubber band selects: dragged left to right (forward) the elements entirely inside it, right to left
	 * the elements it touches, as in CAD tools and WinCC.
	 */
	public static List<ScreenElement> band(Screen screen, Box band, boolean forward) {
		List<ScreenElement> found = new ArrayList<>();
		for (ScreenElement e : screen.getElements()) {
			Box b = Box.of(e);
			if (forward ? b.inside(band) : b.touches(band)) {
				found.add(e);
			}
		}
		return found;
	}

	/**
	 * Alt-click steps through stacked elements: the element below current in the stack under the pointer, the
	 * topmost again after the lowest (or when current is not in the stack).
	 */
	public static ScreenElement next(List<ScreenElement> stack, ScreenElement current) {
		if (stack.isEmpty()) {
			return null;
		}
		int index = stack.indexOf(current);
		return stack.get(index < 0 ? 0 : (index + 1) % stack.size());
	}
}
