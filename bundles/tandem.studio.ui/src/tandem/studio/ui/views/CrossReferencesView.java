package tandem.studio.ui.views;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;

import tandem.model.naming.ElementPath;
import tandem.studio.core.Category;
import tandem.studio.core.refs.CrossReferences;
import tandem.studio.core.refs.ParameterNames;
import tandem.studio.core.refs.Usage;
import tandem.studio.ui.editors.CategoryEditors;

/** "Used by": every place that refers to the selected element, or names it through symbol parameters; double-click goes there. */
public final class CrossReferencesView extends ElementFollowingView {

	public static final String ID = "tandem.studio.ui.crossReferences";

	private TableViewer viewer;
	/** What the view shows (null when the selected element is gone). */
	private SelectedElement shown;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Usage) element).describe();
			}
		});
		viewer.addDoubleClickListener(e -> go((Usage) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		follow(viewer.getControl());
	}

	@Override
	protected void show(SelectedElement selected) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		shown = selected;
		if (selected == null || selected.element().eContainer() == null) {
			viewer.setInput(new Object[0]);
			setContentDescription("Select an element to see what uses it.");
			return;
		}
		List<Usage> usages = new java.util.ArrayList<>(new CrossReferences(selected.session().project()).usagesOf(selected.element()));
		if (selected.element() instanceof tandem.model.Variable variable) {
			usages.addAll(new ParameterNames(selected.session().project()).usagesOf(variable));
		}
		setContentDescription(ElementPath.inProject(selected.element()) + " is used by " + usages.size() + " element(s)");
		viewer.setInput(usages.toArray());
	}

	/** The uses shown now, for tests. */
	public int count() {
		return viewer.getTable().getItemCount();
	}

	private void go(Usage usage) {
		if (usage == null || shown == null) {
			return;
		}
		try {
			CategoryEditors.open(getSite().getPage(), shown.session(), Category.of(usage.owner()), usage.owner());
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot open editor", e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

}
