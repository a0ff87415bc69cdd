package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import tandem.model.Variable;
import tandem.studio.core.VariableRows;

/**
 * Chooses variables from a project that may hold 100,000: a filter field (every word must appear, as in the
 * variables table) over a virtual table of the matches; several can be chosen (Shift/Ctrl). Variables that do not
 * fit (already in the list, not writable for a recipe) are not offered.
 */
public final class VariableChooser extends Dialog {

	private final String title;
	private final List<Variable> offered;
	private final boolean many;
	private List<Variable> shown = List.of();
	private final List<Variable> chosen = new ArrayList<>();
	private Text filter;
	private Table table;
	private Label count;

	public VariableChooser(Shell parent, String title, List<Variable> variables, Predicate<Variable> fits, boolean many) {
		super(parent);
		this.title = title;
		this.offered = variables.stream().filter(fits).toList();
		this.many = many;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("Filter:");
		filter = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("words of the name, unit, description or address");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addListener(SWT.Modify, e -> refilter());
		table = new Table(area, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | (many ? SWT.MULTI : SWT.SINGLE));
		table.setHeaderVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.widthHint = 560;
		data.heightHint = 320;
		table.setLayoutData(data);
		for (String[] column : new String[][] { { "Name", "220" }, { "Type", "60" }, { "Unit", "60" }, { "Description", "260" } }) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			Variable v = shown.get(table.indexOf(item));
			item.setText(new String[] { v.getName(), v.getDataType() == null ? "" : v.getDataType().getName(), nonNull(v.getUnit()),
					nonNull(v.getDescription()) });
		});
		table.addListener(SWT.DefaultSelection, e -> okPressed());
		count = new Label(area, SWT.NONE);
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		refilter();
		return area;
	}

	/** Shows the variables matching text, as typing in the filter field does; for tests too. */
	public void setFilter(String text) {
		filter.setText(text);
	}

	/** Chooses the shown rows at the given positions, as clicking them would; for tests too. */
	public void choose(int... rows) {
		table.setSelection(rows);
	}

	/** The variables shown for the current filter. */
	public List<Variable> shown() {
		return shown;
	}

	private void refilter() {
		shown = VariableRows.filter(offered, filter.getText());
		table.clearAll();
		table.setItemCount(shown.size());
		count.setText(shown.size() + " of " + offered.size() + " variables" + (many ? " · Shift/Ctrl-click to choose several" : ""));
		if (shown.size() == 1) {
			table.setSelection(0);
		}
	}

	@Override
	protected void okPressed() {
		chosen.clear();
		for (int index : table.getSelectionIndices()) {
			chosen.add(shown.get(index));
		}
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Choose", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The variables chosen when the dialog was closed with Choose; empty after Cancel. */
	public List<Variable> chosen() {
		return chosen;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
