package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;

/**
 * A value with its unit, in a sunken white field as plant HMIs show values: the field's background takes a limit
 * colour when bound to one; an untrusted value is drawn in grey.
 */
final class NumericPainter implements ElementPainter {

	private static final Colour FIELD = new Colour(0xF4, 0xF5, 0xF6);
	private static final Colour EDGE = new Colour(0x90, 0x98, 0xA0);

	@Override
	public void paint(ElementLook look, PaintContext c) {
		Rectangle r = c.rect(look.bounds());
		Colour back = look.backgroundAt(c.nowMs());
		c.gc().setBackground(c.resources().colour(c.shown(look, back == null ? FIELD : back)));
		c.gc().fillRectangle(r);
		c.gc().setForeground(c.resources().colour(EDGE));
		c.gc().setLineWidth(1);
		c.gc().drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
		Colour text = look.quality().trusted() ? look.foreground() : new Colour(0x60, 0x60, 0x60);
		TextBox.draw(look, c, r, look.text(), text, 6);
	}
}
