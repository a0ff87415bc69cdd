package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Bounds;
import tandem.hmi.Colour;
import tandem.hmi.ElementLook;
import tandem.hmi.ScreenTransform;

/**
 * What every painter paints with: the GC, the zoom, the shared resources, the clock (for blinking), the screen
 * shown (a button to it is marked) and whether actions are possible now.
 */
public record PaintContext(GC gc, ScreenTransform transform, Resources resources, long nowMs, String currentScreen,
		boolean actionsAllowed) {

	public Rectangle rect(Bounds b) {
		int x0 = Math.min(b.x(), b.x() + b.width());
		int y0 = Math.min(b.y(), b.y() + b.height());
		int x = transform.toCanvasX(x0);
		int y = transform.toCanvasY(y0);
		return new Rectangle(x, y, transform.toCanvasX(x0 + Math.abs(b.width())) - x,
				transform.toCanvasY(y0 + Math.abs(b.height())) - y);
	}

	public int[] points(int[] screenPoints) {
		int[] out = new int[screenPoints.length];
		for (int i = 0; i < out.length; i += 2) {
			out[i] = transform.toCanvasX(screenPoints[i]);
			out[i + 1] = transform.toCanvasY(screenPoints[i + 1]);
		}
		return out;
	}

	public int lineWidth(ElementLook look) {
		return look.lineWidth() == 0 ? 0 : Math.max(1, transform.toCanvasLength(look.lineWidth()));
	}

	/** The colour as drawn for this element: greyed while its values are not trusted (ISA-101). */
	public Colour shown(ElementLook look, Colour c) {
		return c == null || look.quality().trusted() ? c : c.greyed();
	}

	public void background(ElementLook look) {
		Colour c = shown(look, look.backgroundAt(nowMs));
		if (c != null) {
			gc.setBackground(resources.colour(c));
		}
	}

	public void foreground(ElementLook look) {
		gc.setForeground(resources.colour(shown(look, look.foreground())));
	}
}
