package tandem.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.ui.tests.EventLoop.settle;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tandem.model.Rectangle;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.TandemPackage.Literals;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.screens.ScreensEditor;
import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3: the screen editor under Xvfb, driven with the real pointer ({@link Display#post}): it opens the demo's
 * start screen drawn by the operator client's painters, draws a rectangle, moves it with snapping to the grid,
 * nudges it with the arrow keys, selects with a rubber band in both directions and with Alt-click, zooms, and
 * every gesture is one undo step named in the Edit menu.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenEditorTest {

	private static DemoStudio demo;
	private static ProjectSession session;
	private static IWorkbenchWindow window;
	private static IWorkbenchPage page;
	private static ScreensEditor editor;
	private static Mouse mouse;
	private static Rectangle drawn;

	@BeforeAll
	static void openTheDemosScreens() throws Exception {
		demo = DemoStudio.open("screen-editor", 1280, 1000);
		window = demo.window();
		page = demo.page();
		session = demo.session();
		editor = demo.editor();
		page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED);
		settle();
		editor.setZoom(1);
		settle();
		mouse = new Mouse(editor.canvasControl());
	}

	@AfterAll
	static void closeIt() {
		demo.close();
	}

	@Test
	@Order(1)
	void theEditorOpensTheStartScreenDrawnAsTheOperatorSeesIt() throws Exception {
		Screen start = session.project().getScreens().stream().filter(Screen::isStart).findFirst().orElseThrow();
		assertSame(start, editor.screen());
		Point onShell = window.getShell().toControl(editor.canvasControl().toDisplay(editor.toCanvas(0, 0)));
		Path[] png = new Path[1];
		// the X server paints after the events settled (seen once on a clean clone): photograph until it has
		EventLoop.waitFor(() -> {
			try {
				png[0] = Screenshots.save(window.getShell(), "screen-editor-open");
				return Screenshots.pixel(Screenshots.load(png[0]), onShell.x + 4, onShell.y + 40) != 0x9AA2AA;
			} catch (Exception e) {
				throw new AssertionError("the screenshot could not be taken: " + e.getMessage(), e);
			}
		}, "the screen drawn from its origin, not the surround");
		assertTrue(Screenshots.distinctColours(png[0]) > 20, "the screen's elements are painted, not a blank canvas");
		assertEquals(0x9AA2AA, Screenshots.pixel(Screenshots.load(png[0]), onShell.x - 4, onShell.y + 40),
				"the surround is left of the screen");
	}

	@Test
	@Order(2)
	void aRectangleIsDrawnByDraggingWithTheRectangleTool() throws Exception {
		Screen sketch = tandem.model.TandemFactory.eINSTANCE.createScreen();
		sketch.setName("Sketch");
		new tandem.studio.core.op.AddElementsOperation(session, session.project(), Literals.PROJECT__SCREENS, List.of(sketch), "Add screen").execute();
		settle();
		editor.showScreen(sketch);
		editor.setZoom(1);
		settle();
		int before = editor.screen().getElements().size();
		editor.setTool(Literals.RECTANGLE);
		mouse.drag(editor.toCanvas(100, 100), editor.toCanvas(200, 160), 0);
		assertEquals(before + 1, editor.screen().getElements().size(), "one element was added: " + editor.readoutText());
		drawn = (Rectangle) editor.screen().getElements().get(before);
		assertEquals(List.of(100, 100, 100, 60), List.of(drawn.getX(), drawn.getY(), drawn.getWidth(), drawn.getHeight()));
		assertEquals(List.of(drawn), editor.selection(), "the new element is selected");
		assertEquals("Add " + drawn.getName(), session.undoLabel());
		assertTrue(editor.readoutText().contains(drawn.getName() + " (Rectangle)  at 100, 100   100 × 60"), editor.readoutText());
		Screenshots.save(window.getShell(), "screen-editor-drawn");
	}

	@Test
	@Order(3)
	void movingItSnapsToTheGridAndIsOneUndoStep() throws Exception {
		mouse.drag(editor.toCanvas(150, 130), editor.toCanvas(150 + 33, 130 + 16), 0);
		assertEquals(130, drawn.getX(), "133 snapped to the 10 px grid");
		assertEquals(120, drawn.getY(), "116 snapped to the grid");
		assertEquals("Move " + drawn.getName(), session.undoLabel());
		session.undo();
		settle();
		assertEquals(100, drawn.getX(), "undo puts it back");
		assertEquals(100, drawn.getY());
		mouse.drag(editor.toCanvas(150, 130), editor.toCanvas(150 + 33, 130 + 16), SWT.ALT);
		assertEquals(133, drawn.getX(), "with Alt nothing snaps");
		session.undo();
		settle();
	}

	@Test
	@Order(4)
	void arrowKeysNudgeByOnePixelAndShiftByTen() throws Exception {
		editor.select(List.of(drawn));
		editor.canvasControl().setFocus();
		settle();
		mouse.key(SWT.ARROW_RIGHT, 0);
		assertEquals(101, drawn.getX());
		mouse.key(SWT.ARROW_DOWN, SWT.SHIFT);
		assertEquals(110, drawn.getY());
		session.undo();
		session.undo();
		settle();
		assertEquals(List.of(100, 100), List.of(drawn.getX(), drawn.getY()));
	}

	@Test
	@Order(5)
	void aRubberBandSelectsWhatIsInsideLeftToRightAndWhatItTouchesRightToLeft() throws Exception {
		editor.setTool(Literals.ELLIPSE);
		mouse.drag(editor.toCanvas(220, 100), editor.toCanvas(260, 140), 0);
		ScreenElement ellipse = editor.selection().get(0);
		mouse.drag(editor.toCanvas(90, 90), editor.toCanvas(240, 170), 0);
		assertEquals(List.of(drawn), editor.selection(), "only the rectangle lies wholly inside");
		mouse.drag(editor.toCanvas(240, 170), editor.toCanvas(90, 90), 0);
		assertEquals(2, editor.selection().size(), "right to left: both touch it: " + editor.selection());
		assertTrue(editor.selection().contains(ellipse));
		Screenshots.save(window.getShell(), "screen-editor-selection");
	}

	@Test
	@Order(6)
	void altClickStepsThroughStackedElements() throws Exception {
		editor.setTool(Literals.RECTANGLE);
		mouse.drag(editor.toCanvas(120, 110), editor.toCanvas(180, 150), 0);
		ScreenElement above = editor.selection().get(0);
		Point inBoth = editor.toCanvas(140, 130);
		mouse.click(inBoth, 0);
		assertEquals(List.of(above), editor.selection(), "a click picks the topmost");
		mouse.click(inBoth, SWT.ALT);
		assertEquals(List.of(drawn), editor.selection(), "Alt-click: the one below");
		mouse.click(inBoth, SWT.ALT);
		assertEquals(List.of(above), editor.selection(), "and round again");
	}

	@Test
	@Order(7)
	void aResizeHandleChangesTheSizeAndTheZoomKeepsScreenCoordinates() throws Exception {
		editor.select(List.of(drawn));
		settle();
		editor.setZoom(2);
		settle();
		assertEquals(2.0, editor.zoom());
		assertTrue(editor.readoutText().contains("zoom 200 %"), editor.readoutText());
		Point corner = editor.toCanvas(200, 160);
		mouse.drag(new Point(corner.x - 1, corner.y - 1), new Point(corner.x + 40, corner.y + 20), 0);
		assertEquals(List.of(100, 100, 120, 70), List.of(drawn.getX(), drawn.getY(), drawn.getWidth(), drawn.getHeight()),
				"dragged 20 x 10 screen pixels at 200 %, snapped to the grid");
		assertEquals("Resize " + drawn.getName(), session.undoLabel());
		Screenshots.save(window.getShell(), "screen-editor-resized");
		editor.fit();
		settle();
	}

	@Test
	@Order(8)
	void thePropertiesOfTwoSelectedElementsShowMixedValuesAndAnEditChangesBoth() throws Exception {
		List<ScreenElement> two = editor.screen().getElements().subList(0, 2);
		assertTrue(two.get(0).getWidth() != two.get(1).getWidth(), "fixture: different widths");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		tandem.studio.ui.views.PropertiesView properties = (tandem.studio.ui.views.PropertiesView) page.showView(tandem.studio.ui.views.PropertiesView.ID);
		page.activate(editor);
		editor.fit();
		editor.select(List.copyOf(two));
		EventLoop.waitFor(() -> "(mixed)".equals(properties.shownValue("width")), "the Properties view shows the widths as mixed");
		assertEquals("#000000", properties.shownValue("foreground"), "a value both share is shown");
		properties.typeValue("width", "50");
		settle();
		assertEquals(50, two.get(0).getWidth());
		assertEquals(50, two.get(1).getWidth());
		assertEquals("Change width of 2 elements", session.undoLabel(), "one undo step for both");
		Screenshots.save(window.getShell(), "screen-editor-properties");
		session.undo();
		settle();
		assertTrue(two.get(0).getWidth() != two.get(1).getWidth());
	}

	@Test
	@Order(9)
	void aNewScreenIsShownAtOnceAndUndoTakesItAway() throws Exception {
		int before = session.project().getScreens().size();
		editor.addScreen();
		settle();
		assertEquals(before + 1, session.project().getScreens().size());
		Screen added = session.project().getScreens().get(before);
		assertSame(added, editor.screen(), "the editor shows the new screen");
		assertEquals("Add screen", session.undoLabel());
		session.undo();
		settle();
		assertEquals(before, session.project().getScreens().size());
		assertTrue(editor.screen() != added && session.project().getScreens().contains(editor.screen()),
				"the editor went back to a screen the project has");
	}

	@Test
	@Order(10)
	void aPumpIsPlacedFromItsSymbolsToolAskingForItsUnitAndIsOneUndoStep() throws Exception {
		List<String> labels = editor.paletteLabels();
		assertTrue(labels.containsAll(List.of("◆ Pump", "◆ Valve")), labels.toString());
		assertTrue(!labels.contains("Symbol Instance"), "no tool places an instance without a symbol: " + labels);
		Screen sketch = session.project().getScreens().stream().filter(x -> x.getName().equals("Sketch")).findFirst()
				.orElseThrow();
		editor.showScreen(sketch);
		editor.setZoom(1);
		settle();
		int before = sketch.getElements().size();
		editor.setSymbolTool("Pump");
		org.eclipse.swt.widgets.Display display = window.getShell().getDisplay();
		String[] asked = new String[1];
		display.timerExec(500, () -> { // the dialog asking for $UNIT: type and press OK
			org.eclipse.swt.widgets.Shell dialog = display.getActiveShell();
			asked[0] = dialog.getText();
			for (org.eclipse.swt.widgets.Control c : descendants(dialog)) {
				if (c instanceof org.eclipse.swt.widgets.Text t) {
					t.setText("Intake.Pump1");
				}
			}
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		mouse.click(editor.toCanvas(300, 300), 0);
		settle();
		assertEquals("Place Pump", asked[0]);
		assertEquals(before + 1, sketch.getElements().size(), editor.readoutText());
		tandem.model.SymbolInstance pump = (tandem.model.SymbolInstance) sketch.getElements().get(before);
		assertEquals("Pump", pump.getSymbol().getName());
		assertEquals(List.of("UNIT=Intake.Pump1", "LABEL=Pump"), pump.getParameterValues().stream()
				.map(v -> v.getParameter() + "=" + v.getValue()).toList());
		assertEquals(List.of(300, 300, 130, 150), List.of(pump.getX(), pump.getY(), pump.getWidth(), pump.getHeight()));
		assertTrue(session.undoLabel().startsWith("Place "), session.undoLabel());
		Screenshots.save(window.getShell(), "screen-editor-symbol-placed");
		session.undo();
		settle();
		assertEquals(before, sketch.getElements().size(), "undo takes the instance away");
	}

	private static List<org.eclipse.swt.widgets.Control> descendants(org.eclipse.swt.widgets.Composite c) {
		List<org.eclipse.swt.widgets.Control> out = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			out.add(child);
			if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				out.addAll(descendants(inner));
			}
		}
		return out;
	}
}
