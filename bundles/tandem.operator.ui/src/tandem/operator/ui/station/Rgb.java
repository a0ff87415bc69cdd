package tandem.operator.ui.station;

/** A colour from the project ({@code #RRGGBB}), kept free of SWT so presentation logic can be tested headless. */
public record Rgb(int red, int green, int blue) {

	public Rgb {
		check(red, "red");
		check(green, "green");
		check(blue, "blue");
	}

	private static void check(int channel, String name) {
		if (channel < 0 || channel > 255) {
			throw new IllegalArgumentException(name + " channel " + channel + " is outside 0..255");
		}
	}

	/** Parses {@code #RRGGBB}; anything else gives fallback, because a bad colour must not hide an alarm. */
	public static Rgb parse(String hex, Rgb fallback) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			return fallback;
		}
		int v = Integer.parseInt(hex.substring(1), 16);
		return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
	}

	/** Relative luminance 0..1, to choose a readable text colour on top of this one. */
	public double luminance() {
		return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255.0;
	}
}
