package tandem.hmi.swt.paint;

import java.util.EnumMap;
import java.util.Map;

import tandem.hmi.ElementKind;
import tandem.hmi.ElementLook;

/** The painter of each element kind, and the whole picture painted in order, quality marks last per element. */
public final class Painters {

	private final Map<ElementKind, ElementPainter> painters = new EnumMap<>(ElementKind.class);

	public Painters() {
		painters.put(ElementKind.RECTANGLE, new RectanglePainter());
		painters.put(ElementKind.ELLIPSE, new EllipsePainter());
		painters.put(ElementKind.LINE, new LinePainter());
		painters.put(ElementKind.POLYLINE, new PolylinePainter());
		painters.put(ElementKind.TEXT, new TextPainter());
		painters.put(ElementKind.NUMERIC, new NumericPainter());
		painters.put(ElementKind.BAR_GRAPH, new BarGraphPainter());
		painters.put(ElementKind.BUTTON, new ButtonPainter());
		painters.put(ElementKind.TREND, new TrendPainter());
		painters.put(ElementKind.ALARM_LIST, new AlarmListPainter());
		painters.put(ElementKind.CEL_LIST, new EventListPainter());
		painters.put(ElementKind.IMAGE, new ImagePainter());
		painters.put(ElementKind.GROUP, new GroupPainter());
	}

	public void paint(Iterable<ElementLook> looks, PaintContext c) {
		for (ElementLook look : looks) {
			painters.get(look.kind()).paint(look, c);
			QualityMarks.paint(look, c);
		}
	}
}
