package tandem.hmi;

/**
 * The one conversion between a screen's own pixels and a canvas: the screen is scaled to fit the canvas keeping
 * its aspect ratio, centred, or drawn at a fixed zoom from the canvas' origin (the screen editor's zoom).
 *
 * @param scale   canvas pixels per screen pixel
 * @param offsetX canvas x of the screen's origin
 * @param offsetY canvas y of the screen's origin
 */
public record ScreenTransform(double scale, int offsetX, int offsetY) {

	public static final ScreenTransform IDENTITY = new ScreenTransform(1, 0, 0);

	public ScreenTransform {
		if (!(scale > 0) || Double.isInfinite(scale)) {
			throw new IllegalArgumentException("zoom must be a positive number, not " + scale);
		}
	}

	/** The transform that fits a screen of the given size into a canvas of the given size, centred. */
	public static ScreenTransform fit(int screenWidth, int screenHeight, int canvasWidth, int canvasHeight) {
		if (screenWidth <= 0 || screenHeight <= 0 || canvasWidth <= 0 || canvasHeight <= 0) {
			return IDENTITY;
		}
		double scale = Math.min(canvasWidth / (double) screenWidth, canvasHeight / (double) screenHeight);
		int offsetX = (int) Math.round((canvasWidth - screenWidth * scale) / 2);
		int offsetY = (int) Math.round((canvasHeight - screenHeight * scale) / 2);
		return new ScreenTransform(scale, offsetX, offsetY);
	}

	public int toCanvasX(double screenX) {
		return (int) Math.round(offsetX + screenX * scale);
	}

	public int toCanvasY(double screenY) {
		return (int) Math.round(offsetY + screenY * scale);
	}

	public int toScreenX(int canvasX) {
		return (int) Math.floor((canvasX - offsetX) / scale);
	}

	public int toScreenY(int canvasY) {
		return (int) Math.floor((canvasY - offsetY) / scale);
	}

	/** A length in screen pixels as canvas pixels (at least 1 for a non-zero length). */
	public int toCanvasLength(double length) {
		int l = (int) Math.round(length * scale);
		return length != 0 && l == 0 ? (length > 0 ? 1 : -1) : l;
	}
}
