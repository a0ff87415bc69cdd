package tandem.hmi;

/** An element's rectangle in screen coordinates (the screen's own pixels, before any zoom). */
public record Bounds(int x, int y, int width, int height) {

	public boolean contains(int px, int py) {
		int x0 = Math.min(x, x + width);
		int y0 = Math.min(y, y + height);
		return px >= x0 && py >= y0 && px < x0 + Math.abs(width) && py < y0 + Math.abs(height);
	}

	public Bounds moved(int dx, int dy) {
		return new Bounds(x + dx, y + dy, width, height);
	}
}
