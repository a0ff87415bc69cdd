package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.ElementLook;

/** A rectangle (a tank, a frame, a lamp): background, then its fill level, then its outline. */
final class RectanglePainter implements ElementPainter {

	@Override
	public void paint(ElementLook look, PaintContext c) {
		Rectangle r = c.rect(look.bounds());
		int radius = look.element() instanceof tandem.model.Rectangle m ? c.transform().toCanvasLength(m.getCornerRadius())
				: 0;
		if (look.backgroundAt(c.nowMs()) != null) {
			c.background(look);
			if (radius > 0) {
				c.gc().fillRoundRectangle(r.x, r.y, r.width, r.height, radius * 2, radius * 2);
			} else {
				c.gc().fillRectangle(r);
			}
		}
		Fills.paint(look, c, r);
		if (c.lineWidth(look) > 0) {
			c.foreground(look);
			c.gc().setLineWidth(c.lineWidth(look));
			if (radius > 0) {
				c.gc().drawRoundRectangle(r.x, r.y, r.width, r.height, radius * 2, radius * 2);
			} else {
				c.gc().drawRectangle(r);
			}
		}
	}
}
