package tandem.hmi;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A font as the project writes it: {@code "Family-STYLE-size"} (java.awt.Font.decode form, e.g.
 * {@code "Sans-BOLD-12"}); STYLE is PLAIN, BOLD, ITALIC or BOLDITALIC.
 */
public record FontSpec(String family, boolean bold, boolean italic, int size) {

	public static final FontSpec DEFAULT = new FontSpec("Sans", false, false, 12);

	private static final Map<String, FontSpec> PARSED = new ConcurrentHashMap<>();

	/**
	 * The font of text, or {@link #DEFAULT} when text is null or blank.
	 *
	 * @throws IllegalArgumentException naming the text when it has no size or an unknown style
	 */
	public static FontSpec parse(String text) {
		if (text == null || text.isBlank()) {
			return DEFAULT;
		}
		FontSpec known = PARSED.get(text);
		if (known != null) {
			return known;
		}
		FontSpec parsed = decode(text);
		if (PARSED.size() < 1024) {
			PARSED.put(text, parsed);
		}
		return parsed;
	}

	private static FontSpec decode(String text) {
		String[] parts = text.trim().split("-");
		try {
			if (parts.length == 3) {
				String style = parts[1].toUpperCase(Locale.ROOT);
				if (!style.matches("PLAIN|BOLD|ITALIC|BOLDITALIC")) {
					throw new IllegalArgumentException("font '" + text + "': unknown style " + parts[1]);
				}
				return new FontSpec(parts[0], style.contains("BOLD"), style.contains("ITALIC"),
						Integer.parseInt(parts[2]));
			}
			if (parts.length == 2) {
				return new FontSpec(parts[0], false, false, Integer.parseInt(parts[1]));
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("font '" + text + "': the size is not a whole number", e);
		}
		throw new IllegalArgumentException("font '" + text + "' is not of the form Family-STYLE-size");
	}
}
