package tandem.studio.ui.views;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * A view about the element selected elsewhere (Properties, Cross References): follows the workbench selection,
 * and shows the element again after every change to its project.
 */
abstract class ElementFollowingView extends ViewPart {

	private final ISelectionListener selectionListener = this::selectionChanged;
	private SessionsWatcher watcher;
	private SelectedElement shown;

	/** Call at the end of createPartControl, once control exists. */
	protected final void follow(Control control) {
		getSite().getPage().addPostSelectionListener(selectionListener);
		watcher = new SessionsWatcher(control, () -> showIfAlive(shown));
		selectionChanged(null, getSite().getPage().getSelection());
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this) {
			return;
		}
		SelectedElement selected = SelectedElement.of(selection);
		if (selected != null) {
			showIfAlive(selected);
		}
	}

	private void showIfAlive(SelectedElement selected) {
		shown = selected;
		show(selected);
	}

	/** Shows selected (null: nothing); called on the UI thread. */
	protected abstract void show(SelectedElement selected);

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (watcher != null) {
			watcher.dispose();
		}
		super.dispose();
	}
}
