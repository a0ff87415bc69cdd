package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import tandem.model.Driver;
import tandem.model.NamedElement;
import tandem.model.Variable;
import tandem.model.validation.Problem;
import tandem.model.validation.Severity;
import tandem.studio.core.VariableRows;
import tandem.studio.core.op.FeatureValues;
import tandem.studio.core.op.RenameOperation;
import tandem.studio.core.op.SetFeatureOperation;

/**
 * The variables of a project as a virtual table: only visible rows are built, so 100,000 variables scroll as
 * smoothly as 100. Filter by text (every word), sort by a column header, edit a cell in place (double-click or
 * F2), change a column for all selected rows, copy and paste rows, import and export CSV, delete with uses.
 */
public final class VariablesEditor extends ProjectEditor {

	public static final String ID = "tandem.studio.ui.variablesEditor";

	private Table table;
	private Text filter;
	private Label status;
	private List<Variable> rows = new ArrayList<>();
	private VariableColumn sortColumn;
	private boolean ascending = true;
	private Set<String> withErrors = Set.of();
	private Set<String> withWarnings = Set.of();
	private final TableSelection selection = new TableSelection();
	private VariableActions actions;

	@Override
	protected void createContent(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar.setLayout(new GridLayout(3, false));
		new Label(bar, SWT.NONE).setText("Filter:");
		filter = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("name, description, unit, address, type or driver");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addListener(SWT.Modify, e -> scheduleFilter());
		status = new Label(bar, SWT.NONE);
		status.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		actions = new VariableActions(this);
		actions.createToolBar(parent);
		createTable(parent);
		getSite().setSelectionProvider(selection);
		applyFilter();
	}

	/** The virtual table; made again when a filter drops most rows (see {@link #showRows}). */
	private void createTable(Composite parent) {
		table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (VariableColumn column : VariableColumn.values()) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column.header);
			c.setWidth(column.width);
			c.addListener(SWT.Selection, e -> sortBy(column, c));
			if (column == sortColumn) {
				table.setSortColumn(c);
				table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
			}
		}
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
		table.addListener(SWT.MouseDoubleClick, e -> editAt(new Point(e.x, e.y)));
		table.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.F2 && table.getSelectionIndex() >= 0) {
				editCell(table.getSelectionIndex(), VariableColumn.NAME);
			}
		});
		table.addListener(SWT.Selection, e -> selection.fire());
		actions.installKeys(table);
	}

	/**
	 * Shows rows. GTK deletes the rows of a shrinking table one by one, which takes seconds for 100,000 rows; a
	 * fresh table of the new size is made instead when most rows go.
	 */
	private void showRows() {
		if (table.getItemCount() - rows.size() > 10_000) {
			Composite parent = table.getParent();
			int widths[] = java.util.Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).toArray();
			table.dispose();
			createTable(parent);
			for (int i = 0; i < widths.length; i++) {
				table.getColumn(i).setWidth(widths[i]);
			}
			table.setItemCount(rows.size());
			parent.layout(true, true);
		} else {
			table.setItemCount(rows.size());
			table.clearAll();
		}
	}

	/** The virtual table, for tests: what the engineer sees. */
	/** Import CSV… after the file was chosen: imports it or shows every problem of a broken file. */
	public void importCsv(java.nio.file.Path file) {
		actions.importFile(file);
	}

	public Table table() {
		return table;
	}

	/** The variables the table shows now, in its order. */
	public List<Variable> rows() {
		return rows;
	}

	/** The selected variables, in table order. */
	public List<Variable> selectedVariables() {
		List<Variable> selected = new ArrayList<>();
		for (int index : table.getSelectionIndices()) {
			selected.add(rows.get(index));
		}
		return selected;
	}

	public void setFilter(String text) {
		filter.setText(text);
		applyFilter();
	}

	private boolean filterPending;

	private void scheduleFilter() {
		if (!filterPending) {
			filterPending = true;
			table.getDisplay().timerExec(150, () -> {
				filterPending = false;
				if (!table.isDisposed()) {
					applyFilter();
				}
			});
		}
	}

	private void applyFilter() {
		long start = System.nanoTime();
		rows = VariableRows.filter(session().project().getVariables(), filter.getText());
		if (sortColumn != null) {
			VariableRows.sort(rows, sortColumn.sortKey, ascending);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		markProblems();
		showRows();
		status.setText(rows.size() + " of " + session().project().getVariables().size() + " variables (" + millis + " ms)");
		status.getParent().layout();
	}

	private void sortBy(VariableColumn column, TableColumn header) {
		ascending = sortColumn == column ? !ascending : true;
		sortColumn = column;
		table.setSortColumn(header);
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		applyFilter();
	}

	private void markProblems() {
		Set<String> errors = new HashSet<>();
		Set<String> warnings = new HashSet<>();
		for (Problem problem : session().problems().problems()) {
			String[] segments = problem.elementPath().split(" / ");
			if (segments.length >= 2 && segments[1].startsWith("Variable '")) {
				(problem.severity() == Severity.ERROR ? errors : warnings).add(segments[1]);
			}
		}
		withErrors = errors;
		withWarnings = warnings;
	}

	private void fill(TableItem item, int index) {
		Variable v = rows.get(index);
		for (VariableColumn column : VariableColumn.values()) {
			item.setText(column.ordinal(), FeatureColumn.show(v.eGet(column.feature)));
		}
		String key = "Variable '" + v.getName() + "'";
		String image = withErrors.contains(key) ? ISharedImages.IMG_OBJS_ERROR_TSK
				: withWarnings.contains(key) ? ISharedImages.IMG_OBJS_WARN_TSK : null;
		item.setImage(0, image == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(image));
	}

	@Override
	protected void refresh(Collection<?> affected) {
		if (table.isDisposed()) {
			return;
		}
		// an edit of a few shown rows redraws those rows; anything else (rows added or removed) filters again
		if (!affected.isEmpty() && affected.size() <= 50 && affected.stream().allMatch(o -> o instanceof Variable v && v.eContainer() != null)) {
			int[] indices = affected.stream().mapToInt(rows::indexOf).toArray();
			if (java.util.Arrays.stream(indices).allMatch(i -> i >= 0)) {
				markProblems();
				for (int index : indices) {
					table.clear(index);
				}
				selection.fire();
				return;
			}
		}
		List<Variable> kept = selectedVariables().stream().filter(v -> v.eContainer() != null).toList();
		applyFilter();
		select(kept);
	}

	@Override
	public void select(EObject element) {
		if (element instanceof Variable v) {
			select(List.of(v));
		}
	}

	void select(List<Variable> variables) {
		if (variables.isEmpty()) {
			return;
		}
		if (!rows.contains(variables.get(0))) {
			filter.setText("");
			applyFilter();
		}
		int[] indices = variables.stream().mapToInt(rows::indexOf).filter(i -> i >= 0).toArray();
		table.setSelection(indices);
		if (indices.length > 0) {
			table.showItem(table.getItem(indices[0]));
		}
		selection.fire();
	}

	private void editAt(Point point) {
		TableItem item = table.getItem(point);
		if (item == null) {
			return;
		}
		for (VariableColumn column : VariableColumn.values()) {
			if (item.getBounds(column.ordinal()).contains(point)) {
				editCell(table.indexOf(item), column);
				return;
			}
		}
	}

	/** Opens the in-place editor of one cell: text, or a list for type, driver and writable. */
	public Control editCell(int row, VariableColumn column) {
		Variable variable = rows.get(row);
		TableEditor cell = new TableEditor(table);
		cell.grabHorizontal = true;
		boolean choice = column == VariableColumn.TYPE || column == VariableColumn.DRIVER || column == VariableColumn.WRITABLE;
		Control control = choice ? choiceCell(variable, column) : textCell(variable, column);
		cell.setEditor(control, table.getItem(row), column.ordinal());
		control.setFocus();
		return control;
	}

	private Control choiceCell(Variable variable, VariableColumn column) {
		Combo combo = new Combo(table, SWT.READ_ONLY);
		List<Object> values = choices(column);
		values.forEach(v -> combo.add(FeatureColumn.show(v)));
		combo.select(values.indexOf(variable.eGet(column.feature)));
		combo.addListener(SWT.Selection, e -> {
			Object value = values.get(combo.getSelectionIndex());
			combo.dispose();
			edit(() -> new SetFeatureOperation(session(), variable, column.feature, value).execute());
		});
		combo.addListener(SWT.FocusOut, e -> combo.dispose());
		return combo;
	}

	/** Enter or leaving the cell applies the text; Escape leaves the value as it was. */
	private Control textCell(Variable variable, VariableColumn column) {
		Text text = new Text(table, SWT.NONE);
		text.setText(FeatureValues.format(variable.eGet(column.feature)));
		text.selectAll();
		Runnable commit = () -> {
			String typed = text.getText();
			text.dispose();
			commit(variable, column, typed);
		};
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		text.addListener(SWT.FocusOut, e -> {
			if (!text.isDisposed()) {
				commit.run();
			}
		});
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				text.dispose();
				e.doit = false;
			}
		});
		return text;
	}

	/** Applies a typed cell value; for tests, the same path the in-place editor takes. */
	public void commit(Variable variable, VariableColumn column, String typed) {
		if (typed.equals(FeatureValues.format(variable.eGet(column.feature)))) {
			return;
		}
		edit(() -> {
			if (column == VariableColumn.NAME) {
				String was = variable.getName();
				RenameNotice.show(getSite().getShell(), "Renamed '" + was + "' to '" + typed.strip() + "'",
						new RenameOperation(session(), (NamedElement) variable, typed).execute());
			} else {
				new SetFeatureOperation(session(), variable, column.feature, FeatureValues.parse((EAttribute) column.feature, typed)).execute();
			}
		});
	}

	List<Object> choices(VariableColumn column) {
		List<Object> values = new ArrayList<>();
		if (column == VariableColumn.DRIVER) {
			for (Driver driver : session().project().getDrivers()) {
				values.add(driver);
			}
		} else {
			values.addAll(new FeatureColumn(column.header, 0, null, column.feature, null).choiceValues());
		}
		return values;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	/** The Outline groups variables by the part of their name before the first dot (area, unit, tank). */
	@Override
	public List<OutlineNode> outline() {
		java.util.Map<String, Integer> prefixes = new java.util.TreeMap<>();
		for (Variable v : session().project().getVariables()) {
			String name = v.getName() == null ? "" : v.getName();
			int dot = name.indexOf('.');
			prefixes.merge(dot < 0 ? name : name.substring(0, dot), 1, Integer::sum);
		}
		List<OutlineNode> nodes = new ArrayList<>();
		prefixes.forEach((prefix, count) -> nodes.add(new OutlineNode(prefix + " (" + count + ")", null, prefix + ".", List.of())));
		return nodes;
	}

	@Override
	public void filterFromOutline(String text) {
		setFilter(text);
	}

	/** Tells the Properties and Cross-references views which variables are selected. */
	private final class TableSelection implements org.eclipse.jface.viewers.ISelectionProvider {
		private final List<org.eclipse.jface.viewers.ISelectionChangedListener> listeners = new ArrayList<>();

		@Override
		public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public ISelection getSelection() {
			return table == null || table.isDisposed() ? StructuredSelection.EMPTY : new StructuredSelection(selectedVariables());
		}

		@Override
		public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public void setSelection(ISelection s) {
			if (s instanceof StructuredSelection structured) {
				List<Variable> variables = new ArrayList<>();
				structured.forEach(o -> {
					if (o instanceof Variable v) {
						variables.add(v);
					}
				});
				select(variables);
			}
		}

		void fire() {
			var event = new org.eclipse.jface.viewers.SelectionChangedEvent(this, getSelection());
			List.copyOf(listeners).forEach(l -> l.selectionChanged(event));
		}
	}
}
