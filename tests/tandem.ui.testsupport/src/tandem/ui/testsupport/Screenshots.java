package tandem.ui.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;

import tandem.hmi.swt.WindowPicture;

/**
 * Screenshots for the UI tests of every Tandem window: saved as PNG under {@code target/screenshots} (the
 * {@code tandem.screenshots} property) for people to look at, and read back so tests can assert on pixels.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Saves what the shell shows as {@code name.png} and returns the file. */
	public static Path save(Shell shell, String name) throws Exception {
		Path folder = Path.of(System.getProperty("tandem.screenshots", "target/screenshots"));
		return WindowPicture.save(shell, folder.resolve(name + ".png"));
	}

	public static boolean exists(Path file) {
		try {
			return Files.size(file) > 0;
		} catch (java.io.IOException e) {
			return false;
		}
	}

	public static ImageData load(Path png) {
		return new ImageLoader().load(png.toString())[0];
	}

	/** The colour at (x, y) of a saved picture as 0xRRGGBB. */
	public static int pixel(ImageData image, int x, int y) {
		PaletteData palette = image.palette;
		RGB rgb = palette.getRGB(image.getPixel(x, y));
		return rgb.red << 16 | rgb.green << 8 | rgb.blue;
	}

	/** How many different colours a picture has, sampled every 4 pixels: a blank window has one or two. */
	public static long distinctColours(Path png) {
		ImageData data = load(png);
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < data.height; y += 4) {
			for (int x = 0; x < data.width; x += 4) {
				colours.add(data.getPixel(x, y));
			}
		}
		return colours.size();
	}
}
