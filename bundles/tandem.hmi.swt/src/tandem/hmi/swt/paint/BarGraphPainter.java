package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;
import tandem.model.BarGraph;

/** A bar graph: a light trough, the bar from the variable's range, and ticks at quarters when it shows a scale. */
final class BarGraphPainter implements ElementPainter {

	private static final Colour TROUGH = new Colour(0xF0, 0xF0, 0xF0);
	private static final Colour EDGE = new Colour(0x50, 0x50, 0x50);

	@Override
	public void paint(ElementLook look, PaintContext c) {
		Rectangle r = c.rect(look.bounds());
		c.gc().setBackground(c.resources().colour(look.background() == null ? TROUGH : look.background()));
		c.gc().fillRectangle(r);
		Fills.paint(look, c, r);
		c.gc().setForeground(c.resources().colour(EDGE));
		c.gc().setLineWidth(1);
		c.gc().drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
		if (((BarGraph) look.element()).isShowScale()) {
			boolean vertical = r.height >= r.width;
			for (int i = 1; i < 4; i++) {
				if (vertical) {
					int y = r.y + r.height * i / 4;
					c.gc().drawLine(r.x, y, r.x + r.width / 3, y);
				} else {
					int x = r.x + r.width * i / 4;
					c.gc().drawLine(x, r.y + r.height, x, r.y + r.height * 2 / 3);
				}
			}
		}
	}
}
