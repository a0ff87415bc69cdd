package tandem.studio.ui.screens;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** The screen editor's selection as the workbench sees it: Properties and Cross References follow it. */
final class ElementSelection implements ISelectionProvider {

	private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection s) {
		selection = s;
		SelectionChangedEvent event = new SelectionChangedEvent(this, s);
		listeners.forEach(l -> l.selectionChanged(event));
	}
}
