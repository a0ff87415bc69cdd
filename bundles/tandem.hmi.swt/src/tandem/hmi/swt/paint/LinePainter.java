package tandem.hmi.swt.paint;

import org.eclipse.swt.SWT;

import tandem.hmi.ElementLook;

/** A straight line (a pipe), in its foreground colour, or its background colour while it blinks. */
final class LinePainter implements ElementPainter {

	@Override
	public void paint(ElementLook look, PaintContext c) {
		int[] p = c.points(look.points());
		c.gc().setLineWidth(Math.max(1, c.lineWidth(look)));
		c.gc().setLineCap(SWT.CAP_FLAT);
		if (look.blinkPhaseOn(c.nowMs())) {
			c.gc().setForeground(c.resources().colour(look.blinkColour()));
		} else {
			c.foreground(look);
		}
		c.gc().drawLine(p[0], p[1], p[2], p[3]);
	}
}
