package tandem.studio.ui.screens;

import tandem.hmi.ElementLook;

/** An element's look drawn somewhere else: what a drag shows before the model moves. */
final class LookShift {

	private LookShift() {
	}

	static ElementLook by(ElementLook l, int dx, int dy) {
		int[] points = l.points().clone();
		for (int i = 0; i + 1 < points.length; i += 2) {
			points[i] += dx;
			points[i + 1] += dy;
		}
		return new ElementLook(l.path(), l.kind(), l.element(), l.bounds().moved(dx, dy), points, l.foreground(), l.background(),
				l.blinkColour(), l.blinkMs(), l.lineWidth(), l.font(), l.text(), l.alignment(), l.fill(), l.quality(), l.readings(),
				l.content());
	}
}
