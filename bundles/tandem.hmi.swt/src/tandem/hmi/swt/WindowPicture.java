package tandem.hmi.swt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A PNG of what a window shows on the display, for bug reports, documentation and UI tests. It copies the
 * window's client area from the display: without a window manager (Xvfb) GTK reserves trim that nobody paints.
 */
public final class WindowPicture {

	private WindowPicture() {
	}

	/** What the shell shows now, after pending paints were done. The caller disposes the returned data's image. */
	public static ImageData capture(Shell shell) {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// let the shell paint before it is captured
		}
		Rectangle area = shell.getClientArea();
		Point origin = shell.toDisplay(0, 0);
		Image image = new Image(display, Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * Writes what the shell shows to file as PNG, creating its folder.
	 *
	 * @throws IOException naming the file when it cannot be written
	 */
	public static Path save(Shell shell, Path file) throws IOException {
		ImageData data = capture(shell);
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null) {
			Files.createDirectories(folder);
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		try {
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (SWTException e) {
			throw new IOException("cannot write the screenshot " + file + ": " + e.getMessage(), e);
		}
		return file;
	}
}
