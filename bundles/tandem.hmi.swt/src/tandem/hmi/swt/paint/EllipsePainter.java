package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.ElementLook;

/** An ellipse (a pump's body, a lamp). */
final class EllipsePainter implements ElementPainter {

	@Override
	public void paint(ElementLook look, PaintContext c) {
		Rectangle r = c.rect(look.bounds());
		if (look.backgroundAt(c.nowMs()) != null) {
			c.background(look);
			c.gc().fillOval(r.x, r.y, r.width, r.height);
		}
		if (c.lineWidth(look) > 0) {
			c.foreground(look);
			c.gc().setLineWidth(c.lineWidth(look));
			c.gc().drawOval(r.x, r.y, r.width, r.height);
		}
	}
}
