package tandem.operator.ui;

import java.time.Clock;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;

import tandem.model.Project;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.hmi.swt.WindowPicture;
import tandem.operator.ui.station.PlantCatalog;
import tandem.operator.ui.station.StationArguments;
import tandem.runtime.api.client.PlantConnection;
import tandem.runtime.redundancy.client.ClusterPlantConnection;

/**
 * The operator client: {@code tandem client --project FILE [--node NAME] [--screen NAME] [--screenshot FILE
 * [--after SECONDS]]}. Loads the project, opens the station's connection to the plant and shows the operator window
 * until it is closed, or, with --screenshot, writes a PNG of the window after the given time and exits. Runs on the main thread because GTK
 * requires it.
 */
public final class OperatorApplication implements IApplication {

	private volatile Display display;
	private boolean unattended;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		display = new Display();
		try {
			StationArguments arguments;
			Project project;
			try {
				arguments = StationArguments.parse(args);
				unattended = arguments.screenshot().isPresent();
				project = new ProjectStore().load(arguments.project());
			} catch (IllegalArgumentException | LoadException e) {
				return refuse(e.getMessage());
			}
			PlantCatalog catalog = new PlantCatalog(project);
			String node;
			try {
				node = catalog.stationNode(arguments.node());
			} catch (IllegalArgumentException e) {
				return refuse(e.getMessage());
			}
			ClusterPlantConnection plant;
			try {
				System.out.println("tandem client: project " + arguments.project() + ", joining the cluster as station "
						+ node);
				plant = ClusterPlantConnection.open(arguments.project(), node);
			} catch (Exception e) {
				if (!(e instanceof IllegalArgumentException)) {
					e.printStackTrace(System.err); // unexpected: the trace is for whoever investigates
				}
				return refuse("cannot join the cluster of " + arguments.project() + " as station " + node + ": "
						+ (e.getMessage() == null ? e.toString() : e.getMessage()));
			}
			try (plant) {
				OperatorWindow window = new OperatorWindow(display, project, plant, Clock.systemDefaultZone());
				// a deployed version: the screens switch on the UI thread, without a restart
				plant.addVersionListener((version, next) -> display.asyncExec(
						() -> window.projectActivated(version.number(), next)));
				if (arguments.screen().isPresent() && !window.screens().navigate(arguments.screen().get())) {
					window.shell().dispose();
					return refuse("project " + arguments.project() + " has no screen '" + arguments.screen().get()
							+ "'; its screens: " + project.getScreens().stream().map(s -> s.getName()).toList());
				}
				if (arguments.view().isPresent() && !window.showView(arguments.view().get())) {
					window.shell().dispose();
					return refuse("the operator client has no view '" + arguments.view().get() + "'; its views: "
							+ window.views());
				}
				context.applicationRunning();
				window.open();
				int[] status = { EXIT_OK_CODE };
				arguments.screenshot().ifPresent(file -> display.timerExec((int) arguments.afterMs(),
						() -> status[0] = screenshot(window, file, arguments.everyMs())));
				while (!window.isDisposed()) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
				return status[0] == EXIT_OK_CODE ? EXIT_OK : Integer.valueOf(status[0]);
			}
		} finally {
			display.dispose();
		}
	}

	private static final int EXIT_OK_CODE = 0;

	/**
	 * Writes the window's picture (through a temporary file, so a reader never sees half a PNG); then closes the
	 * window, or, every everyMs, writes it again. Exit status 0 when written, 1 when not.
	 */
	private static int screenshot(OperatorWindow window, java.nio.file.Path file, long everyMs) {
		if (window.isDisposed()) {
			return 1;
		}
		java.nio.file.Path part = file.resolveSibling(file.getFileName() + ".part.png");
		try {
			WindowPicture.save(window.shell(), part);
			java.nio.file.Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			if (everyMs == 0) {
				System.out.println("tandem client: screenshot of screen " + window.screens().current()
						+ " written to " + file.toAbsolutePath());
				window.shell().dispose();
			} else {
				window.shell().getDisplay().timerExec((int) everyMs, () -> screenshot(window, file, everyMs));
			}
			return EXIT_OK_CODE;
		} catch (java.io.IOException e) {
			System.err.println("tandem client: " + e.getMessage());
			window.shell().dispose();
			return 1;
		}
	}

	/**
	 * A start that cannot work says why on the console and, unless nobody watches (a screenshot run), in a message
	 * box; then exits with status 2.
	 */
	private Integer refuse(String message) {
		System.err.println("tandem client: " + message);
		if (unattended) {
			return 2;
		}
		Shell shell = new Shell(display);
		MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
		box.setText("Tandem Operator");
		box.setMessage(message);
		box.open();
		shell.dispose();
		return 2;
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
