package tandem.studio.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import tandem.model.OpcUaDriver;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.driver.opcua.AddressSpaceBrowser.BrowsedVariable;
import tandem.studio.core.opcua.BrowseOpcUaOperation;
import tandem.studio.core.opcua.ImportOpcUaVariablesOperation;

/**
 * Variables table > Import from OPC UA…: browses the server of one of the project's OPC UA drivers (in the
 * background, the dialog stays responsive and shows that it works), lists its variables with node id, type and
 * access, and imports the checked ones ({@link ImportOpcUaVariablesOperation}, one undo step). A user name and
 * password are only used for this browse and never stored; the studio's certificate folder is
 * {@code ~/.tandem/studio-pki}.
 */
final class OpcUaImportDialog extends Dialog {

	static final Path PKI = Path.of(System.getProperty("user.home"), ".tandem", "studio-pki");

	private final VariablesEditor editor;
	private final List<OpcUaDriver> drivers;
	private List<BrowsedVariable> found = List.of();
	private Combo driver;
	private Text user;
	private Text password;
	private Button browse;
	private ProgressBar busy;
	private Label status;
	private Text filter;
	private Table table;
	private Spinner rate;

	OpcUaImportDialog(VariablesEditor editor) {
		super(editor.getSite().getShell());
		this.editor = editor;
		this.drivers = editor.session().project().getDrivers().stream().filter(OpcUaDriver.class::isInstance)
				.map(OpcUaDriver.class::cast).toList();
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Opens the dialog, or says why there is nothing to browse. */
	static void openFor(VariablesEditor editor) {
		OpcUaImportDialog dialog = new OpcUaImportDialog(editor);
		if (dialog.drivers.isEmpty()) {
			MessageDialog.openInformation(editor.getSite().getShell(), "Import from OPC UA",
					"The project has no OPC UA driver. Add one under Drivers (with its endpoint) first.");
			return;
		}
		dialog.open();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Import variables from an OPC UA server");
	}

	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		return new org.eclipse.swt.graphics.Point(860, 620);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(4, false));
		new Label(area, SWT.NONE).setText("Driver:");
		driver = new Combo(area, SWT.READ_ONLY);
		drivers.forEach(d -> driver.add(d.getName() + "  —  " + d.getEndpoint() + " (" + d.getSecurityPolicy() + ")"));
		driver.select(0);
		driver.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		browse = new Button(area, SWT.PUSH);
		browse.setText("Browse");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(area, SWT.NONE).setText("User (optional):");
		user = new Text(area, SWT.BORDER);
		user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(area, SWT.NONE).setText("Password:");
		password = new Text(area, SWT.BORDER | SWT.PASSWORD);
		password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		busy = new ProgressBar(area, SWT.INDETERMINATE);
		busy.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		busy.setVisible(false);
		status = new Label(area, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		status.setText("Browse lists the server's variables under its Objects folder.");
		new Label(area, SWT.NONE).setText("Filter:");
		filter = new Text(area, SWT.BORDER | SWT.SEARCH);
		filter.setMessage("part of a path or node id");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		filter.addListener(SWT.Modify, e -> fill());
		table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		column("Browse path", 300);
		column("Node id (address)", 260);
		column("Type", 80);
		column("Access", 100);
		Composite bottom = new Composite(area, SWT.NONE);
		bottom.setLayout(new GridLayout(4, false));
		bottom.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		button(bottom, "Check all shown", true);
		button(bottom, "Uncheck all", false);
		new Label(bottom, SWT.NONE).setText("    Sampling rate of the new variables (ms):");
		rate = new Spinner(bottom, SWT.BORDER);
		rate.setValues(1000, 10, 3_600_000, 0, 100, 1000);
		return area;
	}

	private void column(String text, int width) {
		TableColumn c = new TableColumn(table, SWT.NONE);
		c.setText(text);
		c.setWidth(width);
	}

	private void button(Composite parent, String text, boolean check) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> {
			for (TableItem item : table.getItems()) {
				item.setChecked(check);
			}
		});
	}

	private void browse() {
		OpcUaDriver chosen = drivers.get(driver.getSelectionIndex());
		BrowseOpcUaOperation operation = new BrowseOpcUaOperation(chosen, PKI, user.getText(), password.getText());
		browse.setEnabled(false);
		busy.setVisible(true);
		status.setText("Browsing " + chosen.getEndpoint() + " …");
		Shell shell = getShell();
		Thread worker = new Thread(() -> {
			Object outcome;
			try {
				outcome = operation.execute();
			} catch (DriverException | IllegalArgumentException e) {
				outcome = e;
			}
			Object done = outcome;
			if (!shell.isDisposed()) {
				shell.getDisplay().asyncExec(() -> browsed(done));
			}
		}, "studio OPC UA browse");
		worker.setDaemon(true);
		worker.start();
	}

	private void browsed(Object outcome) {
		if (table.isDisposed()) {
			return;
		}
		browse.setEnabled(true);
		busy.setVisible(false);
		if (outcome instanceof Exception e) {
			found = List.of();
			status.setText("Nothing listed: " + e.getMessage());
		} else {
			BrowseOpcUaOperation.Result result = (BrowseOpcUaOperation.Result) outcome;
			found = result.variables();
			status.setText(found.size() + " variables found" + (result.complete() ? "."
					: " (the server holds more; only the first " + BrowseOpcUaOperation.LIMIT + " are listed)."));
		}
		status.getParent().layout(true, true);
		fill();
	}

	private void fill() {
		String needle = filter.getText().strip().toLowerCase(Locale.ROOT);
		table.setRedraw(false);
		table.removeAll();
		for (BrowsedVariable b : found) {
			if (!needle.isEmpty() && !b.path().toLowerCase(Locale.ROOT).contains(needle)
					&& !b.nodeId().toLowerCase(Locale.ROOT).contains(needle)) {
				continue;
			}
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { b.path(), b.nodeId(), b.type().name(), b.writable() ? "read, write" : "read" });
			item.setData(b);
			item.setChecked(true);
		}
		table.setRedraw(true);
	}

	@Override
	protected void okPressed() {
		List<BrowsedVariable> chosen = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				chosen.add((BrowsedVariable) item.getData());
			}
		}
		if (chosen.isEmpty()) {
			status.setText("Check the variables to import first (Browse lists them).");
			return;
		}
		OpcUaDriver target = drivers.get(driver.getSelectionIndex());
		ImportOpcUaVariablesOperation.Result[] result = new ImportOpcUaVariablesOperation.Result[1];
		editor.edit(() -> result[0] = new ImportOpcUaVariablesOperation(editor.session(), target, chosen,
				rate.getSelection()).execute());
		if (result[0] != null) {
			MessageDialog.openInformation(getShell(), "Import from OPC UA", result[0].added() + " variable(s) added, "
					+ result[0].updated() + " updated, " + result[0].unchanged()
					+ " already there. Undo takes the whole import back.");
			super.okPressed();
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Import checked", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
