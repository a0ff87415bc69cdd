package tandem.studio.ui.editors;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;

import tandem.model.naming.ElementPath;
import tandem.studio.core.op.DeleteOperation;
import tandem.studio.core.op.InUseException;
import tandem.studio.core.refs.Usage;

/** Asks before deleting: lists what still uses the elements and lets the engineer remove the uses or cancel. */
final class Deletion {

	private Deletion() {
	}

	static void ask(ProjectEditor editor, List<? extends EObject> elements) {
		if (elements.isEmpty()) {
			return;
		}
		String what = elements.size() == 1 ? ElementPath.inProject(elements.get(0)) : elements.size() + " elements";
		List<Usage> uses = new DeleteOperation(editor.session(), elements, DeleteOperation.Uses.REFUSE).outsideUses();
		DeleteOperation.Uses choice;
		if (uses.isEmpty()) {
			if (!MessageDialog.openConfirm(editor.getSite().getShell(), "Delete", "Delete " + what + "? Nothing else uses it.")) {
				return;
			}
			choice = DeleteOperation.Uses.REFUSE;
		} else {
			String list = String.join("\n", uses.stream().limit(15).map(u -> "  " + u.describe()).toList())
					+ (uses.size() > 15 ? "\n  … and " + (uses.size() - 15) + " more" : "");
			MessageDialog dialog = new MessageDialog(editor.getSite().getShell(), "Delete " + what, null,
					what + " is still used by " + uses.size() + " element(s):\n\n" + list
							+ "\n\nRemove these uses too (alarms, recipe values and bindings of a deleted variable go with it;"
							+ " other references are cleared and shown as problems)?",
					MessageDialog.WARNING, 0, "Delete with uses", "Cancel");
			if (dialog.open() != 0) {
				return;
			}
			choice = DeleteOperation.Uses.REMOVE;
		}
		try {
			new DeleteOperation(editor.session(), elements, choice).execute();
		} catch (InUseException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Not deleted", e.getMessage());
		}
	}
}
