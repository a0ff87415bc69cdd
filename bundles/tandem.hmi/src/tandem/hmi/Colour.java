package tandem.hmi;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An sRGB colour as the project writes it ({@code "#RRGGBB"}). */
public record Colour(int red, int green, int blue) {

	public static final Colour BLACK = new Colour(0, 0, 0);
	public static final Colour WHITE = new Colour(255, 255, 255);

	/** Parsed colours by text: a screen names few colours and is presented many times a second. */
	private static final Map<String, Colour> PARSED = new ConcurrentHashMap<>();

	public Colour {
		if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
			throw new IllegalArgumentException("colour component outside 0..255: " + red + "," + green + "," + blue);
		}
	}

	/**
	 * The colour of {@code "#RRGGBB"}, or {@code fallback} when text is null or blank (the model's "not set").
	 *
	 * @throws IllegalArgumentException naming the text when it is not of the form #RRGGBB
	 */
	public static Colour parse(String text, Colour fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		Colour known = PARSED.get(text);
		if (known != null) {
			return known;
		}
		String t = text.trim();
		if (!t.matches("#[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("colour '" + text + "' is not of the form #RRGGBB");
		}
		int rgb = Integer.parseInt(t.substring(1), 16);
		Colour parsed = new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
		if (PARSED.size() < 4096) {
			PARSED.put(text, parsed);
		}
		return parsed;
	}

	/** The colour as a 0xRRGGBB integer (the form SWT's ImageData pixels of a 24-bit image take). */
	public int rgb() {
		return red << 16 | green << 8 | blue;
	}

	/** The same colour with its saturation taken away: how a stale or untrusted value is greyed. */
	public Colour greyed() {
		int grey = (int) Math.round(0.3 * red + 0.59 * green + 0.11 * blue);
		int toward = 200; // light grey: a greyed element recedes into the calm background
		int g = (grey + toward) / 2;
		return new Colour(g, g, g);
	}

	/** Relative luminance, 0 (black) to 1 (white): picks a readable text colour on this background. */
	public double luminance() {
		return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255.0;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
	}
}
