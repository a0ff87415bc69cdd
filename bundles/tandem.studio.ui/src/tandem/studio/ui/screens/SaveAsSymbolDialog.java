package tandem.studio.ui.screens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Save as Symbol…: asks the new symbol's name and its parameters, each a name (UNIT, written $UNIT in the symbol)
 * and the text it stands for in the selection (Intake.Pump1). The dialog proposes the variable-name prefix the
 * selection's bindings share as $UNIT. OK is enabled only for a free name and well-formed parameters, and the
 * message says what is missing.
 */
final class SaveAsSymbolDialog extends TitleAreaDialog {

	private final int elements;
	private final Set<String> taken;
	private final Map<String, String> proposed;
	private Text name;
	private Composite rows;
	private final List<Text[]> parameters = new ArrayList<>();
	private String chosenName;
	private final Map<String, String> chosen = new LinkedHashMap<>();

	/**
	 * @param elements how many elements are selected
	 * @param taken    the names of the project's symbols
	 * @param proposed parameter → the text it stands for, filled in at first
	 */
	SaveAsSymbolDialog(Shell parent, int elements, Set<String> taken, Map<String, String> proposed) {
		super(parent);
		this.elements = elements;
		this.taken = taken;
		this.proposed = proposed;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Save as Symbol");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Save " + (elements == 1 ? "1 element" : elements + " elements") + " as a symbol of the project's library");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));
		new Label(body, SWT.NONE).setText("Symbol name:");
		name = new Text(body, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.addListener(SWT.Modify, e -> check());
		Label hint = new Label(body, SWT.WRAP);
		hint.setText("Parameters: each stands for a text of the selection (in variable names and texts); an instance gives it "
				+ "its own value, e.g. $UNIT = Dist.Pump2 binds a second pump to its own variables.");
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		wide.widthHint = 460;
		hint.setLayoutData(wide);
		rows = new Composite(body, SWT.NONE);
		rows.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		rows.setLayout(new GridLayout(3, false));
		new Label(rows, SWT.NONE).setText("Parameter ($…)");
		new Label(rows, SWT.NONE).setText("Stands for (in the selection)");
		new Label(rows, SWT.NONE);
		proposed.forEach(this::addRow);
		Button add = new Button(body, SWT.PUSH);
		add.setText("Add parameter");
		add.addListener(SWT.Selection, e -> {
			addRow("", "");
			getShell().layout(true, true);
			getShell().setSize(getShell().computeSize(getShell().getSize().x, SWT.DEFAULT));
		});
		return area;
	}

	private void addRow(String parameter, String text) {
		Text p = new Text(rows, SWT.BORDER);
		p.setText(parameter);
		p.setLayoutData(new GridData(120, SWT.DEFAULT));
		Text t = new Text(rows, SWT.BORDER);
		t.setText(text);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button remove = new Button(rows, SWT.PUSH);
		remove.setText("×");
		remove.setToolTipText("Remove this parameter");
		Text[] row = { p, t };
		parameters.add(row);
		remove.addListener(SWT.Selection, e -> {
			parameters.remove(row);
			p.dispose();
			t.dispose();
			remove.dispose();
			getShell().layout(true, true);
			check();
		});
		p.addListener(SWT.Modify, e -> check());
		t.addListener(SWT.Modify, e -> check());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Save as Symbol");
		check();
	}

	/** Names what is wrong (first thing only) and enables OK when nothing is. */
	private void check() {
		String problem = problem();
		setErrorMessage(problem);
		if (problem == null) {
			setMessage("The selection is replaced by an instance of the new symbol; the palette gets a tool to place more.");
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	private String problem() {
		String n = name == null ? "" : name.getText().strip();
		if (n.isEmpty()) {
			return "Give the symbol a name.";
		}
		if (taken.contains(n)) {
			return "The project already has a symbol named '" + n + "'.";
		}
		List<String> seen = new ArrayList<>();
		for (Text[] row : parameters) {
			String p = parameter(row);
			if (!p.matches("[A-Za-z_][A-Za-z0-9_]*")) {
				return "Parameter '" + row[0].getText() + "': a name of letters, digits and _ (UNIT, written $UNIT).";
			}
			if (seen.contains(p)) {
				return "Parameter $" + p + " is named twice.";
			}
			seen.add(p);
			if (row[1].getText().strip().isEmpty()) {
				return "Parameter $" + p + ": which text of the selection does it stand for?";
			}
		}
		return null;
	}

	private static String parameter(Text[] row) {
		String p = row[0].getText().strip();
		return p.startsWith("$") ? p.substring(1) : p;
	}

	@Override
	protected void okPressed() {
		chosenName = name.getText().strip();
		for (Text[] row : parameters) {
			chosen.put(parameter(row), row[1].getText().strip());
		}
		super.okPressed();
	}

	String chosenName() {
		return chosenName;
	}

	/** Parameter (without $) → the text of the selection it stands for, in the order shown. */
	Map<String, String> chosenParameters() {
		return chosen;
	}
}
