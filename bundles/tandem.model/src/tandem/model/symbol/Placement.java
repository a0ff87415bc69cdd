package tandem.model.symbol;

/**
 * Where a point of a symbol lands in its instance: mirrored left to right first (when asked), then turned
 * clockwise by a multiple of 90 degrees inside the symbol's box, then scaled to the instance's box. The same
 * mapping, made for a smaller box ({@link #within}), places the points of a polyline and the children of a group,
 * whose coordinates are relative to their own box.
 *
 * @param width     width of the box mapped (the symbol's, or an element's inside it)
 * @param height    height of the box mapped
 * @param quarter   clockwise quarter turns, 0 to 3
 * @param mirrored  mirrored left to right before turning
 * @param scaleX    instance pixels per turned symbol pixel, across
 * @param scaleY    instance pixels per turned symbol pixel, down
 */
record Placement(int width, int height, int quarter, boolean mirrored, double scaleX, double scaleY) {

	/** The placement of a width x height symbol turned by rotation degrees into a box of the instance's size. */
	static Placement of(int width, int height, int rotation, boolean mirrored, int instanceWidth, int instanceHeight) {
		int quarter = Math.floorMod(Math.round(rotation / 90f), 4);
		int turnedWidth = quarter % 2 == 0 ? width : height;
		int turnedHeight = quarter % 2 == 0 ? height : width;
		double sx = instanceWidth > 0 && turnedWidth > 0 ? instanceWidth / (double) turnedWidth : 1;
		double sy = instanceHeight > 0 && turnedHeight > 0 ? instanceHeight / (double) turnedHeight : 1;
		return new Placement(width, height, quarter, mirrored, sx, sy);
	}

	/** The same turn, mirror and scale for a box of its own size (a group's or a polyline's local coordinates). */
	Placement within(int boxWidth, int boxHeight) {
		return new Placement(Math.abs(boxWidth), Math.abs(boxHeight), quarter, mirrored, scaleX, scaleY);
	}

	/** Width of the mapped box in the instance. */
	int placedWidth() {
		return (int) Math.round((quarter % 2 == 0 ? width : height) * scaleX);
	}

	int placedHeight() {
		return (int) Math.round((quarter % 2 == 0 ? height : width) * scaleY);
	}

	/** The point (x, y) of the box, in the placed box's coordinates: {x', y'}. */
	int[] point(double x, double y) {
		double px = mirrored ? width - x : x;
		double py = y;
		double tx;
		double ty;
		switch (quarter) {
		case 1 -> {
			tx = height - py;
			ty = px;
		}
		case 2 -> {
			tx = width - px;
			ty = height - py;
		}
		case 3 -> {
			tx = py;
			ty = width - px;
		}
		default -> {
			tx = px;
			ty = py;
		}
		}
		return new int[] { (int) Math.round(tx * scaleX), (int) Math.round(ty * scaleY) };
	}

	/**
	 * The rectangle (x, y, w, h) of the box, placed: {x, y, width, height} with a positive size, since a turned
	 * rectangle is still the same rectangle.
	 */
	int[] rectangle(int x, int y, int w, int h) {
		int[] a = point(x, y);
		int[] b = point(x + w, y + h);
		return new int[] { Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1]) };
	}

	/** A direction (dx, dy) of the symbol, e.g. "up" (0, -1), as it points in the instance. */
	int[] direction(int dx, int dy) {
		int x = mirrored ? -dx : dx;
		int y = dy;
		for (int i = 0; i < quarter; i++) {
			int turned = -y; // clockwise on a screen (y down): (x, y) -> (-y, x)
			y = x;
			x = turned;
		}
		return new int[] { x, y };
	}
}
