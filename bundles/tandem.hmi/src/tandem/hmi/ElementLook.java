package tandem.hmi;

import java.util.List;

import tandem.model.ScreenElement;
import tandem.model.TextAlignment;

/**
 * What to draw for one element after its bindings were applied to the current values: a painter needs nothing
 * else. Positions are absolute screen coordinates (a group's children already moved with their group).
 *
 * @param path         element names from the screen down, joined with '/', e.g. {@code intakePump1/body}
 * @param kind         which painter draws it
 * @param element      the model element (button action, image symbol ...)
 * @param bounds       absolute position and size
 * @param points       LINE and POLYLINE: absolute x,y pairs; empty otherwise
 * @param foreground   line and text colour
 * @param background   fill colour, null for transparent
 * @param blinkColour  the colour the background alternates with while blinking, null when not blinking
 * @param blinkMs      the blink interval (each phase lasts this long)
 * @param lineWidth    outline width in pixels, 0 for none
 * @param font         text font
 * @param text         the text shown (TEXT, NUMERIC, BUTTON), empty otherwise
 * @param alignment    how the text sits in the bounds
 * @param fill         the filled part (tank level, bar), null for none
 * @param quality      the worst quality of the values the element shows; GOOD for a static element
 * @param readings     the variables the element shows, for its tooltip
 * @param content      the rows or lines of an alarm list, event list or trend, null for other elements
 */
public record ElementLook(String path, ElementKind kind, ScreenElement element, Bounds bounds, int[] points,
		Colour foreground, Colour background, Colour blinkColour, int blinkMs, int lineWidth, FontSpec font,
		String text, TextAlignment alignment, Fill fill, ShownQuality quality, List<Reading> readings,
		Content content) {

	public boolean blinks() {
		return blinkColour != null;
	}

	/** Whether the blink shows its blink colour at this moment: phases alternate every {@code blinkMs}. */
	public boolean blinkPhaseOn(long nowMs) {
		return blinks() && Math.floorDiv(nowMs, Math.max(1, blinkMs)) % 2 == 1;
	}

	/** The background to paint at this moment (the blink colour during the blink's on phase). */
	public Colour backgroundAt(long nowMs) {
		return blinkPhaseOn(nowMs) ? blinkColour : background;
	}

	/** The reason the element's values are not trusted, empty when they are. */
	public String qualityReason() {
		return quality.trusted() ? "" : quality.reason();
	}

	/** What an alarm list, event list or trend shows. */
	public sealed interface Content permits AlarmLines, EventLines, TrendLines {
	}

	/** An alarm list's rows, most urgent first, already cut to the element's maximum. */
	public record AlarmLines(List<AlarmLine> rows, int total) implements Content {
	}

	/**
	 * One alarm row: when it was raised, its text, its state in words and the colours of its alarm class.
	 */
	public record AlarmLine(String time, String text, String state, Colour background, Colour foreground,
			boolean needsAck) {
	}

	/** An event list's rows, newest first. */
	public record EventLines(List<String> rows) implements Content {
	}

	/** A trend's lines over the element's time span, ending now. */
	public record TrendLines(long from, long to, List<TrendLine> lines) implements Content {
	}

	/** One trend line: the variable, its colour, the scale and its samples (NaN for gaps). */
	public record TrendLine(String variable, String unit, Colour colour, double min, double max,
			List<TrendHistory.Sample> samples) {
	}
}
