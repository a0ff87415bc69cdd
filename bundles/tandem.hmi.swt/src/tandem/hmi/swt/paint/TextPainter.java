package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.ElementLook;

/** A text: background when it has one (or blinks), then the text. */
final class TextPainter implements ElementPainter {

	@Override
	public void paint(ElementLook look, PaintContext c) {
		Rectangle r = c.rect(look.bounds());
		if (look.backgroundAt(c.nowMs()) != null) {
			c.background(look);
			c.gc().fillRectangle(r);
		}
		TextBox.draw(look, c, r, look.text(), c.shown(look, look.foreground()), 0);
	}
}
