package tandem.studio.core.screen;

import java.util.Collection;

import tandem.model.ScreenElement;

/**
 * A rectangle in a screen's own pixels, normalised (width and height never negative): what the screen editor
 * selects, moves, snaps and aligns. A line whose end is left of or above its start still has a positive box.
 */
public record Box(int x, int y, int width, int height) {

	public Box {
		if (width < 0) {
			x += width;
			width = -width;
		}
		if (height < 0) {
			y += height;
			height = -height;
		}
	}

	public static Box of(ScreenElement e) {
		return new Box(e.getX(), e.getY(), e.getWidth(), e.getHeight());
	}

	/** The box between two corners, in any order (a rubber band dragged either way). */
	public static Box spanning(int x0, int y0, int x1, int y1) {
		return new Box(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
	}

	/** The smallest box holding all boxes; null for none. */
	public static Box around(Collection<Box> boxes) {
		Box all = null;
		for (Box b : boxes) {
			all = all == null ? b : all.union(b);
		}
		return all;
	}

	public int right() {
		return x + width;
	}

	public int bottom() {
		return y + height;
	}

	public int centreX() {
		return x + width / 2;
	}

	public int centreY() {
		return y + height / 2;
	}

	/** Whether (px, py) is on the box, with a tolerance so that thin lines can be picked. */
	public boolean contains(int px, int py, int tolerance) {
		return px >= x - tolerance && px <= right() + tolerance && py >= y - tolerance && py <= bottom() + tolerance;
	}

	public boolean inside(Box other) {
		return x >= other.x && y >= other.y && right() <= other.right() && bottom() <= other.bottom();
	}

	public boolean touches(Box other) {
		return x <= other.right() && other.x <= right() && y <= other.bottom() && other.y <= bottom();
	}

	public Box union(Box o) {
		int x0 = Math.min(x, o.x);
		int y0 = Math.min(y, o.y);
		return new Box(x0, y0, Math.max(right(), o.right()) - x0, Math.max(bottom(), o.bottom()) - y0);
	}

	public Box moved(int dx, int dy) {
		return new Box(x + dx, y + dy, width, height);
	}
}
