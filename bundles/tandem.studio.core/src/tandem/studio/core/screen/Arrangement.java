package tandem.studio.core.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.model.ScreenElement;

/**
 * The maths of Align, Distribute and Same size. Align and Same size go by the first selected element (the one
 * the engineer clicked first, as in zenon and Visio); Distribute keeps the outermost two and spaces the others
 * so the gaps between neighbours are equal. The result is the new box of every element that moves.
 */
public final class Arrangement {

	public enum Align {
		LEFT("left"), CENTRE("centres"), RIGHT("right"), TOP("top"), MIDDLE("middles"), BOTTOM("bottom");

		private final String words;

		Align(String words) {
			this.words = words;
		}

		public String words() {
			return words;
		}
	}

	public enum Size {
		WIDTH("width"), HEIGHT("height"), BOTH("size");

		private final String words;

		Size(String words) {
			this.words = words;
		}

		public String words() {
			return words;
		}
	}

	private Arrangement() {
	}

	public static Map<ScreenElement, Box> align(List<ScreenElement> selection, Align how) {
		Map<ScreenElement, Box> out = new LinkedHashMap<>();
		if (selection.size() < 2) {
			return out;
		}
		Box anchor = Box.of(selection.get(0));
		for (ScreenElement e : selection.subList(1, selection.size())) {
			Box b = Box.of(e);
			Box moved = switch (how) {
			case LEFT -> b.moved(anchor.x() - b.x(), 0);
			case RIGHT -> b.moved(anchor.right() - b.right(), 0);
			case CENTRE -> b.moved(anchor.centreX() - b.centreX(), 0);
			case TOP -> b.moved(0, anchor.y() - b.y());
			case BOTTOM -> b.moved(0, anchor.bottom() - b.bottom());
			case MIDDLE -> b.moved(0, anchor.centreY() - b.centreY());
			};
			out.put(e, moved);
		}
		return out;
	}

	/** Equal gaps between neighbours, horizontally or vertically; needs three elements. */
	public static Map<ScreenElement, Box> distribute(List<ScreenElement> selection, boolean horizontally) {
		Map<ScreenElement, Box> out = new LinkedHashMap<>();
		if (selection.size() < 3) {
			return out;
		}
		List<ScreenElement> sorted = new ArrayList<>(selection);
		sorted.sort(Comparator.comparingInt(e -> horizontally ? Box.of(e).x() : Box.of(e).y()));
		Box first = Box.of(sorted.get(0));
		Box last = Box.of(sorted.get(sorted.size() - 1));
		int span = horizontally ? last.right() - first.x() : last.bottom() - first.y();
		int sizes = sorted.stream().mapToInt(e -> horizontally ? Box.of(e).width() : Box.of(e).height()).sum();
		double gap = (span - sizes) / (double) (sorted.size() - 1);
		double position = horizontally ? first.x() : first.y();
		for (ScreenElement e : sorted) {
			Box b = Box.of(e);
			int at = (int) Math.round(position);
			out.put(e, horizontally ? b.moved(at - b.x(), 0) : b.moved(0, at - b.y()));
			position += (horizontally ? b.width() : b.height()) + gap;
		}
		return out;
	}

	public static Map<ScreenElement, Box> sameSize(List<ScreenElement> selection, Size which) {
		Map<ScreenElement, Box> out = new LinkedHashMap<>();
		if (selection.size() < 2) {
			return out;
		}
		Box anchor = Box.of(selection.get(0));
		for (ScreenElement e : selection.subList(1, selection.size())) {
			Box b = Box.of(e);
			out.put(e, new Box(b.x(), b.y(), which == Size.HEIGHT ? b.width() : anchor.width(), which == Size.WIDTH ? b.height() : anchor.height()));
		}
		return out;
	}
}
