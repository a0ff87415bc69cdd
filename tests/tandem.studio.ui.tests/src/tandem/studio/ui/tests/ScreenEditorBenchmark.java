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
 * and painting the same screen with the same (good) values in the same run; frames are counted as painted (GTK
 * paints on its frame clock, so a redraw is waited for). Goals: open under 500 ms, drag at 30 frames/s or more.
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
				int[] painted = { 0 };
				editor.canvasControl().addListener(org.eclipse.swt.SWT.Paint, e -> painted[0]++);
				long start = System.nanoTime();
				editor.showScreen(screen);
				painted(display, painted);
				double openMs = (System.nanoTime() - start) / 1e6;
				double rendererOpenMs = rendererOpen(display, screen);
				List<ScreenElement> selected = screen.getElements().subList(0, 200);
				editor.select(selected);
				settle();
				int frames = 60;
				start = System.nanoTime();
				for (int i = 1; i <= frames; i++) {
					editor.previewMove(i % 40, i % 25);
					painted(display, painted);
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
		canvas.update(goodValues(screen));
		shell.open();
		settle();
		int[] painted = { 0 };
		canvas.control().addListener(org.eclipse.swt.SWT.Paint, e -> painted[0]++);
		long start = System.nanoTime();
		canvas.show(screen);
		painted(display, painted);
		double ms = (System.nanoTime() - start) / 1e6;
		shell.dispose();
		return ms;
	}

	private static double rendererFrames(Display display, Screen screen, int frames) {
		Shell shell = shell(display);
		ScreenCanvas canvas = new ScreenCanvas(shell, noActions(), ZoneId.systemDefault());
		canvas.update(goodValues(screen));
		shell.open();
		canvas.show(screen);
		settle();
		long start = System.nanoTime();
		int[] painted = { 0 };
		canvas.control().addListener(org.eclipse.swt.SWT.Paint, e -> painted[0]++);
		for (int i = 0; i < frames; i++) {
			canvas.control().redraw();
			painted(display, painted);
		}
		double fps = frames / ((System.nanoTime() - start) / 1e9);
		shell.dispose();
		return fps;
	}

	/** Runs the event loop until the control painted once more (GTK paints on its frame clock), at most 2 s. */
	private static void painted(Display display, int[] count) {
		int before = count[0];
		long deadline = System.currentTimeMillis() + 2000;
		while (count[0] == before && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(1, () -> { });
				display.sleep();
			}
		}
	}

	/** Every variable at 50 with good quality, as the editor draws its design values (no "no value" hatching). */
	private static tandem.hmi.PlantSnapshot goodValues(Screen screen) {
		java.util.Map<String, tandem.runtime.api.Value> values = new java.util.HashMap<>();
		for (Variable v : ((Project) screen.eContainer()).getVariables()) {
			values.put(v.getName(), tandem.runtime.api.Value.good(50.0, System.currentTimeMillis()));
		}
		return tandem.hmi.PlantSnapshot.of(values, true);
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
