package tandem.hmi;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An element's tooltip: per variable its name, value, unit, quality and source time, then why the element is not
 * trusted when it is not. Empty for an element that shows no variable.
 */
public final class TooltipText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

	private TooltipText() {
	}

	public static String of(ElementLook look, ZoneId zone) {
		StringBuilder out = new StringBuilder();
		for (Reading r : look.readings()) {
			if (out.length() > 0) {
				out.append('\n');
			}
			out.append(r.variable()).append(" = ").append(r.text());
			if (!r.unit().isEmpty()) {
				out.append(' ').append(r.unit());
			}
			out.append("  · ").append(r.quality().name());
			if (r.sourceTime() != 0) {
				out.append("  · ").append(TIME.format(Instant.ofEpochMilli(r.sourceTime()).atZone(zone)));
			}
		}
		if (!look.quality().trusted() && out.length() > 0) {
			out.append('\n').append(look.quality().marker()).append(' ').append(look.qualityReason());
		}
		return out.toString();
	}
}
