package tandem.studio.ui.tests;

import static tandem.studio.ui.tests.EventLoop.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tandem.hmi.swt.ScreenActions;
import tandem.hmi.swt.ScreenCanvas;
import tandem.model.Project;
import tandem.model.Rectangle;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SimulatorDriver;
import tandem.model.Variable;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;
import tandem.model.io.ProjectStore;
import tandem.studio.core.Category;
import tandem.studio.core.CloseProjectOperation;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.CategoryEditors;
import tandem.studio.ui.screens.ScreensEditor;

/**
 * Not a timed test (run with -Dtest=ScreenEditorBenchmark): a screen of 2,000 dynamic elements opened in the
 * screen editor, and 200 of them dragged, printed beside the operator client's own {@link ScreenCanvas} showing
 * and painting the same screen in the same run. Goals: open under 500 ms, drag at 30 frames/s or more.
 */
class ScreenEditorBenchmark {

	private static final int ELEMENTS = 2000;

	@Test
	void opensAndDragsTwoThousandElementsBesideTheRenderer() throws Exception {
		Path file = Files.createTempDirectory("screen-bench").resolve("bench.tandem");
		new ProjectStore().save(project(), file);
		ProjectSession session = new OpenProjectOperation(StudioPlugin.get().workspace(), file).execute();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = Display.getCurrent();
		try {
			Screen screen = session.project().getScreens().get(0);
			ScreensEditor editor = (ScreensEditor) CategoryEditors.open(page, session, Category.SCREENS, null);
			settle();
			for (int round = 1; round <= 3; round++) {
				long start = System.nanoTime();
				editor.showScreen(screen);
				editor.canvasControl().redraw();
				editor.canvasControl().update();
				double openMs = (System.nanoTime() - start) / 1e6;
				double rendererOpenMs = rendererOpen(display, screen);
				List<ScreenElement> selected = screen.getElements().subList(0, 200);
				editor.select(selected);
				settle();
				int frames = 60;
				start = System.nanoTime();
				for (int i = 1; i <= frames; i++) {
					editor.previewMove(i % 40, i % 25);
				}
				double dragFps = frames / ((System.nanoTime() - start) / 1e9);
				editor.endPreview();
				double rendererFps = rendererFrames(display, screen, frames);
				System.out.printf(Locale.ROOT,
						"ScreenEditorBenchmark round %d: %d elements, open %.0f ms (renderer show+paint %.0f ms), drag of 200 %.1f frames/s"
								+ " (renderer repaint %.1f frames/s), %d cores%n",
						round, ELEMENTS, openMs, rendererOpenMs, dragFps, rendererFps, Runtime.getRuntime().availableProcessors());
			}
		} finally {
			page.closeAllEditors(false);
			new CloseProjectOperation(StudioPlugin.get().workspace(), session, true).execute();
		}
	}

	private static double rendererOpen(Display display, Screen screen) {
		Shell shell = shell(display);
		ScreenCanvas canvas = new ScreenCanvas(shell, noActions(), ZoneId.systemDefault());
		shell.open();
		settle();
		long start = System.nanoTime();
		canvas.show(screen);
		canvas.control().update();
		double ms = (System.nanoTime() - start) / 1e6;
		shell.dispose();
		return ms;
	}

	private static double rendererFrames(Display display, Screen screen, int frames) {
		Shell shell = shell(display);
		ScreenCanvas canvas = new ScreenCanvas(shell, noActions(), ZoneId.systemDefault());
		shell.open();
		canvas.show(screen);
		settle();
		long start = System.nanoTime();
		for (int i = 0; i < frames; i++) {
			canvas.control().redraw();
			canvas.control().update();
		}
		double fps = frames / ((System.nanoTime() - start) / 1e9);
		shell.dispose();
		return fps;
	}

	private static Shell shell(Display display) {
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1100, 800);
		return shell;
	}

	private static ScreenActions noActions() {
		return (ScreenActions) java.lang.reflect.Proxy.newProxyInstance(ScreenActions.class.getClassLoader(), new Class<?>[] { ScreenActions.class },
				(proxy, method, args) -> {
					throw new UnsupportedOperationException("the benchmark presses no buttons");
				});
	}

	private static Project project() {
		ProjectBuilder b = new ProjectBuilder("bench");
		SimulatorDriver sim = b.simulator("sim");
		List<Variable> variables = new java.util.ArrayList<>();
		for (int i = 0; i < 500; i++) {
			variables.add(b.analog("V" + i, "m", 0, 100, sim, "sine"));
		}
		Screen screen = b.screen("Generated", 1250, 800, "#D8DCE0");
		ScreenBuilder s = new ScreenBuilder(screen);
		for (int i = 0; i < ELEMENTS; i++) {
			Rectangle r = s.rectangle("r" + i, 10 + i % 50 * 24, 10 + i / 50 * 19, 20, 16, "#202020", "#FFFFFF");
			Variable v = variables.get(i % variables.size());
			ScreenBuilder.fillLevel(r, v, "#4090E0");
			ScreenBuilder.fillColor(r, v, 0, 50, "#F0F0F0", 50.0001, 100, "#E0E8F0");
		}
		return b.project();
	}
}
