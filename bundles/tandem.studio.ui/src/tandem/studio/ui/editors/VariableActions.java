package tandem.studio.ui.editors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.model.DataType;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.csv.CsvException;
import tandem.studio.core.csv.ImportVariablesOperation;
import tandem.studio.core.csv.VariableCsv;
import tandem.studio.core.op.AddElementsOperation;

/**
 * The commands of the variables table: new, delete (asking about uses), change a column of all selected rows,
 * copy and paste rows (the clipboard holds CSV, so rows also go to and come from a spreadsheet), CSV import and
 * export.
 */
final class VariableActions {

	private final VariablesEditor editor;
	private List<Variable> copied = List.of();
	private String copiedText = "";

	VariableActions(VariablesEditor editor) {
		this.editor = editor;
	}

	void createToolBar(Composite parent) {
		ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		item(bar, "New variable", this::addNew);
		item(bar, "Delete…", () -> Deletion.ask(editor, editor.selectedVariables()));
		item(bar, "Change column…", this::changeColumn);
		new ToolItem(bar, SWT.SEPARATOR);
		item(bar, "Copy", this::copy);
		item(bar, "Paste", this::paste);
		new ToolItem(bar, SWT.SEPARATOR);
		item(bar, "Import CSV…", this::importCsv);
		item(bar, "Import from OPC UA…", () -> OpcUaImportDialog.openFor(editor));
		item(bar, "Export CSV…", this::exportCsv);
	}

	private static void item(ToolBar bar, String text, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	void installKeys(Table table) {
		table.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
				copy();
			} else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'v' || e.keyCode == 'V')) {
				paste();
			} else if (e.keyCode == SWT.DEL) {
				Deletion.ask(editor, editor.selectedVariables());
			}
		});
	}

	private void addNew() {
		Variable variable = TandemFactory.eINSTANCE.createVariable();
		variable.setName("NewVariable");
		variable.setDataType(DataType.FLOAT);
		if (!editor.session().project().getDrivers().isEmpty()) {
			variable.setDriver(editor.session().project().getDrivers().get(0));
		}
		editor.edit(() -> new AddElementsOperation(editor.session(), editor.session().project(), Literals.PROJECT__VARIABLES, List.of(variable),
				"New variable").execute());
		editor.select(List.of(variable));
	}

	void copy() {
		copied = editor.selectedVariables();
		if (copied.isEmpty()) {
			return;
		}
		copiedText = VariableCsv.write(copied);
		Clipboard clipboard = new Clipboard(editor.table().getDisplay());
		try {
			clipboard.setContents(new Object[] { copiedText }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** Rows copied here are pasted as copies with free names; other CSV text is imported (updating names it has). */
	void paste() {
		Clipboard clipboard = new Clipboard(editor.table().getDisplay());
		String text;
		try {
			text = (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		if (!copied.isEmpty() && (text == null || text.equals(copiedText))) {
			List<EObject> copies = AddElementsOperation.copies(copied);
			editor.edit(() -> new AddElementsOperation(editor.session(), editor.session().project(), Literals.PROJECT__VARIABLES, copies,
					"Paste " + copies.size() + " variable(s)").execute());
			editor.select(copies.stream().map(Variable.class::cast).toList());
		} else if (text != null && !text.isBlank()) {
			importText(text, "clipboard");
		}
	}

	private void changeColumn() {
		List<Variable> selected = editor.selectedVariables();
		if (selected.isEmpty()) {
			MessageDialog.openInformation(editor.getSite().getShell(), "Change column", "Select the variables to change first.");
			return;
		}
		new BulkChangeDialog(editor, selected).open();
	}

	private void importCsv() {
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		String file = dialog.open();
		if (file == null) {
			return;
		}
		importFile(Path.of(file));
	}

	/** Imports a CSV file and tells the engineer what happened (or, for a broken file, every problem). */
	void importFile(Path file) {
		try {
			importText(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
		} catch (IOException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Import failed", "Cannot read " + file + ": " + e.getMessage());
		}
	}

	private void importText(String text, String source) {
		try {
			ImportVariablesOperation.Result result = new ImportVariablesOperation(editor.session(), text, source).execute();
			MessageDialog.openInformation(editor.getSite().getShell(), "Import", source + ": " + result.added() + " variable(s) added, "
					+ result.updated() + " updated. Undo takes the whole import back.");
		} catch (CsvException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Nothing imported",
					"Nothing was imported; fix these problems and import again:\n\n" + String.join("\n", e.problems().stream().limit(30).toList())
							+ (e.problems().size() > 30 ? "\n… and " + (e.problems().size() - 30) + " more" : ""));
		}
	}

	private void exportCsv() {
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		List<Variable> which = editor.selectedVariables().isEmpty() ? editor.rows() : editor.selectedVariables();
		try {
			Files.writeString(Path.of(file), VariableCsv.write(which), StandardCharsets.UTF_8);
		} catch (IOException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Export failed", "Cannot write " + file + ": " + e.getMessage());
		}
	}
}
