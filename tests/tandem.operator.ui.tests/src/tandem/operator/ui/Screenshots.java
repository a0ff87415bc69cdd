package tandem.operator.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows on screen (copied from tandem.studio.ui.tests) as a PNG under {@code target/screenshots}, for people to look at. */
final class Screenshots {

	private Screenshots() {
	}

	static Path save(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// let the shell paint before it is captured
		}
		// the client area: without a window manager (Xvfb) GTK reserves trim that nobody paints
		Rectangle area = shell.getClientArea();
		org.eclipse.swt.graphics.Point origin = shell.toDisplay(0, 0);
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageData data = image.getImageData();
			Path folder = Path.of(System.getProperty("tandem.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	static long distinctColours(Path png) {
		ImageData data = new ImageLoader().load(png.toString())[0];
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < data.height; y += 4) {
			for (int x = 0; x < data.width; x += 4) {
				colours.add(data.getPixel(x, y));
			}
		}
		return colours.size();
	}

	static boolean exists(Path file) {
		return new File(file.toString()).length() > 0;
	}
}
