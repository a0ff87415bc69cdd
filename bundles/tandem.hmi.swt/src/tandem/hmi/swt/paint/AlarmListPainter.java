package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;
import tandem.hmi.ElementLook.AlarmLine;
import tandem.hmi.ElementLook.AlarmLines;
import tandem.hmi.FontSpec;

/** An alarm list: a header, then one row per alarm in its class' colours, unacknowledged ones in bold. */
final class AlarmListPainter implements ElementPainter {

	static final Colour HEADER = new Colour(0x3A, 0x46, 0x52);
	static final Colour EDGE = new Colour(0x90, 0x98, 0xA0);
	static final Colour MUTED = new Colour(0x70, 0x78, 0x80);
	static final int ROW = 22;

	@Override
	public void paint(ElementLook look, PaintContext c) {
		GC gc = c.gc();
		Rectangle r = c.rect(look.bounds());
		Rectangle clip = gc.getClipping();
		gc.setClipping(r.intersection(clip));
		gc.setBackground(c.resources().colour(look.background() == null ? Colour.WHITE : look.background()));
		gc.fillRectangle(r);
		int row = c.transform().toCanvasLength(ROW);
		gc.setBackground(c.resources().colour(HEADER));
		gc.fillRectangle(r.x, r.y, r.width, row);
		FontSpec plain = new FontSpec(look.font().family(), false, false, 13);
		FontSpec bold = new FontSpec(look.font().family(), true, false, 13);
		gc.setFont(c.resources().font(bold, c.transform().scale()));
		gc.setForeground(c.resources().colour(Colour.WHITE));
		int pad = c.transform().toCanvasLength(8);
		int timeX = r.x + pad;
		int textX = r.x + c.transform().toCanvasLength(100);
		int stateX = r.x + r.width - c.transform().toCanvasLength(220);
		int dy = (row - gc.getFontMetrics().getHeight()) / 2;
		gc.drawText("Raised", timeX, r.y + dy, true);
		gc.drawText("Alarm", textX, r.y + dy, true);
		gc.drawText("State", stateX, r.y + dy, true);
		AlarmLines lines = (AlarmLines) look.content();
		int y = r.y + row;
		if (lines.rows().isEmpty()) {
			gc.setFont(c.resources().font(plain, c.transform().scale()));
			gc.setForeground(c.resources().colour(MUTED));
			gc.drawText("No active alarms", textX, y + dy, true);
		}
		for (AlarmLine line : lines.rows()) {
			gc.setBackground(c.resources().colour(line.background()));
			gc.fillRectangle(r.x, y, r.width, row - 1);
			gc.setFont(c.resources().font(line.needsAck() ? bold : plain, c.transform().scale()));
			gc.setForeground(c.resources().colour(line.foreground()));
			gc.drawText(line.time(), timeX, y + dy, true);
			gc.drawText(line.text(), textX, y + dy, true);
			gc.drawText(line.state(), stateX, y + dy, true);
			y += row;
		}
		gc.setForeground(c.resources().colour(EDGE));
		gc.setLineWidth(1);
		gc.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
		gc.setClipping(clip);
	}
}
