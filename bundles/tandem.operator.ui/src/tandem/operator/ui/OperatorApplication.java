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
import tandem.operator.ui.station.PlantCatalog;
import tandem.operator.ui.station.StationArguments;
import tandem.runtime.api.client.PlantConnection;
import tandem.runtime.redundancy.client.ClusterPlantConnection;

/**
 * The operator client: {@code tandem client --project FILE [--node NAME]}. Loads the project, opens the station's
 * connection to the plant and shows the operator window until it is closed. Runs on the main thread because GTK
 * requires it.
 */
public final class OperatorApplication implements IApplication {

	private volatile Display display;

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
			PlantConnection plant;
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
				OperatorWindow window = new OperatorWindow(display, catalog, plant, Clock.systemDefaultZone());
				context.applicationRunning();
				window.open();
				while (!window.isDisposed()) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
			}
		} finally {
			display.dispose();
		}
		return EXIT_OK;
	}

	/** A start that cannot work says why on the console and in a message box, then exits with status 2. */
	private Integer refuse(String message) {
		System.err.println("tandem client: " + message);
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
