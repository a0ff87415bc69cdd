package tandem.hmi.swt.paint;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;

/** An image scaled to its bounds; a symbol that cannot be read shows as a frame naming the missing file. */
final class ImagePainter implements ElementPainter {

	private static final Colour MISSING = new Colour(0x80, 0x80, 0x80);

	@Override
	public void paint(ElementLook look, PaintContext c) {
		Rectangle r = c.rect(look.bounds());
		String symbol = ((tandem.model.Image) look.element()).getSymbol();
		Image image = c.resources().image(symbol);
		if (image != null) {
			Rectangle size = image.getBounds();
			c.gc().drawImage(image, 0, 0, size.width, size.height, r.x, r.y, r.width, r.height);
			return;
		}
		c.gc().setForeground(c.resources().colour(MISSING));
		c.gc().setLineWidth(1);
		c.gc().setLineDash(new int[] { 4, 3 });
		c.gc().drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
		c.gc().setLineDash(null);
		TextBox.draw(look, c, r, "image " + symbol + " not found", MISSING, 4);
	}
}
