package tandem.hmi.swt.paint;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;
import tandem.hmi.ElementKind;
import tandem.hmi.FontSpec;
import tandem.hmi.ShownQuality;

/**
 * Marks an element whose value is not trusted so it cannot be mistaken for a good one (ISA-101): diagonal
 * hatching over it and a small marker at its top-right corner — grey for a stale value, amber-framed for an
 * uncertain one, a dark box with ✕ for a bad or invalid one.
 */
public final class QualityMarks {

	private static final Colour HATCH = new Colour(0x50, 0x50, 0x50);
	private static final Colour UNCERTAIN = new Colour(0xC8, 0x8A, 0x00);
	private static final Colour BAD = new Colour(0x30, 0x30, 0x30);
	private static final Colour STALE = new Colour(0x80, 0x80, 0x80);

	private QualityMarks() {
	}

	public static void paint(ElementLook look, PaintContext c) {
		if (look.quality().trusted() || look.kind() == ElementKind.BUTTON || look.kind() == ElementKind.GROUP) {
			return;
		}
		GC gc = c.gc();
		Rectangle r = c.rect(look.bounds());
		int pad = Math.max(2, c.lineWidth(look)); // a horizontal or vertical line has no area of its own
		if (r.height < pad * 2) {
			r = new Rectangle(r.x, r.y - pad, r.width, r.height + pad * 2);
		}
		if (r.width < pad * 2) {
			r = new Rectangle(r.x - pad, r.y, r.width + pad * 2, r.height);
		}
		hatch(gc, c, r, look.quality());
		marker(gc, c, r, look.quality());
	}

	private static void hatch(GC gc, PaintContext c, Rectangle r, ShownQuality q) {
		Rectangle clip = gc.getClipping();
		gc.setClipping(r.intersection(clip));
		gc.setAlpha(q == ShownQuality.STALE ? 60 : 110);
		gc.setForeground(c.resources().colour(HATCH));
		gc.setLineWidth(1);
		int step = Math.max(5, c.transform().toCanvasLength(7));
		for (int d = -r.height; d < r.width; d += step) {
			gc.drawLine(r.x + d, r.y + r.height, r.x + d + r.height, r.y);
		}
		gc.setAlpha(255);
		gc.setClipping(clip);
	}

	private static void marker(GC gc, PaintContext c, Rectangle r, ShownQuality q) {
		gc.setFont(c.resources().font(new FontSpec("Sans", true, false, 11), Math.max(0.8, c.transform().scale())));
		Point size = gc.textExtent(q.marker());
		int w = size.x + 6;
		int h = size.y + 2;
		int x = r.x + r.width - w / 2 - 2;
		int y = r.y - h / 2 + 2;
		Colour box = q == ShownQuality.UNCERTAIN ? Colour.WHITE : q == ShownQuality.STALE ? STALE : BAD;
		gc.setBackground(c.resources().colour(box));
		gc.fillRectangle(x, y, w, h);
		gc.setForeground(c.resources().colour(q == ShownQuality.UNCERTAIN ? UNCERTAIN : Colour.WHITE));
		gc.setLineWidth(q == ShownQuality.UNCERTAIN ? 2 : 1);
		gc.drawRectangle(x, y, w - 1, h - 1);
		gc.setForeground(c.resources().colour(q == ShownQuality.UNCERTAIN ? Colour.BLACK : Colour.WHITE));
		gc.drawText(q.marker(), x + 3, y + 1, SWT.DRAW_TRANSPARENT);
	}
}
