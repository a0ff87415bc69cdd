package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;
import tandem.model.Button;
import tandem.model.ButtonAction;

/**
 * A button: a raised face with its text. A button to the screen shown is marked as the current one; a write or
 * acknowledge button is drawn disabled while no action is possible (no server, or a read-only one).
 */
final class ButtonPainter implements ElementPainter {

	private static final Colour FACE = new Colour(0xE4, 0xE7, 0xEA);
	private static final Colour EDGE = new Colour(0x7A, 0x84, 0x8E);
	private static final Colour CURRENT = new Colour(0x2F, 0x6F, 0xB0);
	private static final Colour DISABLED_TEXT = new Colour(0x98, 0x9C, 0xA0);

	@Override
	public void paint(ElementLook look, PaintContext c) {
		Rectangle r = c.rect(look.bounds());
		Button button = (Button) look.element();
		boolean current = button.getAction() == ButtonAction.SWITCH_SCREEN && button.getTargetScreen() != null
				&& button.getTargetScreen().getName().equals(c.currentScreen());
		boolean enabled = button.getAction() == ButtonAction.SWITCH_SCREEN || c.actionsAllowed();
		Colour face = current ? CURRENT : look.backgroundAt(c.nowMs()) == null ? FACE : look.backgroundAt(c.nowMs());
		int arc = c.transform().toCanvasLength(6);
		c.gc().setBackground(c.resources().colour(face));
		c.gc().fillRoundRectangle(r.x, r.y, r.width, r.height, arc, arc);
		c.gc().setForeground(c.resources().colour(current ? CURRENT : EDGE));
		c.gc().setLineWidth(1);
		c.gc().drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, arc, arc);
		Colour text = current ? Colour.WHITE : enabled ? look.foreground() : DISABLED_TEXT;
		TextBox.draw(look, c, r, look.text(), text, 4);
	}
}
