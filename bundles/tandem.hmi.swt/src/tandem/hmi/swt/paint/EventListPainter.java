package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;
import tandem.hmi.ElementLook.EventLines;
import tandem.hmi.FontSpec;

/** An event list: what this station saw happen, newest first, on alternating row shades. */
final class EventListPainter implements ElementPainter {

	private static final Colour STRIPE = new Colour(0xF2, 0xF4, 0xF6);

	@Override
	public void paint(ElementLook look, PaintContext c) {
		GC gc = c.gc();
		Rectangle r = c.rect(look.bounds());
		Rectangle clip = gc.getClipping();
		gc.setClipping(r.intersection(clip));
		gc.setBackground(c.resources().colour(look.background() == null ? Colour.WHITE : look.background()));
		gc.fillRectangle(r);
		int row = c.transform().toCanvasLength(AlarmListPainter.ROW);
		gc.setBackground(c.resources().colour(AlarmListPainter.HEADER));
		gc.fillRectangle(r.x, r.y, r.width, row);
		gc.setFont(c.resources().font(new FontSpec(look.font().family(), true, false, 13), c.transform().scale()));
		gc.setForeground(c.resources().colour(Colour.WHITE));
		int pad = c.transform().toCanvasLength(8);
		int dy = (row - gc.getFontMetrics().getHeight()) / 2;
		gc.drawText("Events seen by this station (newest first)", r.x + pad, r.y + dy, true);
		gc.setFont(c.resources().font(new FontSpec(look.font().family(), false, false, 13), c.transform().scale()));
		int y = r.y + row;
		int i = 0;
		for (String line : ((EventLines) look.content()).rows()) {
			if (i++ % 2 == 1) {
				gc.setBackground(c.resources().colour(STRIPE));
				gc.fillRectangle(r.x, y, r.width, row);
			}
			gc.setForeground(c.resources().colour(Colour.BLACK));
			gc.drawText(line, r.x + pad, y + dy, true);
			y += row;
		}
		gc.setForeground(c.resources().colour(AlarmListPainter.EDGE));
		gc.setLineWidth(1);
		gc.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
		gc.setClipping(clip);
	}
}
