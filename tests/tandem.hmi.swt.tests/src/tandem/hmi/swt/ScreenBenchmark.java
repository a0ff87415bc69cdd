package tandem.hmi.swt;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import tandem.hmi.PlantSnapshot;
import tandem.hmi.TrendHistory;
import tandem.model.AlarmGroup;
import tandem.model.Rectangle;
import tandem.model.Screen;
import tandem.model.SimulatorDriver;
import tandem.model.Variable;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;
import tandem.model.demo.DemoProjectFactory;
import tandem.runtime.api.Value;
import tandem.runtime.api.client.ActionResult;

/**
 * Benchmark, not a test (not run by default; run with -Dtest=ScreenBenchmark under Xvfb): a generated screen of
 * 2,000 dynamic elements (fill level and fill colour, 500 variables) fed 2,000 value changes per second in batches,
 * painted by {@link ScreenCanvas}, beside a baseline canvas that paints 2,000 plain GC rectangles at the same
 * rate in the same run. Prints frames per second and the UI thread's busy share; then the time of a screen switch
 * for each demo screen and the heap used with the demo project. Goals: >= 30 frames/s with the UI thread busy
 * < 50 %, a switch < 200 ms.
 */
class ScreenBenchmark {

	private static final int ELEMENTS = 2000;
	private static final int VARIABLES = 500;
	private static final int CHANGES_PER_S = 2000;
	private static final int BATCHES_PER_S = 40;
	private static final long RUN_MS = 10_000;

	private record Figures(double fps, double busy, double presentMsPerBatch) {
	}

	@Test
	void paintsTwoThousandDynamicElementsBesideAPlainGcBaseline() {
		Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		ProjectBuilder b = new ProjectBuilder("bench");
		SimulatorDriver sim = b.simulator("sim");
		List<Variable> variables = new ArrayList<>();
		for (int i = 0; i < VARIABLES; i++) {
			variables.add(b.analog("V" + i, "m", 0, 100, sim, "sine"));
		}
		Screen screen = b.screen("Generated", 1250, 800, "#D8DCE0");
		ScreenBuilder s = new ScreenBuilder(screen);
		for (int i = 0; i < ELEMENTS; i++) {
			Rectangle r = s.rectangle("r" + i, 10 + i % 50 * 24, 10 + i / 50 * 19, 20, 16, "#202020", "#FFFFFF");
			Variable v = variables.get(i % VARIABLES);
			ScreenBuilder.fillLevel(r, v, "#4090E0");
			ScreenBuilder.fillColor(r, v, 0, 50, "#F0F0F0", 50.0001, 100, "#E0E8F0");
		}
		Figures warm = runCanvas(display, screen, variables, 2000); // JIT warm-up, not printed
		Figures hmi = runCanvas(display, screen, variables, RUN_MS);
		Figures plain = runBaseline(display, RUN_MS);
		System.out.printf(Locale.ROOT, "BENCHMARK screen %d dynamic elements, %d changes/s in %d batches/s, %d s%n",
				ELEMENTS, CHANGES_PER_S, BATCHES_PER_S, RUN_MS / 1000);
		System.out.printf(Locale.ROOT, "  ScreenCanvas:            %5.1f frames/s, UI thread busy %4.1f %%, "
				+ "presentation %.2f ms per batch (warm-up run: %.1f frames/s)%n", hmi.fps, hmi.busy * 100,
				hmi.presentMsPerBatch, warm.fps);
		System.out.printf(Locale.ROOT, "  baseline GC rectangles:  %5.1f frames/s, UI thread busy %4.1f %%%n", plain.fps,
				plain.busy * 100);
		switchTimes(display);
	}

	private static Figures runCanvas(Display display, Screen screen, List<Variable> variables, long runMs) {
		Shell shell = shell(display);
		ScreenCanvas canvas = new ScreenCanvas(shell, new NoActions(), ZoneId.systemDefault());
		shell.open();
		Map<String, Value> values = new HashMap<>();
		for (Variable v : variables) {
			values.put(v.getName(), Value.good(50.0, System.currentTimeMillis()));
		}
		TrendHistory trends = new TrendHistory();
		canvas.update(new PlantSnapshot(values, List.of(), true, trends, List.of()));
		canvas.show(screen);
		int[] next = { 0 };
		int perBatch = CHANGES_PER_S / BATCHES_PER_S;
		int[] batches = { 0 };
		Runnable feed = new Runnable() {
			@Override
			public void run() {
				if (shell.isDisposed()) {
					return;
				}
				long now = System.currentTimeMillis();
				for (int i = 0; i < perBatch; i++) {
					Variable v = variables.get(next[0]++ % variables.size());
					values.put(v.getName(), Value.good((now / 7 + next[0] * 13) % 100 * 1.0, now));
				}
				canvas.update(new PlantSnapshot(values, List.of(), true, trends, List.of()));
				batches[0]++;
				display.timerExec(1000 / BATCHES_PER_S, this);
			}
		};
		long before = canvas.presentNanos();
		Figures f = measure(display, shell, canvas.control(), feed, runMs);
		double presentMs = (canvas.presentNanos() - before) / 1e6 / Math.max(1, batches[0]);
		shell.dispose();
		return new Figures(f.fps, f.busy, presentMs);
	}

	private static Figures runBaseline(Display display, long runMs) {
		Shell shell = shell(display);
		Canvas canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		Color[] colours = { new Color(display, 0x40, 0x90, 0xE0), new Color(display, 0xF0, 0xF0, 0xF0) };
		Color edge = new Color(display, 0x20, 0x20, 0x20);
		int[] frame = { 0 };
		canvas.addListener(SWT.Paint, e -> {
			e.gc.setBackground(colours[1]);
			e.gc.fillRectangle(canvas.getClientArea());
			e.gc.setForeground(edge);
			for (int i = 0; i < ELEMENTS; i++) {
				int x = 10 + i % 50 * 24;
				int y = 10 + i / 50 * 19;
				e.gc.setBackground(colours[(i + frame[0]) % 2]);
				e.gc.fillRectangle(x, y + 8, 20, 8);
				e.gc.drawRectangle(x, y, 20, 16);
			}
		});
		shell.open();
		Runnable feed = new Runnable() {
			@Override
			public void run() {
				if (!shell.isDisposed()) {
					frame[0]++;
					canvas.redraw();
					display.timerExec(1000 / BATCHES_PER_S, this);
				}
			}
		};
		Figures f = measure(display, shell, canvas, feed, runMs);
		shell.dispose();
		for (Color c : colours) {
			c.dispose();
		}
		edge.dispose();
		return f;
	}

	/** Runs the event loop for runMs with feed on its timer: frames painted per second, share of time busy. */
	private static Figures measure(Display display, Shell shell, Control painted, Runnable feed, long runMs) {
		int[] frames = { 0 };
		painted.addListener(SWT.Paint, e -> frames[0]++);
		while (display.readAndDispatch()) {
			// settle the first paint
		}
		frames[0] = 0;
		display.timerExec(1000 / BATCHES_PER_S, feed);
		long start = System.nanoTime();
		long end = start + runMs * 1_000_000;
		long busy = 0;
		while (System.nanoTime() < end) {
			long t = System.nanoTime();
			if (display.readAndDispatch()) {
				busy += System.nanoTime() - t;
			} else {
				display.sleep();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		display.timerExec(-1, feed);
		return new Figures(frames[0] / seconds, busy / 1e9 / seconds, 0);
	}

	private static void switchTimes(Display display) {
		var project = new DemoProjectFactory().create();
		Shell shell = shell(display);
		ScreenCanvas canvas = new ScreenCanvas(shell, new NoActions(), ZoneId.systemDefault());
		shell.open();
		Map<String, Value> values = new HashMap<>();
		for (Variable v : project.getVariables()) {
			values.put(v.getName(), Value.good(v.getRangeMax() == null ? Boolean.TRUE : (Object) (v.getRangeMax() / 2),
					System.currentTimeMillis()));
		}
		canvas.update(new PlantSnapshot(values, List.of(), true, new TrendHistory(), List.of()));
		StringBuilder line = new StringBuilder("  screen switch (show + paint, mean of 20):");
		for (int round = 0; round < 2; round++) {
			for (Screen screen : project.getScreens()) {
				long total = 0;
				for (int i = 0; i < 20; i++) {
					long t = System.nanoTime();
					canvas.show(screen);
					canvas.control().update(); // paints now
					total += System.nanoTime() - t;
				}
				if (round == 1) {
					line.append(String.format(Locale.ROOT, " %s %.1f ms;", screen.getName(), total / 20 / 1e6));
				}
			}
		}
		System.out.println(line);
		System.gc();
		Runtime rt = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "  heap used with the demo project's screens shown: %.1f MiB (max %.0f MiB)%n",
				(rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
		shell.dispose();
	}

	private static Shell shell(Display display) {
		Shell shell = new Shell(display, SWT.NO_TRIM);
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1250, 800);
		return shell;
	}

	private static final class NoActions implements ScreenActions {
		@Override
		public CompletableFuture<ActionResult> write(String variable, Object value) {
			return new CompletableFuture<>();
		}

		@Override
		public CompletableFuture<ActionResult> acknowledge(AlarmGroup group) {
			return new CompletableFuture<>();
		}

		@Override
		public void showScreen(Screen screen) {
		}
	}
}
