package tandem.studio.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import tandem.model.NamedElement;
import tandem.model.naming.ElementPath;
import tandem.studio.core.op.FeatureValues;
import tandem.studio.core.op.RenameOperation;
import tandem.studio.core.op.SetFeatureOperation;
import tandem.studio.ui.editors.FeatureColumn;

/**
 * The selected element's properties: every attribute and every reference to another element, edited in place
 * (a reference by typing the name of the element it should point to). Each edit is one command on the
 * project's stack.
 */
public final class PropertiesView extends ElementFollowingView {

	public static final String ID = "tandem.studio.ui.properties";

	private TableViewer viewer;
	/** What the view shows (null when the selected element is gone). */
	private SelectedElement shown;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn property = new TableViewerColumn(viewer, SWT.LEFT);
		property.getColumn().setText("Property");
		property.getColumn().setWidth(180);
		property.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((EStructuralFeature) element).getName();
			}
		});
		TableViewerColumn value = new TableViewerColumn(viewer, SWT.LEFT);
		value.getColumn().setText("Value");
		value.getColumn().setWidth(320);
		value.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				EStructuralFeature feature = (EStructuralFeature) element;
				Object v = shown.element().eGet(feature);
				if (shown.elements().stream().anyMatch(other -> !java.util.Objects.equals(other.eGet(feature), v))) {
					return "(mixed)";
				}
				if (v instanceof List<?> list) {
					return String.join(", ", list.stream().map(FeatureColumn::show).toList());
				}
				return FeatureColumn.show(v);
			}
		});
		value.setEditingSupport(new ValueEditing());
		follow(viewer.getControl());
	}

	@Override
	protected void show(SelectedElement selected) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		shown = selected == null || selected.element().eResource() == null && selected.element().eContainer() == null ? null : selected;
		if (shown == null) {
			viewer.setInput(new Object[0]);
			setContentDescription("Select an element to see its properties.");
			return;
		}
		setContentDescription(shown.elements().size() > 1 ? shown.elements().size() + " elements selected: the properties they share; "
				+ "a value set here is set on all" : ElementPath.inProject(shown.element()));
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : shown.element().eClass().getEAllStructuralFeatures()) {
			boolean shared = shown.elements().stream().allMatch(e -> e.eClass().getEAllStructuralFeatures().contains(feature));
			boolean nameOfMany = shown.elements().size() > 1 && feature == tandem.model.TandemPackage.Literals.NAMED_ELEMENT__NAME;
			if (shared && !nameOfMany && !(feature instanceof EReference r && r.isContainment()) && !feature.isDerived()
					&& !feature.getName().equals("passwordHash")) {
				features.add(feature);
			}
		}
		viewer.setInput(features.toArray());
	}

	private final class ValueEditing extends EditingSupport {
		ValueEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return !((EStructuralFeature) element).isMany();
		}

		@Override
		protected Object getValue(Object element) {
			EStructuralFeature feature = (EStructuralFeature) element;
			Object v = shown.element().eGet(feature);
			return shown.elements().stream().anyMatch(other -> !java.util.Objects.equals(other.eGet(feature), v)) ? "" : FeatureColumn.show(v);
		}

		@Override
		protected void setValue(Object element, Object value) {
			EStructuralFeature feature = (EStructuralFeature) element;
			String text = (String) value;
			if (text.equals(getValue(element))) {
				return;
			}
			try {
				if (feature == tandem.model.TandemPackage.Literals.SYMBOL_INSTANCE__ROTATION) {
					// turned as the screen editor turns them: a quarter turn swaps each box, the symbols keep their shape
					tandem.studio.core.screen.SymbolOperation.turn(shown.session(),
							shown.elements().stream().map(tandem.model.SymbolInstance.class::cast).toList(),
							(Integer) FeatureValues.parse((EAttribute) feature, text));
				} else if (feature == tandem.model.TandemPackage.Literals.NAMED_ELEMENT__NAME) {
					String was = ((NamedElement) shown.element()).getName();
					tandem.studio.ui.editors.RenameNotice.show(getSite().getShell(), "Renamed '" + was + "' to '"
							+ text.strip() + "'", new RenameOperation(shown.session(), (NamedElement) shown.element(),
									text).execute());
				} else if (feature instanceof EAttribute attribute) {
					new SetFeatureOperation(shown.session(), shown.elements(), feature, FeatureValues.parse(attribute, text)).execute();
				} else {
					new SetFeatureOperation(shown.session(), shown.elements(), feature, named((EReference) feature, text)).execute();
				}
			} catch (IllegalArgumentException e) {
				MessageDialog.openError(getSite().getShell(), "Change refused", e.getMessage());
			}
		}

		private EObject named(EReference reference, String name) {
			if (name.isBlank()) {
				return null;
			}
			var contents = shown.session().project().eAllContents();
			while (contents.hasNext()) {
				EObject candidate = contents.next();
				if (reference.getEReferenceType().isInstance(candidate) && candidate instanceof NamedElement named && name.strip().equals(named.getName())) {
					return candidate;
				}
			}
			throw new IllegalArgumentException(reference.getName() + ": there is no " + reference.getEReferenceType().getName() + " named '"
					+ name.strip() + "'");
		}
	}

	/** What the Value column shows for the property named feature ("(mixed)" when the selection differs), null when absent. */
	public String shownValue(String feature) {
		for (org.eclipse.swt.widgets.TableItem item : viewer.getTable().getItems()) {
			if (item.getText(0).equals(feature)) {
				return item.getText(1);
			}
		}
		return null;
	}

	/** Types text into the Value cell of the property named feature, as the engineer would. */
	public void typeValue(String feature, String text) {
		for (Object row : (Object[]) viewer.getInput()) {
			if (((EStructuralFeature) row).getName().equals(feature)) {
				new ValueEditing().setValue(row, text);
				return;
			}
		}
		throw new IllegalArgumentException("no property " + feature + " is shown");
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

}
