package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;
import tandem.model.TextAlignment;

/** Draws an element's text in its font, aligned in its bounds, vertically centred and clipped to them. */
final class TextBox {

	private TextBox() {
	}

	static void draw(ElementLook look, PaintContext c, Rectangle r, String text, Colour colour, int padding) {
		if (text == null || text.isEmpty()) {
			return;
		}
		GC gc = c.gc();
		gc.setFont(c.resources().font(look.font(), c.transform().scale()));
		gc.setForeground(c.resources().colour(colour));
		Point size = gc.textExtent(text);
		int pad = c.transform().toCanvasLength(padding);
		TextAlignment a = look.alignment() == null ? TextAlignment.LEFT : look.alignment();
		int x = switch (a) {
		case LEFT -> r.x + pad;
		case CENTER -> r.x + (r.width - size.x) / 2;
		case RIGHT -> r.x + r.width - pad - size.x;
		};
		int y = r.y + (r.height - size.y) / 2;
		Rectangle clip = gc.getClipping();
		gc.setClipping(r.intersection(clip));
		gc.drawText(text, x, y, true);
		gc.setClipping(clip);
	}
}
