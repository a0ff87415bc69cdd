package tandem.hmi.swt;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import tandem.hmi.Colour;
import tandem.hmi.TrendPen;
import tandem.hmi.TrendWindow;
import tandem.runtime.api.Quality;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;

/**
 * Benchmark, not a test (not run by default; run with -Dtest=TrendBenchmark under Xvfb): the trend widget with 4
 * pens over 7 days at 1 s (2.4 million samples, a one-sample spike a day), its source decimating the raw samples
 * as the server does (every sample read; the server reads rollups and is measured by {@code HistoryQueryBenchmark}).
 * Prints the time from {@link TrendChart#show} until every pen is drawn, beside the source's decimation alone, and
 * the frame rate while the chart is dragged (pan, one synchronous repaint per mouse move), beside a plain canvas
 * drawing the same polylines the same way in the same run. Goals: open under 1 s, pan at 30 frames/s or more.
 */
class TrendBenchmark {

	private static final long DAY = 86_400_000L;
	private static final long WEEK = 7 * DAY;
	private static final long END = 1_796_300_000_000L;
	private static final long START = END - WEEK;
	private static final int PENS = 4;
	private static final long PAN_MS = 5000;

	private final double[][] samples = new double[PENS][(int) (WEEK / 1000)];
	private final AtomicLong decimationNanos = new AtomicLong();

	@Test
	void aWeekOfFourPensOpensAndPansBesideAPlainCanvas() {
		for (int p = 0; p < PENS; p++) {
			for (int i = 0; i < samples[p].length; i++) {
				samples[p][i] = 40 + 10 * Math.sin(i / (600.0 + 97 * p)) + (i % 86_400 == 40_000 + 1000 * p ? 50 : 0);
			}
		}
		Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		open(display); // JIT warm-up, not printed
		double[] figures = open(display);
		double baseline = baselinePan(display, (int) figures[3]);
		System.out.printf(Locale.ROOT, "BENCHMARK trend %d pens x 7 days at 1 s (%,d samples), %d cores%n", PENS,
				PENS * (long) samples[0].length, Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "  TrendChart open:            %6.1f ms until every pen is drawn (the source's "
				+ "decimation of the raw samples: %.1f ms)%n", figures[0], figures[1]);
		System.out.printf(Locale.ROOT, "  TrendChart pan (drag):      %6.1f frames/s%n", figures[2]);
		System.out.printf(Locale.ROOT, "  baseline canvas polylines:  %6.1f frames/s (%d points a frame)%n", baseline,
				(int) figures[3]);
	}

	/** Open, then drag: {open ms, decimation ms, pan frames/s, points drawn per frame}. */
	private double[] open(Display display) {
		Shell shell = shell(display);
		TrendChart chart = new TrendChart(shell, this::decimate, () -> END, ZoneOffset.UTC);
		shell.open();
		Colour[] colours = { new Colour(0x1F, 0x5F, 0xBF), new Colour(0xD0, 0x70, 0x10), new Colour(0x20, 0x90, 0x40),
				new Colour(0x90, 0x30, 0x90) };
		List<TrendPen> pens = new ArrayList<>();
		for (int p = 0; p < PENS; p++) {
			pens.add(new TrendPen("Pen" + p, p < 2 ? "%" : "m³/h", colours[p], 0, 100));
		}
		decimationNanos.set(0);
		long start = System.nanoTime();
		chart.pens(pens, 0);
		chart.show(new TrendWindow(START, END, false));
		long deadline = System.currentTimeMillis() + 30_000;
		while (chart.series().stream().anyMatch(s -> s == null || s.query().from() > START)) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("the week did not load in 30 s: " + chart.status());
			}
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		chart.control().redraw();
		chart.control().update();
		double openMs = (System.nanoTime() - start) / 1e6;
		double decimationMs = decimationNanos.get() / 1e6;
		int points = chart.series().stream().mapToInt(s -> s.columns().size() * 4).sum();

		int y = chart.plot().y + chart.plot().height / 2;
		int x = chart.plot().x + chart.plot().width / 2;
		mouse(chart, SWT.MouseDown, x, y, 1, 0);
		int frames = 0;
		long moved = 0;
		long end = System.currentTimeMillis() + PAN_MS;
		long panStart = System.nanoTime();
		while (System.currentTimeMillis() < end) {
			x += frames / 40 % 2 == 0 ? -3 : 3; // back and forth inside the loaded range
			mouse(chart, SWT.MouseMove, x, y, 0, SWT.BUTTON1);
			chart.control().update();
			frames++;
			moved = Math.max(moved, Math.abs(chart.window().from() - START));
			while (display.readAndDispatch()) {
				// let answers and timers through
			}
		}
		double fps = frames / ((System.nanoTime() - panStart) / 1e9);
		mouse(chart, SWT.MouseUp, x, y, 1, 0);
		if (moved < WEEK / chart.plot().width) {
			throw new AssertionError("the drag did not pan the chart (moved " + moved + " ms)");
		}
		shell.dispose();
		return new double[] { openMs, decimationMs, fps, points };
	}

	/** A plain canvas that draws {@code points} polyline points a frame, moved by the same drag steps. */
	private static double baselinePan(Display display, int points) {
		Shell shell = shell(display);
		Canvas canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		Color white = new Color(display, 255, 255, 255);
		Color line = new Color(display, 0x1F, 0x5F, 0xBF);
		int[] offset = { 0 };
		canvas.addListener(SWT.Paint, e -> {
			var area = canvas.getClientArea();
			e.gc.setBackground(white);
			e.gc.fillRectangle(area);
			e.gc.setForeground(line);
			e.gc.setAntialias(SWT.ON);
			int perPen = points / PENS;
			int[] xy = new int[perPen * 2];
			for (int p = 0; p < PENS; p++) {
				for (int i = 0; i < perPen; i++) {
					xy[2 * i] = 64 * PENS + (i / 4 + offset[0]) % Math.max(1, area.width - 64 * PENS);
					xy[2 * i + 1] = 40 + (int) ((area.height - 80) * (0.5 + 0.4 * Math.sin((i + p * 50) / 30.0)));
				}
				e.gc.drawPolyline(xy);
			}
		});
		shell.open();
		int frames = 0;
		long end = System.currentTimeMillis() + PAN_MS;
		long start = System.nanoTime();
		while (System.currentTimeMillis() < end) {
			offset[0] += frames / 40 % 2 == 0 ? -3 : 3;
			canvas.redraw();
			canvas.update();
			frames++;
			while (display.readAndDispatch()) {
				// as above
			}
		}
		double fps = frames / ((System.nanoTime() - start) / 1e9);
		shell.dispose();
		white.dispose();
		line.dispose();
		return fps;
	}

	/** Every raw sample of the asked range, decimated as the server does, off the UI thread like an answer. */
	private CompletableFuture<TrendSeries> decimate(TrendQuery q) {
		return CompletableFuture.supplyAsync(() -> {
			long t0 = System.nanoTime();
			double[] pen = samples[Integer.parseInt(q.variable().substring(3))];
			TrendDecimation d = new TrendDecimation(q);
			int from = (int) Math.max(0, (q.from() - START + 999) / 1000);
			int to = (int) Math.min(pen.length, Math.max(0, (q.to() - START) / 1000));
			for (int i = from; i < to; i++) {
				d.add(START + i * 1000L, pen[i], Quality.GOOD);
			}
			TrendSeries s = d.finish(END);
			decimationNanos.addAndGet(System.nanoTime() - t0);
			return s;
		});
	}

	private static Shell shell(Display display) {
		Shell shell = new Shell(display, SWT.NO_TRIM);
		shell.setLayout(new FillLayout());
		shell.setSize(1400, 700);
		return shell;
	}

	private static void mouse(TrendChart chart, int type, int x, int y, int button, int state) {
		Event e = new Event();
		e.x = x;
		e.y = y;
		e.button = button;
		e.stateMask = state;
		chart.control().notifyListeners(type, e);
	}
}
