package tandem.studio.ui;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Opens the studio in the engineering perspective, remembers the layout between sessions, opens the project
 * given with {@code --project} and, with {@code --screenshot}, writes a PNG of the window and exits.
 */
final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartOptions options;

	StudioWorkbenchAdvisor(StartOptions options) {
		this.options = options;
	}

	StudioWorkbenchAdvisor() {
		this(StartOptions.parse(new String[0]));
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(options.screenshot().isEmpty());
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return EngineeringPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StudioWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		options.project().ifPresent(file -> OpenProjectAction.open(window, file));
		options.screenshot().ifPresent(png -> {
			Display display = window.getShell().getDisplay();
			display.timerExec(options.afterSeconds() * 1000, () -> {
				try {
					save(window.getShell(), png);
					System.out.println("tandem studio: screenshot written to " + png.toAbsolutePath());
				} catch (RuntimeException e) {
					System.err.println("tandem studio: cannot write the screenshot " + png + ": " + e);
				}
				PlatformUI.getWorkbench().close();
			});
		});
	}

	private static void save(Shell shell, Path png) {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// paint everything before the capture
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path parent = png.toAbsolutePath().getParent();
			if (parent != null) {
				parent.toFile().mkdirs();
			}
			loader.save(png.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
