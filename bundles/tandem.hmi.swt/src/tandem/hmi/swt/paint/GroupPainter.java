package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.ElementLook;

/** A group draws only its own background, when it has one; its children are painted after it. */
final class GroupPainter implements ElementPainter {

	@Override
	public void paint(ElementLook look, PaintContext c) {
		if (look.backgroundAt(c.nowMs()) != null) {
			Rectangle r = c.rect(look.bounds());
			c.background(look);
			c.gc().fillRectangle(r);
		}
	}
}
