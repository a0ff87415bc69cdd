package tandem.studio.ui.editors;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import tandem.studio.core.ProjectSession;
import tandem.studio.core.op.FeatureValues;
import tandem.studio.core.op.RenameOperation;
import tandem.studio.core.op.SetFeatureOperation;

/**
 * A table of model elements with in-place editing (double-click or F2 in a cell): every edit is one command on
 * the project's stack; a value that does not fit is refused with a message and changes nothing.
 */
public final class ElementTable {

	private final TableViewer viewer;
	private final Supplier<List<? extends EObject>> rows;

	public ElementTable(Composite parent, ProjectEditor editor, Supplier<List<? extends EObject>> rows, List<FeatureColumn> columns) {
		this.rows = rows;
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (FeatureColumn column : columns) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.label());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text().apply((EObject) element);
				}
			});
			if (column.editable()) {
				c.setEditingSupport(new CellEditing(viewer, editor, column));
			}
		}
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		refresh();
	}

	public TableViewer viewer() {
		return viewer;
	}

	public void refresh() {
		if (!viewer.getTable().isDisposed()) {
			viewer.setInput(rows.get().toArray());
			viewer.refresh(true);
		}
	}

	@SuppressWarnings("unchecked")
	public List<EObject> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	public void select(EObject element) {
		viewer.setSelection(new StructuredSelection(element), true);
	}

	/** Sets a cell the way the engineer would: for tests and for keyboard-driven bulk edits. */
	static List<String> apply(ProjectSession session, EObject row, FeatureColumn column, Object value) {
		if (column.feature() == tandem.model.TandemPackage.Literals.NAMED_ELEMENT__NAME) {
			return new RenameOperation(session, (tandem.model.NamedElement) row, (String) value).execute();
		}
		new SetFeatureOperation(session, row, column.feature(), value).execute();
		return List.of();
	}

	private static final class CellEditing extends EditingSupport {
		private final ProjectEditor editor;
		private final FeatureColumn column;
		private final TableViewer viewer;

		CellEditing(TableViewer viewer, ProjectEditor editor, FeatureColumn column) {
			super(viewer);
			this.viewer = viewer;
			this.editor = editor;
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (column.isChoice()) {
				String[] items = column.choiceValues().stream().map(v -> v == null ? "(none)" : FeatureColumn.show(v)).toArray(String[]::new);
				return new ComboBoxCellEditor(viewer.getTable(), items, SWT.READ_ONLY);
			}
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((EObject) element).eGet(column.feature());
			if (column.isChoice()) {
				int index = column.choiceValues().indexOf(value);
				return Math.max(index, 0);
			}
			return FeatureValues.format(value);
		}

		@Override
		protected void setValue(Object element, Object value) {
			editor.edit(() -> {
				Object newValue = column.isChoice() ? choice((Integer) value)
						: column.feature() instanceof EAttribute a ? FeatureValues.parse(a, (String) value) : value;
				String was = element instanceof tandem.model.NamedElement n ? n.getName() : "";
				List<String> unfollowed = apply(editor.session(), (EObject) element, column, newValue);
				RenameNotice.show(editor.getSite().getShell(), "Renamed '" + was + "' to '" + newValue + "'",
						unfollowed);
			});
		}

		private Object choice(int index) {
			List<?> values = column.choiceValues();
			return index < 0 || index >= values.size() ? null : values.get(index);
		}
	}
}
