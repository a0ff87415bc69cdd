package tandem.hmi.swt;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.ActionOutcome;
import tandem.hmi.Colour;
import tandem.hmi.FontSpec;
import tandem.hmi.swt.paint.Resources;

/** The answer to the operator's last screen action, shown at the bottom of the screen for a few seconds. */
final class AnswerStrip {

	static final int SHOWN_MS = 8000;

	private ActionOutcome outcome;
	private long since;

	void show(ActionOutcome next, long nowMs) {
		outcome = next;
		since = nowMs;
	}

	String text(long nowMs) {
		return outcome == null || nowMs - since > SHOWN_MS ? "" : outcome.text();
	}

	void paint(GC gc, Resources resources, Rectangle screen, long nowMs) {
		String text = text(nowMs);
		if (text.isEmpty()) {
			return;
		}
		Colour back = switch (outcome.tone()) {
		case GOOD -> new Colour(0x1E, 0x6B, 0x3A);
		case WARNING -> new Colour(0x8A, 0x5A, 0x00);
		case ALARM -> new Colour(0xA0, 0x1C, 0x1C);
		default -> new Colour(0x34, 0x40, 0x4C);
		};
		gc.setFont(resources.font(new FontSpec("Sans", true, false, 14), 1));
		Point size = gc.textExtent(text);
		int w = Math.min(screen.width - 20, size.x + 28);
		int h = size.y + 12;
		int x = screen.x + (screen.width - w) / 2;
		int y = screen.y + screen.height - h - 52;
		gc.setAlpha(235);
		gc.setBackground(resources.colour(back));
		gc.fillRoundRectangle(x, y, w, h, 10, 10);
		gc.setAlpha(255);
		gc.setForeground(resources.colour(Colour.WHITE));
		gc.drawText(text, x + 14, y + 6, true);
	}
}
