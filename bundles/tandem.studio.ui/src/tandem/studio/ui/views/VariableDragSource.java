package tandem.studio.ui.views;

import java.util.List;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;

import tandem.model.Variable;

/**
 * Lets variables be dragged out of a viewer: within the studio as the selection itself (the screen editor binds
 * or places them), elsewhere as their names, one a line.
 */
final class VariableDragSource {

	private VariableDragSource() {
	}

	static void attach(StructuredViewer viewer) {
		viewer.addDragSupport(DND.DROP_COPY | DND.DROP_LINK, new Transfer[] { LocalSelectionTransfer.getTransfer(), TextTransfer.getInstance() },
				new DragSourceAdapter() {
					@Override
					public void dragStart(DragSourceEvent e) {
						List<Variable> variables = variables(viewer);
						e.doit = !variables.isEmpty();
						if (e.doit) {
							LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
						}
					}

					@Override
					public void dragSetData(DragSourceEvent e) {
						if (LocalSelectionTransfer.getTransfer().isSupportedType(e.dataType)) {
							e.data = viewer.getStructuredSelection();
						} else if (TextTransfer.getInstance().isSupportedType(e.dataType)) {
							e.data = String.join("\n", variables(viewer).stream().map(Variable::getName).toList());
						}
					}

					@Override
					public void dragFinished(DragSourceEvent e) {
						LocalSelectionTransfer.getTransfer().setSelection(null);
					}
				});
	}

	private static List<Variable> variables(StructuredViewer viewer) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.toList().stream().filter(Variable.class::isInstance).map(Variable.class::cast).toList();
	}
}
