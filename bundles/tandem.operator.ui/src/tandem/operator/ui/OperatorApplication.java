package tandem.operator.ui;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;

/**
 * The operator client: one SWT window that shows the plant and always says which node it is connected to.
 * Runs on the main thread because GTK requires it.
 */
public final class OperatorApplication implements IApplication {

	private volatile Display display;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		Path project = projectArgument(args);
		display = new Display();
		try {
			OperatorWindow window = new OperatorWindow(display, project);
			context.applicationRunning();
			window.open();
			while (!window.isDisposed()) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		} finally {
			display.dispose();
		}
		return EXIT_OK;
	}

	private static Path projectArgument(String[] args) {
		for (int i = 0; i < args.length - 1; i++) {
			if ("--project".equals(args[i])) {
				return Path.of(args[i + 1]);
			}
		}
		return null;
	}

	@Override
	public void stop() {
		Display d = display;
		if (d != null && !d.isDisposed()) {
			d.asyncExec(() -> {
				for (var shell : d.getShells()) {
					shell.dispose();
				}
			});
		}
	}
}
