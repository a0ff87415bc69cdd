package tandem.studio.core.screen;

import tandem.model.AlarmList;
import tandem.model.BarGraph;
import tandem.model.Button;
import tandem.model.CelList;
import tandem.model.Ellipse;
import tandem.model.Image;
import tandem.model.Line;
import tandem.model.NumericDisplay;
import tandem.model.Polyline;
import tandem.model.Rectangle;
import tandem.model.ScreenElement;
import tandem.model.Text;
import tandem.model.Trend;

/**
 * What a new element from the palette looks like before the engineer changes it: a size that shows what it is
 * when placed by a click (a drawn box is used as it is), and the few attributes without which it would be
 * invisible or empty (a text's text, a shape's fill).
 */
public final class ElementDefaults {

	private ElementDefaults() {
	}

	/** The size a click places the element with. */
	public static Box clickSize(ScreenElement e, int x, int y) {
		int w = 80;
		int h = 60;
		if (e instanceof Line) {
			w = 120;
			h = 0;
		} else if (e instanceof Text) {
			w = 120;
			h = 24;
		} else if (e instanceof NumericDisplay) {
			w = 90;
			h = 28;
		} else if (e instanceof Button) {
			w = 110;
			h = 32;
		} else if (e instanceof BarGraph) {
			w = 30;
			h = 120;
		} else if (e instanceof Trend) {
			w = 360;
			h = 200;
		} else if (e instanceof AlarmList || e instanceof CelList) {
			w = 480;
			h = 160;
		}
		return new Box(x, y, w, h);
	}

	/** Gives a new element its box and defaults; a box of at most 1 x 1 (a click) takes {@link #clickSize}. */
	public static void apply(ScreenElement e, Box box) {
		Box b = box.width() < 2 && box.height() < 2 ? clickSize(e, box.x(), box.y()) : box;
		e.setX(b.x());
		e.setY(b.y());
		e.setWidth(b.width());
		e.setHeight(b.height());
		if (e instanceof Rectangle || e instanceof Ellipse) {
			e.setBackground("#E0E4E8");
		} else if (e instanceof Text t) {
			t.setText("Text");
		} else if (e instanceof Button bt) {
			bt.setText("Button");
		} else if (e instanceof NumericDisplay) {
			e.setBackground("#FFFFFF");
		} else if (e instanceof Polyline p) {
			p.setPoints("0,0 " + b.width() / 2 + "," + b.height() + " " + b.width() + ",0");
		} else if (e instanceof Image i) {
			i.setSymbol("");
		}
	}
}
