package tandem.studio.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.io.ProjectStore;
import tandem.studio.core.Category;
import tandem.studio.core.CloseProjectOperation;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.CategoryEditors;
import tandem.studio.ui.screens.ScreensEditor;

/**
 * What the screen editor's UI tests start from: the demo project saved to a fresh temporary file, opened in the
 * studio's workspace, the workbench window at a given size and the Screens editor open on it. Opened once per test
 * class ({@code @BeforeAll}) and closed with its editors and project ({@code @AfterAll}).
 */
record DemoStudio(Path file, IWorkbenchWindow window, IWorkbenchPage page, ProjectSession session, ScreensEditor editor) {

	static DemoStudio open(String folder, int width, int height) throws Exception {
		Path file = Files.createTempDirectory(folder).resolve("water-treatment.tandem");
		new ProjectStore().save(new DemoProjectFactory().create(), file);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		window.getShell().setSize(width, height);
		ProjectSession session = new OpenProjectOperation(StudioPlugin.get().workspace(), file).execute();
		ScreensEditor editor = (ScreensEditor) CategoryEditors.open(page, session, Category.SCREENS, null);
		return new DemoStudio(file, window, page, session, editor);
	}

	void close() {
		page.closeAllEditors(false);
		new CloseProjectOperation(StudioPlugin.get().workspace(), session, true).execute();
	}

	Screen screen(String name) {
		return session.project().getScreens().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

	static ScreenElement element(Screen screen, String name) {
		return screen.getElements().stream().filter(e -> name.equals(e.getName())).findFirst().orElse(null);
	}

	/** Every editable text field inside c, in layout order (the Bindings panel's, a dialog's). */
	static List<Text> editableTexts(Control c) {
		List<Text> out = new ArrayList<>();
		if (c instanceof Text t && (t.getStyle() & SWT.READ_ONLY) == 0) {
			out.add(t);
		}
		if (c instanceof Composite inner) {
			for (Control child : inner.getChildren()) {
				out.addAll(editableTexts(child));
			}
		}
		return out;
	}
}
