package tandem.studio.core.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a dragged selection lands: first the edges and centres of the other elements within a few pixels (a
 * guide line shows each one it snapped to), otherwise the grid; the two axes snap independently. Constraints are
 * chained as in Phoebus' selection tracker: element snapping wins over the grid because it is what the engineer
 * aims for. Alt held while dragging turns snapping off ({@link #OFF}); Alt at the press is Alt-click.
 */
public final class Snapping {

	public static final Snapping OFF = new Snapping(0, 0, List.of());

	/** A guide line: vertical at x = position, or horizontal at y = position, from start to end. */
	public record Guide(boolean vertical, int position, int start, int end) {
	}

	/** The snapped result: the box to use and the guides to draw. */
	public record Snapped(Box box, List<Guide> guides) {
	}

	private final int grid;
	private final int threshold;
	private final List<Box> others;

	/**
	 * @param grid      grid step in screen pixels, 0 for none
	 * @param threshold how close (screen pixels) an edge must come to snap to another element
	 * @param others    the boxes of the elements that do not move
	 */
	public Snapping(int grid, int threshold, List<Box> others) {
		this.grid = grid;
		this.threshold = threshold;
		this.others = List.copyOf(others);
	}

	/** Snaps a box moved as a whole: its left, centre or right (top, centre or bottom) may catch. */
	public Snapped move(Box moved) {
		List<Guide> guides = new ArrayList<>();
		int dx = axis(new int[] { moved.x(), moved.centreX(), moved.right() }, true, moved, guides);
		int dy = axis(new int[] { moved.y(), moved.centreY(), moved.bottom() }, false, moved, guides);
		Box box = moved.moved(dx, dy);
		return new Snapped(box, guides(box, guides));
	}

	/** Snaps the edges a resize handle moves, leaving the opposite edges where they are. */
	public Snapped resize(Box resized, Handle handle) {
		List<Guide> guides = new ArrayList<>();
		int left = resized.x();
		int top = resized.y();
		int right = resized.right();
		int bottom = resized.bottom();
		if (handle.sx() != 0) {
			int edge = handle.sx() < 0 ? left : right;
			int d = axis(new int[] { edge }, true, resized, guides);
			if (handle.sx() < 0) {
				left += d;
			} else {
				right += d;
			}
		}
		if (handle.sy() != 0) {
			int edge = handle.sy() < 0 ? top : bottom;
			int d = axis(new int[] { edge }, false, resized, guides);
			if (handle.sy() < 0) {
				top += d;
			} else {
				bottom += d;
			}
		}
		Box box = new Box(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
		return new Snapped(box, guides(box, guides));
	}

	/** The shift that makes one of lines catch, or 0; adds the guide (position only) it caught. */
	private int axis(int[] lines, boolean vertical, Box moving, List<Guide> guides) {
		if (this == OFF) {
			return 0;
		}
		int best = Integer.MAX_VALUE;
		int target = 0;
		for (Box other : others) {
			int[] targets = vertical ? new int[] { other.x(), other.centreX(), other.right() }
					: new int[] { other.y(), other.centreY(), other.bottom() };
			for (int t : targets) {
				for (int line : lines) {
					int d = t - line;
					if (Math.abs(d) <= threshold && Math.abs(d) < Math.abs(best)) {
						best = d;
						target = t;
					}
				}
			}
		}
		if (best != Integer.MAX_VALUE) {
			guides.add(new Guide(vertical, target, 0, 0));
			return best;
		}
		if (grid > 0) {
			int line = lines[0];
			return Math.round(line / (float) grid) * grid - line;
		}
		return 0;
	}

	/** Guides stretched over the snapped box and every element that shares the line. */
	private List<Guide> guides(Box box, List<Guide> positions) {
		List<Guide> out = new ArrayList<>();
		for (Guide g : positions) {
			int start = g.vertical() ? box.y() : box.x();
			int end = g.vertical() ? box.bottom() : box.right();
			for (Box other : others) {
				int[] lines = g.vertical() ? new int[] { other.x(), other.centreX(), other.right() }
						: new int[] { other.y(), other.centreY(), other.bottom() };
				for (int line : lines) {
					if (line == g.position()) {
						start = Math.min(start, g.vertical() ? other.y() : other.x());
						end = Math.max(end, g.vertical() ? other.bottom() : other.right());
					}
				}
			}
			out.add(new Guide(g.vertical(), g.position(), start, end));
		}
		return out;
	}
}
