package tandem.studio.ui.editors;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tandem.model.Variable;
import tandem.studio.core.op.FeatureValues;
import tandem.studio.core.op.SetFeatureOperation;

/** Sets one column of every selected variable to one value, as one undo step. */
final class BulkChangeDialog extends Dialog {

	private final VariablesEditor editor;
	private final List<Variable> variables;
	private final List<VariableColumn> columns = List.of(VariableColumn.values()).subList(1, VariableColumn.values().length);
	private Combo column;
	private Combo choice;
	private Text value;

	BulkChangeDialog(VariablesEditor editor, List<Variable> variables) {
		super(editor.getSite().getShell());
		this.editor = editor;
		this.variables = variables;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Change " + variables.size() + " variable(s)");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("Column:");
		column = new Combo(area, SWT.READ_ONLY);
		columns.forEach(c -> column.add(c.header));
		column.select(columns.indexOf(VariableColumn.RATE));
		new Label(area, SWT.NONE).setText("New value:");
		Composite holder = new Composite(area, SWT.NONE);
		holder.setLayout(new GridLayout(1, false));
		holder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		value = new Text(holder, SWT.BORDER);
		value.setLayoutData(new GridData(220, SWT.DEFAULT));
		choice = new Combo(holder, SWT.READ_ONLY);
		column.addListener(SWT.Selection, e -> showEditorForColumn());
		showEditorForColumn();
		return area;
	}

	private VariableColumn selectedColumn() {
		return columns.get(column.getSelectionIndex());
	}

	private void showEditorForColumn() {
		List<Object> values = isChoice() ? editor.choices(selectedColumn()) : List.of();
		choice.removeAll();
		values.forEach(v -> choice.add(FeatureColumn.show(v)));
		choice.select(0);
		value.setVisible(!isChoice());
		choice.setVisible(isChoice());
	}

	private boolean isChoice() {
		VariableColumn c = selectedColumn();
		return c == VariableColumn.TYPE || c == VariableColumn.DRIVER || c == VariableColumn.WRITABLE;
	}

	@Override
	protected void okPressed() {
		VariableColumn c = selectedColumn();
		Object newValue;
		try {
			newValue = isChoice() ? editor.choices(c).get(choice.getSelectionIndex()) : FeatureValues.parse((EAttribute) c.feature, value.getText());
		} catch (IllegalArgumentException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getShell(), "Change refused", e.getMessage());
			return;
		}
		editor.edit(() -> new SetFeatureOperation(editor.session(), variables, c.feature, newValue).execute());
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Change all", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
