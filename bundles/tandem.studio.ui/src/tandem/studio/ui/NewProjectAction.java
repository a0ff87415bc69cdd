package tandem.studio.ui;

import java.io.IOException;
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
import tandem.studio.core.NewProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.editors.CategoryEditors;

/** File > New Project…: a new project file, empty or from the demo plant, opened at its overview. */
public final class NewProjectAction extends Action {

	private final IWorkbenchWindow window;

	public NewProjectAction(IWorkbenchWindow window) {
		super("&New Project…");
		this.window = window;
		setToolTipText("Create a Tandem project, empty or from the demo plant");
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
		dialog.setText("New Tandem project");
		dialog.setFilterExtensions(new String[] { "*.tandem" });
		dialog.setFileName("plant.tandem");
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		create(Path.of(chosen.endsWith(".tandem") ? chosen : chosen + ".tandem"));
	}

	/** The rest of New Project… once the file is chosen: asks for the template, creates and opens the project. */
	public void create(Path file) {
		int template = new MessageDialog(window.getShell(), "New Tandem project", null, "Start " + file.getFileName() + " from:",
				MessageDialog.QUESTION, 0, "The demo water-treatment plant", "An empty project", "Cancel").open();
		if (template < 0 || template == 2) {
			return;
		}
		String name = file.getFileName().toString().replaceFirst("\\.tandem$", "");
		try {
			ProjectSession session = new NewProjectOperation(StudioPlugin.get().workspace(), file, name,
					template == 0 ? NewProjectOperation.Template.DEMO : NewProjectOperation.Template.EMPTY).execute();
			CategoryEditors.open(window.getActivePage(), session, Category.OVERVIEW, null);
		} catch (IOException | LoadException | IllegalArgumentException | PartInitException e) {
			MessageDialog.openError(window.getShell(), "Cannot create project", e.getMessage());
		}
	}
}
