package tandem.hmi;

import tandem.model.FillDirection;

/**
 * The filled part of an element: a tank's level, a bar graph's bar.
 *
 * @param fraction  0 (empty) to 1 (full)
 * @param direction where the fill grows toward (UP: from the bottom edge)
 * @param colour    the fill's colour
 */
public record Fill(double fraction, FillDirection direction, Colour colour) {

	public Fill {
		if (!(fraction >= 0 && fraction <= 1)) {
			throw new IllegalArgumentException("fill fraction outside 0..1: " + fraction);
		}
	}

	/** The filled rectangle inside bounds. */
	public Bounds within(Bounds b) {
		int w = (int) Math.round(b.width() * fraction);
		int h = (int) Math.round(b.height() * fraction);
		return switch (direction) {
		case UP -> new Bounds(b.x(), b.y() + b.height() - h, b.width(), h);
		case DOWN -> new Bounds(b.x(), b.y(), b.width(), h);
		case RIGHT -> new Bounds(b.x(), b.y(), w, b.height());
		case LEFT -> new Bounds(b.x() + b.width() - w, b.y(), w, b.height());
		};
	}
}
