package tandem.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;

import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3: the real Tandem Studio workbench under Xvfb. Checks what an engineer sees when the studio opens
 * and leaves screenshots in target/screenshots.
 */
class StudioWorkbenchTest {

	@Test
	void theStudioOpensInTheEngineeringPerspectiveWithTheProjectsView() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the studio has a workbench window");
		Shell shell = window.getShell();
		assertTrue(shell.isVisible());
		assertTrue(shell.getText().contains("Tandem Studio"), "window title: " + shell.getText());
		IWorkbenchPage page = window.getActivePage();
		assertEquals("tandem.studio.ui.perspective", page.getPerspective().getId());
		assertNotNull(page.findView("tandem.studio.ui.projectExplorer"), "Projects view is open");
		Path png = Screenshots.save(shell, "studio-workbench");
		assertTrue(Screenshots.distinctColours(png) > 5, "screenshot shows a drawn window: " + png);
	}

	@Test
	void theAboutDialogShowsTheProductVersion() throws Exception {
		assertEquals("Tandem Studio", Platform.getProduct().getName());
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Display display = window.getShell().getDisplay();
		AtomicReference<String> shown = new AtomicReference<>("");
		AtomicReference<Path> png = new AtomicReference<>();
		display.timerExec(1500, () -> {
			Shell about = display.getActiveShell();
			if (about == null || about == window.getShell()) {
				return;
			}
			shown.set(about.getText() + "\n" + allText(about));
			try {
				png.set(Screenshots.save(about, "studio-about"));
			} catch (Exception e) {
				shown.set(shown.get() + "\nscreenshot failed: " + e);
			}
			about.close();
		});
		IAction aboutAction = ActionFactory.ABOUT.create(window);
		aboutAction.run();
		assertTrue(shown.get().contains("Version 0.1.0"), "About dialog text: " + shown.get());
		assertNotNull(png.get());
	}

	private static String allText(Control control) {
		StringBuilder text = new StringBuilder();
		if (control instanceof StyledText styled) {
			text.append(styled.getText()).append('\n');
		} else if (control instanceof Text plain) {
			text.append(plain.getText()).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				text.append(allText(child));
			}
		}
		return text.toString();
	}
}
