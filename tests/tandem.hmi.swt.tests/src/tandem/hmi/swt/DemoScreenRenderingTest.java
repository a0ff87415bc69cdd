package tandem.hmi.swt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import tandem.hmi.PlantSnapshot;
import tandem.hmi.ScreenTransform;
import tandem.hmi.TrendHistory;
import tandem.model.AlarmGroup;
import tandem.model.DataType;
import tandem.model.Project;
import tandem.model.Screen;
import tandem.model.Variable;
import tandem.model.demo.DemoProjectFactory;
import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.ActionResult.Outcome;
import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3: the demo project's screens painted by the canvas on a real display (Xvfb) at the screen's own size,
 * asserted on the pixels of the saved screenshot; buttons pressed with the mouse. Screenshots go to
 * target/screenshots.
 */
class DemoScreenRenderingTest {

	private static final long TIMEOUT_MS = 10_000;
	private static final int TANK_FILL = 0x4090E0;
	private static Display display;
	private static Project project;

	private final List<Object[]> writes = new CopyOnWriteArrayList<>();
	private final List<Screen> shown = new CopyOnWriteArrayList<>();
	private Shell shell;
	private ScreenCanvas canvas;

	@BeforeAll
	static void createDisplay() {
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		project = new DemoProjectFactory().create();
	}

	@AfterAll
	static void disposeDisplay() {
		display.dispose();
	}

	@BeforeEach
	void openCanvas() {
		shell = new Shell(display, SWT.NO_TRIM);
		shell.setLayout(new FillLayout());
		canvas = new ScreenCanvas(shell, new ScreenActions() {
			@Override
			public CompletableFuture<ActionResult> write(String variable, Object value) {
				writes.add(new Object[] { variable, value });
				return CompletableFuture.supplyAsync(() -> new ActionResult("id", Outcome.CONFIRMED, ""));
			}

			@Override
			public CompletableFuture<ActionResult> acknowledge(AlarmGroup group) {
				return CompletableFuture.completedFuture(new ActionResult("id", Outcome.CONFIRMED, ""));
			}

			@Override
			public void showScreen(Screen screen) {
				shown.add(screen);
				canvas.show(screen);
			}
		}, ZoneId.systemDefault());
		shell.setBounds(0, 0, 1280, 800);
		shell.open();
	}

	@AfterEach
	void closeCanvas() {
		shell.dispose();
	}

	@Test
	void theOverviewTankIsFilledToItsLevelAndTheHiddenEmergencyStopBannerIsNotDrawn() throws Exception {
		Map<String, Value> values = normalPlant();
		values.put("Tank1.Level", Value.good(2.5, System.currentTimeMillis())); // range 0..5 m: half full
		show("Overview", values, true);
		ImageData png = Screenshots.load(screenshot("screen-overview"));
		ScreenTransform t = canvas.transform();
		assertEquals(1.0, t.scale(), 1e-9, "drawn at the screen's own size");
		// tank1 is at (330,170) 160x280, outline 3 px
		assertEquals(TANK_FILL, Screenshots.pixel(png, t.toCanvasX(410), t.toCanvasY(400)), "lower half: fill");
		assertEquals(0xFFFFFF, Screenshots.pixel(png, t.toCanvasX(410), t.toCanvasY(220)), "upper half: empty");
		// the emergency stop banner (440,700 400x50) is invisible: the screen's background shows there
		int background = 0xD8DCE0;
		assertEquals(background, Screenshots.pixel(png, t.toCanvasX(445), t.toCanvasY(745)));
		assertNull(canvas.picture().element("emergencyStopBanner"));

		values.put("Plant.EmergencyStop", Value.good(true, System.currentTimeMillis()));
		show("Overview", values, true);
		ImageData stopped = Screenshots.load(screenshot("screen-overview-emergency-stop"));
		int banner = Screenshots.pixel(stopped, t.toCanvasX(445), t.toCanvasY(745));
		assertTrue(banner == 0xFF0000 || banner == 0xFFFF00, "the banner blinks red/yellow: " + Integer.toHexString(banner));
	}

	@Test
	void aValueOfBadQualityIsHatchedAndMarkedNotDrawnLikeAGoodOne() throws Exception {
		Map<String, Value> values = normalPlant();
		values.put("Tank1.Level", new Value(2.5, Quality.BAD, System.currentTimeMillis()));
		show("Overview", values, true);
		ImageData png = Screenshots.load(screenshot("screen-overview-bad-quality"));
		ScreenTransform t = canvas.transform();
		int fill = Screenshots.pixel(png, t.toCanvasX(410), t.toCanvasY(400));
		assertNotEquals(TANK_FILL, fill, "a bad value's fill is greyed");
		int r = fill >> 16 & 0xff;
		int b = fill & 0xff;
		assertTrue(Math.abs(r - b) < 40, "grey, not blue: " + Integer.toHexString(fill));
	}

	@Test
	void aWriteButtonClickedWithTheMouseSendsItsValueAndShowsTheServersAnswer() throws Exception {
		show("Overview", normalPlant(), true);
		click(255, 720); // "Automatic": (210,706) 90x28
		waitFor("the write", () -> writes.size() == 1);
		assertEquals("Plant.Mode", writes.get(0)[0]);
		assertEquals(1L, writes.get(0)[1]);
		waitFor("the answer", () -> canvas.answerText().endsWith("confirmed"));
		assertEquals("Write Plant.Mode = 1: confirmed", canvas.answerText());
		screenshot("screen-overview-write-confirmed");
	}

	@Test
	void aWriteMarkedForConfirmationIsSentOnlyAfterTheOperatorConfirms() throws Exception {
		show("Overview", normalPlant(), true);
		click(630, 596); // "Start backwash": (560,580) 140x32, marked for confirmation
		waitFor("the prompt", () -> canvas.confirmation() != null && canvas.confirmation().isOpen());
		assertEquals("Write Filter.BackwashRequest = true?", canvas.confirmation().message());
		Screenshots.save(canvas.confirmation().shell(), "screen-write-confirmation");
		assertTrue(writes.isEmpty(), "nothing is sent before the operator confirms");
		canvas.confirmation().cancel();
		assertTrue(writes.isEmpty(), "cancelled: nothing sent");
		click(630, 596);
		waitFor("the prompt again", () -> canvas.confirmation().isOpen());
		canvas.confirmation().confirm();
		waitFor("the write", () -> writes.size() == 1);
		waitFor("the answer", () -> canvas.answerText().equals("Write Filter.BackwashRequest = true: confirmed"));
	}

	@Test
	void withoutAServerWritesAreNotSentAndScreenButtonsStillNavigate() throws Exception {
		show("Overview", normalPlant(), false);
		canvas.setActionsAllowed(false);
		click(255, 720);
		settle();
		assertTrue(writes.isEmpty());
		assertTrue(canvas.answerText().contains("not sent"), canvas.answerText());
		screenshot("screen-overview-stale");
		click(1040, 28); // "Trends" in the header
		waitFor("the trend screen", () -> !shown.isEmpty());
		assertEquals("Trends", canvas.screen().getName());
	}

	@Test
	void everyDemoScreenIsDrawnWithManyColoursAndItsScreenButtonMarked() throws Exception {
		for (Screen s : project.getScreens()) {
			show(s.getName(), normalPlant(), true);
			Path png = screenshot("screen-" + s.getName().toLowerCase());
			assertTrue(Screenshots.distinctColours(png) > 8, s.getName() + " is drawn: " + png);
			ImageData data = Screenshots.load(png);
			int button = switch (s.getName()) {
			case "Overview" -> 890;
			case "Trends" -> 1040;
			default -> 1190;
			};
			assertEquals(0x2F6FB0, Screenshots.pixel(data, button - 60, 14), "the current screen's button is marked");
		}
	}

	private void show(String name, Map<String, Value> values, boolean live) {
		Screen screen = project.getScreens().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
		TrendHistory trends = new TrendHistory();
		trends.add(values);
		canvas.update(new PlantSnapshot(values, List.of(), live, trends, List.of()));
		canvas.setZoom(1.0);
		canvas.show(screen);
	}

	private void click(int x, int y) {
		ScreenTransform t = canvas.transform();
		Event e = new Event();
		e.button = 1;
		e.x = t.toCanvasX(x);
		e.y = t.toCanvasY(y);
		canvas.control().notifyListeners(SWT.MouseUp, e);
	}

	private Path screenshot(String name) throws Exception {
		settle();
		return Screenshots.save(shell, name);
	}

	private static Map<String, Value> normalPlant() {
		Map<String, Value> values = new HashMap<>();
		long now = System.currentTimeMillis();
		for (Variable v : project.getVariables()) {
			Object data = switch (v.getDataType()) {
			case BOOL -> v.getName().endsWith("Running") || v.getName().endsWith("Open");
			case INT -> 1L;
			case STRING -> "Normal operation";
			default -> v.getRangeMax() == null ? 1.0 : (v.getRangeMin() + v.getRangeMax()) / 2;
			};
			values.put(v.getName(), Value.good(data, now));
		}
		assertEquals(DataType.FLOAT, project.getVariables().stream().filter(v -> v.getName().equals("Tank1.Level"))
				.findFirst().orElseThrow().getDataType());
		return values;
	}

	private static void waitFor(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + TIMEOUT_MS + " ms waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	private static void settle() {
		long end = System.currentTimeMillis() + 300;
		waitFor("painting", () -> System.currentTimeMillis() > end);
	}
}
