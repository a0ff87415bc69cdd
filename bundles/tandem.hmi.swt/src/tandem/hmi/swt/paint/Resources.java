package tandem.hmi.swt.paint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Image;

import tandem.hmi.Colour;
import tandem.hmi.FontSpec;

/**
 * The colours, fonts and images a canvas paints with, made once and kept until the canvas is disposed. Fonts are
 * made per zoom: the project's font size is in screen pixels (java.awt sizes), converted to points for the display.
 */
public final class Resources {

	private final Device device;
	private final Map<Colour, Color> colours = new HashMap<>();
	private final Map<String, Font> fonts = new HashMap<>();
	private final Map<String, Image> images = new HashMap<>();
	private Path imageFolder;

	public Resources(Device device) {
		this.device = device;
	}

	public Color colour(Colour c) {
		return colours.computeIfAbsent(c, k -> new Color(device, k.red(), k.green(), k.blue()));
	}

	/** The font of spec at a zoom; the same spec and zoom give the same font object. */
	public Font font(FontSpec spec, double scale) {
		int pixels = Math.max(6, (int) Math.round(spec.size() * scale));
		String key = spec.family() + '|' + spec.bold() + spec.italic() + '|' + pixels;
		return fonts.computeIfAbsent(key, k -> {
			int dpi = Math.max(72, device.getDPI().y);
			int points = Math.max(4, (int) Math.round(pixels * 72.0 / dpi));
			int style = (spec.bold() ? SWT.BOLD : 0) | (spec.italic() ? SWT.ITALIC : 0);
			return new Font(device, new FontData(family(spec.family()), points, style));
		});
	}

	private static String family(String awt) {
		return switch (awt) {
		case "Monospaced" -> "Monospace";
		case "SansSerif", "Dialog" -> "Sans";
		default -> awt;
		};
	}

	/** Where image elements' symbols are found (the project file's folder), null when unknown. */
	public void imageFolder(Path folder) {
		imageFolder = folder;
	}

	/** The image of a symbol path relative to the project, or null when it cannot be read. */
	public Image image(String symbol) {
		if (symbol == null || imageFolder == null) {
			return null;
		}
		if (images.containsKey(symbol)) {
			return images.get(symbol);
		}
		Path file = imageFolder.resolve(symbol);
		Image image = null;
		if (Files.isRegularFile(file)) {
			try {
				image = new Image(device, file.toString());
			} catch (SWTException e) {
				System.err.println("tandem: image " + file + " cannot be read: " + e.getMessage());
			}
		}
		images.put(symbol, image);
		return image;
	}

	public void dispose() {
		colours.values().forEach(Color::dispose);
		fonts.values().forEach(Font::dispose);
		images.values().stream().filter(i -> i != null).forEach(Image::dispose);
		colours.clear();
		fonts.clear();
		images.clear();
	}
}
