package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Bounds;
import tandem.hmi.ElementLook;

/** The filled part of an element (a tank's level), inside its outline. */
final class Fills {

	private Fills() {
	}

	static void paint(ElementLook look, PaintContext c, Rectangle r) {
		if (look.fill() == null) {
			return;
		}
		Bounds inner = look.fill().within(new Bounds(r.x, r.y, r.width, r.height));
		c.gc().setBackground(c.resources().colour(c.shown(look, look.fill().colour())));
		c.gc().fillRectangle(inner.x(), inner.y(), inner.width(), inner.height());
	}
}
