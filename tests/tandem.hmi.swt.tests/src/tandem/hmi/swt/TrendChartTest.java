package tandem.hmi.swt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.hmi.Colour;
import tandem.hmi.TrendPen;
import tandem.hmi.TrendWindow;
import tandem.runtime.api.Quality;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3: the trend widget on a real display (Xvfb) with a recorded hour of two pens — a level with a one-sample
 * spike and a time the driver was lost, a flow in another unit — asked of a source that decimates like the server.
 * Zoom, pan, rubber band and cursor driven with mouse events; asserted on the pixels of saved screenshots.
 */
class TrendChartTest {

	private static final long NOW = 1_796_300_000_000L;
	private static final long HOUR = 3_600_000;
	private static final long SPIKE = NOW - 40 * 60_000 + 7000;
	private static final long LOST_FROM = NOW - 20 * 60_000;
	private static final long LOST_TO = NOW - 15 * 60_000;
	private static final Colour LEVEL = new Colour(0x1F, 0x5F, 0xBF);
	private static final Colour FLOW = new Colour(0xD0, 0x70, 0x10);
	private static Display display;

	private final List<TrendQuery> asked = new CopyOnWriteArrayList<>();
	private Shell shell;
	private TrendChart chart;

	@BeforeAll
	static void createDisplay() {
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
	}

	@AfterAll
	static void disposeDisplay() {
		display.dispose();
	}

	@BeforeEach
	void openChart() {
		shell = new Shell(display, SWT.NO_TRIM);
		shell.setLayout(new FillLayout());
		shell.setSize(1100, 520);
		chart = new TrendChart(shell, this::recorded, () -> NOW, ZoneOffset.UTC);
		shell.open();
		chart.pens(List.of(new TrendPen("Tank1.Level", "%", LEVEL, 0, 100),
				new TrendPen("Intake.Flow", "m³/h", FLOW, 0, 500)), 0);
		chart.show(new TrendWindow(NOW - HOUR, NOW, false));
		waitFor("both pens loaded", () -> chart.series().stream().allMatch(s -> s != null));
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	/** A second-by-second hour as an archive holds it, decimated as the server does. */
	private CompletableFuture<TrendSeries> recorded(TrendQuery q) {
		asked.add(q);
		TrendDecimation d = new TrendDecimation(q);
		for (long t = Math.max(q.from(), NOW - 2 * HOUR) / 1000 * 1000; t < Math.min(q.to(), NOW); t += 1000) {
			if (q.variable().equals("Tank1.Level")) {
				boolean lost = t >= LOST_FROM && t < LOST_TO;
				d.add(t, t == SPIKE ? 95.0 : 40 + 5 * Math.sin(t / 300_000.0), lost ? Quality.INVALID : Quality.GOOD);
			} else {
				d.add(t, 250 + 50 * Math.cos(t / 600_000.0), Quality.GOOD);
			}
		}
		return CompletableFuture.completedFuture(d.finish(NOW));
	}

	@Test
	void aOneSampleSpikeIsDrawnAtAnHourWideAndTheCursorReadsItsValue() throws Exception {
		ImageData png = Screenshots.load(screenshot("trend-hour"));
		int x = chart.xOf(SPIKE);
		assertTrue(near(png, x, chart.yOf(0, 95.0), 0x1F5FBF), "the spike's stroke reaches 95 %");
		assertFalse(near(png, chart.xOf(SPIKE - 120_000), chart.yOf(0, 95.0), 0x1F5FBF), "nothing else is that high");
		mouse(SWT.MouseMove, x, 200, 0, 0);
		long at = chart.timeAt(x);
		List<String> readout = chart.readout(SPIKE);
		assertEquals("Tank1.Level: 95.0 %", readout.get(1));
		assertTrue(readout.get(2).startsWith("Intake.Flow: ") && readout.get(2).endsWith(" m³/h"), readout.get(2));
		assertTrue(Math.abs(at - SPIKE) <= HOUR / chart.plot().width + 1, "the cursor sits at the spike's time");
		screenshot("trend-cursor");
	}

	@Test
	void aTimeTheDriverWasLostIsHatchedAndNoLineBridgesIt() throws Exception {
		ImageData png = Screenshots.load(screenshot("trend-gap"));
		int middle = chart.xOf((LOST_FROM + LOST_TO) / 2);
		for (int y = chart.plot().y + 2; y < chart.plot().y + chart.plot().height - 2; y++) {
			assertNotEquals(0x1F5FBF, Screenshots.pixel(png, middle, y), "no level line inside the gap at y=" + y);
		}
		assertEquals("Tank1.Level: INVALID (no value)", chart.readout((LOST_FROM + LOST_TO) / 2).get(1));
	}

	@Test
	void theWheelZoomsAroundTheMouseDraggingPansAndADoubleClickGoesBackToLive() {
		int x = chart.xOf(SPIKE);
		Event wheel = new Event();
		wheel.x = x;
		wheel.y = 200;
		wheel.count = 3;
		chart.control().notifyListeners(SWT.MouseVerticalWheel, wheel);
		TrendWindow zoomed = chart.window();
		assertEquals(HOUR * 0.8, zoomed.span(), 2);
		assertEquals(SPIKE, chart.timeAt(x), HOUR / chart.plot().width + 2.0, "the time under the mouse stays");
		assertFalse(zoomed.live());

		mouse(SWT.MouseDown, x, 200, 1, 0);
		mouse(SWT.MouseMove, x - 200, 200, 0, SWT.BUTTON1);
		mouse(SWT.MouseUp, x - 200, 200, 1, 0);
		long moved = chart.window().from() - zoomed.from();
		assertEquals(200.0 / chart.plot().width * zoomed.span(), moved, zoomed.span() / 500.0, "dragged left: later");

		mouse(SWT.MouseDoubleClick, x, 200, 1, 0);
		assertTrue(chart.window().live());
		assertEquals(NOW, chart.window().to());
	}

	@Test
	void aRubberBandZoomsIntoTheSpikeWhichStaysVisibleAtTheFinerScale() throws Exception {
		int from = chart.xOf(SPIKE - 60_000);
		int to = chart.xOf(SPIKE + 60_000);
		mouse(SWT.MouseDown, from, 150, 3, 0);
		mouse(SWT.MouseMove, to, 150, 0, SWT.BUTTON3);
		mouse(SWT.MouseUp, to, 150, 3, 0);
		assertEquals(120_000, chart.window().span(), 2 * HOUR / chart.plot().width);
		waitFor("the finer answer shown", () -> chart.series().get(0).query().to() - chart.series().get(0).query()
				.from() < 10 * 60_000);
		ImageData png = Screenshots.load(screenshot("trend-zoomed-spike"));
		assertTrue(near(png, chart.xOf(SPIKE), chart.yOf(0, 95.0), 0x1F5FBF), "the spike at two minutes wide");
	}

	@Test
	void whatTheTrendShowsIsExportedAsCsvAndPng(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path csv = dir.resolve("trend.csv");
		Path png = dir.resolve("trend.png");
		chart.exportCsv(csv);
		chart.exportPng(png);
		List<String> lines = Files.readAllLines(csv);
		assertEquals("variable,unit,from,until,first,last,min,max,min_time,max_time,samples,quality", lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("Tank1.Level,%,") && l.contains(",95.0,")), "the spike");
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("Tank1.Level,%,") && l.endsWith(",0,INVALID")),
				"the gap");
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("Intake.Flow,m³/h,")));
		ImageData picture = Screenshots.load(png);
		assertEquals(chart.control().getSize().x, picture.width);
		assertTrue(near(picture, chart.xOf(SPIKE), chart.yOf(0, 95.0), 0x1F5FBF), "the picture shows the spike");
	}

	private void mouse(int type, int x, int y, int button, int state) {
		Event e = new Event();
		e.x = x;
		e.y = y;
		e.button = button;
		e.stateMask = state;
		chart.control().notifyListeners(type, e);
	}

	/** The colour within 2 pixels of (x, y): lines are anti-aliased. */
	private static boolean near(ImageData png, int x, int y, int rgb) {
		for (int dx = -2; dx <= 2; dx++) {
			for (int dy = -2; dy <= 2; dy++) {
				int p = Screenshots.pixel(png, Math.max(0, x + dx), Math.max(0, y + dy));
				if (Math.abs((p >> 16 & 0xff) - (rgb >> 16 & 0xff)) < 40 && Math.abs((p >> 8 & 0xff) - (rgb >> 8 & 0xff))
						< 40 && Math.abs((p & 0xff) - (rgb & 0xff)) < 40) {
					return true;
				}
			}
		}
		return false;
	}

	private Path screenshot(String name) throws Exception {
		long end = System.currentTimeMillis() + 300;
		waitFor("painting", () -> System.currentTimeMillis() > end);
		return Screenshots.save(shell, name);
	}

	private static void waitFor(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after 10 s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}
}
