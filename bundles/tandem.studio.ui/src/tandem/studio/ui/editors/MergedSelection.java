package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/** One selection provider for an editor with several tables: the selection of the table last clicked. */
final class MergedSelection implements ISelectionProvider {

	private final List<ISelectionChangedListener> listeners = new ArrayList<>();
	private ISelection current = StructuredSelection.EMPTY;

	MergedSelection(List<? extends StructuredViewer> viewers) {
		for (StructuredViewer viewer : viewers) {
			viewer.addSelectionChangedListener(event -> {
				current = event.getSelection();
				SelectionChangedEvent forwarded = new SelectionChangedEvent(this, current);
				List.copyOf(listeners).forEach(l -> l.selectionChanged(forwarded));
			});
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return current;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection selection) {
		current = selection;
	}
}
