package tandem.hmi.swt.paint;

import tandem.hmi.ElementLook;

/** Paints one kind of element (as NeoSCADA's one controller per element type). */
@FunctionalInterface
public interface ElementPainter {

	void paint(ElementLook look, PaintContext c);
}
