package tandem.hmi.swt.paint;

import tandem.hmi.ElementLook;

/** A polyline (a valve's bow tie, an impeller): filled with its background when it has one, then outlined. */
final class PolylinePainter implements ElementPainter {

	@Override
	public void paint(ElementLook look, PaintContext c) {
		int[] p = c.points(look.points());
		if (p.length < 4) {
			return;
		}
		boolean closed = p[0] == p[p.length - 2] && p[1] == p[p.length - 1];
		if (closed && look.backgroundAt(c.nowMs()) != null) {
			c.background(look);
			c.gc().fillPolygon(p);
		}
		c.foreground(look);
		c.gc().setLineWidth(Math.max(1, c.lineWidth(look)));
		c.gc().drawPolyline(p);
	}
}
