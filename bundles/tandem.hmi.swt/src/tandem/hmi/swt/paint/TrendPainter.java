package tandem.hmi.swt.paint;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;
import tandem.hmi.ElementLook.TrendLine;
import tandem.hmi.ElementLook.TrendLines;
import tandem.hmi.FontSpec;
import tandem.hmi.TrendHistory.Sample;

/**
 * A trend: a light grid, one line per variable scaled to its engineering range, a legend naming each line in its
 * colour, and gaps where values were not trusted. Only what this station received since it started is drawn.
 */
final class TrendPainter implements ElementPainter {

	private static final Colour GRID = new Colour(0xE2, 0xE6, 0xEA);

	@Override
	public void paint(ElementLook look, PaintContext c) {
		GC gc = c.gc();
		Rectangle r = c.rect(look.bounds());
		Rectangle clip = gc.getClipping();
		gc.setClipping(r.intersection(clip));
		gc.setBackground(c.resources().colour(look.background() == null ? Colour.WHITE : look.background()));
		gc.fillRectangle(r);
		gc.setForeground(c.resources().colour(GRID));
		gc.setLineWidth(1);
		for (int i = 1; i < 4; i++) {
			gc.drawLine(r.x, r.y + r.height * i / 4, r.x + r.width, r.y + r.height * i / 4);
			gc.drawLine(r.x + r.width * i / 4, r.y, r.x + r.width * i / 4, r.y + r.height);
		}
		TrendLines lines = (TrendLines) look.content();
		for (TrendLine line : lines.lines()) {
			plot(gc, c, r, lines, line);
		}
		legend(gc, c, r, look, lines.lines());
		gc.setForeground(c.resources().colour(AlarmListPainter.EDGE));
		gc.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
		gc.setClipping(clip);
	}

	private static void plot(GC gc, PaintContext c, Rectangle r, TrendLines lines, TrendLine line) {
		gc.setForeground(c.resources().colour(line.colour()));
		gc.setLineWidth(Math.max(1, c.transform().toCanvasLength(2)));
		double span = Math.max(1, lines.to() - lines.from());
		int px = Integer.MIN_VALUE;
		int py = 0;
		for (Sample s : line.samples()) {
			if (Double.isNaN(s.value())) {
				px = Integer.MIN_VALUE; // a gap: the value was not trusted
				continue;
			}
			int x = r.x + (int) Math.round((s.time() - lines.from()) / span * r.width);
			double f = Math.max(0, Math.min(1, (s.value() - line.min()) / (line.max() - line.min())));
			int y = r.y + r.height - 2 - (int) Math.round(f * (r.height - 4));
			if (px != Integer.MIN_VALUE) {
				gc.drawLine(px, py, x, y);
			}
			px = x;
			py = y;
		}
	}

	private static void legend(GC gc, PaintContext c, Rectangle r, ElementLook look, List<TrendLine> lines) {
		gc.setFont(c.resources().font(new FontSpec(look.font().family(), false, false, 11), c.transform().scale()));
		int x = r.x + c.transform().toCanvasLength(8);
		int y = r.y + c.transform().toCanvasLength(4);
		for (TrendLine line : lines) {
			gc.setForeground(c.resources().colour(line.colour()));
			String label = line.variable() + (line.unit().isEmpty() ? "" : " [" + line.unit() + "]");
			gc.drawText("■ " + label, x, y, true);
			x += gc.textExtent("■ " + label).x + c.transform().toCanvasLength(14);
		}
		if (lines.stream().allMatch(l -> l.samples().isEmpty())) {
			gc.setForeground(c.resources().colour(AlarmListPainter.MUTED));
			String text = "collecting: the trend shows what this station receives from now on";
			gc.drawText(text, r.x + (r.width - gc.textExtent(text).x) / 2, r.y + r.height / 2, true);
		}
	}
}
