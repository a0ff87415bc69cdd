package tandem.studio.ui;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import tandem.model.io.LoadException;
import tandem.studio.core.Category;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.editors.CategoryEditors;

/** File > Open Project…: opens a .tandem file and its overview; a file that is not a project is reported. */
final class OpenProjectAction extends Action {

	private final IWorkbenchWindow window;

	OpenProjectAction(IWorkbenchWindow window) {
		super("&Open Project…");
		this.window = window;
		setToolTipText("Open a Tandem project file");
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.tandem", "*" });
		String file = dialog.open();
		if (file != null) {
			open(window, Path.of(file));
		}
	}

	/** Opens file in the studio and shows its overview; errors go to a dialog. */
	static ProjectSession open(IWorkbenchWindow window, Path file) {
		try {
			ProjectSession session = new OpenProjectOperation(StudioPlugin.get().workspace(), file).execute();
			CategoryEditors.open(window.getActivePage(), session, Category.OVERVIEW, null);
			return session;
		} catch (LoadException e) {
			MessageDialog.openError(window.getShell(), "Cannot open project", String.join("\n", e.problems()));
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), "Cannot open project", e.getMessage());
		}
		return null;
	}
}
