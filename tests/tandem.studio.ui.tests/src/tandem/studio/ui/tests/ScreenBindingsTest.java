package tandem.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.ui.tests.EventLoop.settle;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tandem.hmi.ElementLook;
import tandem.model.BarGraph;
import tandem.model.BlinkBinding;
import tandem.model.FillLevelBinding;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.screen.Box;
import tandem.studio.core.screen.ScreenHits;
import tandem.studio.ui.screens.ScreensEditor;
import tandem.studio.ui.views.ProblemsView;
import tandem.studio.ui.views.ProjectExplorerView;
import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3, under Xvfb: the demo's Overview screen in the screen editor with its Bindings panel, a variable from the
 * Project Explorer dropped onto it, the red mark of a wrong-typed binding on the element and in the Problems view,
 * and the preview with live simulated values. The drop handler is called directly with the drag's data: a native
 * drag posted with {@code Display.post} does not start under Xvfb, because GTK's drag detection reports the press
 * on the tree at wrong coordinates (the same SWT #2119 the canvas works around; seen: press at (-3,-97) with the
 * pointer on the item).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenBindingsTest {

	private static DemoStudio demo;
	private static ProjectSession session;
	private static IWorkbenchWindow window;
	private static IWorkbenchPage page;
	private static ScreensEditor editor;
	private static BarGraph dropped;

	@BeforeAll
	static void openTheOverview() throws Exception {
		demo = DemoStudio.open("screen-bindings", 1280, 1000);
		window = demo.window();
		page = demo.page();
		session = demo.session();
		editor = demo.editor();
		settle();
		editor.fit();
		settle();
	}

	@AfterAll
	static void closeIt() {
		editor.setPreview(false);
		demo.close();
	}

	private static Variable variable(String name) {
		return session.project().getVariables().stream().filter(v -> name.equals(v.getName())).findFirst().orElseThrow();
	}

	private static ScreenElement element(String name) {
		return editor.screen().getElements().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}

	@Test
	@Order(1)
	void theBindingsPanelShowsTheSelectedTanksBindingsOneSectionPerKind() throws Exception {
		assertEquals("Overview", editor.screen().getName());
		ScreenElement tank = element("tank1");
		editor.select(List.of(tank));
		settle();
		assertEquals(List.of("Fill colour", "Fill level", "Visibility", "Text", "Blink"), editor.bindings().sections());
		FillLevelBinding level = (FillLevelBinding) tank.getBindings().get(0);
		assertEquals("Tank1.Level", editor.bindings().shown(level, "Variable:"));
		assertEquals("UP", editor.bindings().shown(level, "direction:"));
	}

	@Test
	@Order(2)
	void aBlinkBindingIsAddedAndEditedInThePanelEachEditOneUndoStep() throws Exception {
		ScreenElement tank = element("tank1");
		BlinkBinding blink = (BlinkBinding) editor.bindings().addBinding(Literals.BLINK_BINDING);
		settle();
		assertNotNull(blink, "the Add blink binding button added one");
		assertEquals("Add blink binding to tank1", session.undoLabel());
		assertSame(variable("Tank1.Level"), blink.getVariable(), "it starts on the variable the tank shows");
		editor.bindings().type(blink, "operator:", "GREATER");
		editor.bindings().type(blink, "value:", "4.5");
		settle();
		assertEquals("4.5", blink.getValue());
		assertEquals(tandem.model.ComparisonOperator.GREATER, blink.getOperator());
		assertEquals("4.5", editor.bindings().shown(blink, "value:"));
		editor.bindings().type(blink, "interval ms:", "250");
		settle();
		assertEquals(250, blink.getIntervalMs());
		assertTrue(session.undoLabel().startsWith("Change intervalMs of BlinkBinding"), session.undoLabel());
		session.undo();
		settle();
		assertEquals(500, blink.getIntervalMs(), "undo takes the interval back");
		assertEquals("500", editor.bindings().shown(blink, "interval ms:"), "and the panel shows it");
		assertNull(editor.problemOf(tank), "a well-formed blink binding is no problem");
		DialogAnswer chooser = DialogAnswer.when(window.getShell(), "screen-editor-bindings-chooser", d -> {
			tandem.studio.ui.editors.VariableChooser dialog = (tandem.studio.ui.editors.VariableChooser) d.getData();
			firstText(d).setText("Tank2.Level"); // typed into the filter field
			dialog.choose(dialog.shown().indexOf(variable("Tank2.Level")));
			DialogAnswer.press(d, "Choose");
		});
		editor.bindings().pressChoose(blink);
		settle();
		assertTrue(chooser.seen().startsWith("Variable of the blink binding"), chooser.seen());
		assertSame(variable("Tank2.Level"), blink.getVariable(), "chosen in the variable chooser");
		assertEquals("Tank2.Level", editor.bindings().shown(blink, "Variable:"));
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		settle();
		editor.fit();
		settle();
		Path png = Screenshots.save(window.getShell(), "screen-editor-bindings");
		assertTrue(Screenshots.distinctColours(png) > 20);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		settle();
	}

	@Test
	@Order(3)
	void theProjectExplorerListsTheVariablesToDrag() throws Exception {
		ProjectExplorerView explorer = (ProjectExplorerView) page.showView(ProjectExplorerView.ID);
		settle();
		explorer.viewer().expandToLevel(3);
		settle();
		boolean found = false;
		for (TreeItem project : explorer.viewer().getTree().getItems()) {
			for (TreeItem category : project.getItems()) {
				for (TreeItem item : category.getItems()) {
					found |= item.getData() == variable("Tank1.Level");
				}
			}
		}
		assertTrue(found, "Tank1.Level is listed under Variables");
		page.activate(editor);
		settle();
	}

	@Test
	@Order(4)
	void theExplorersDragDataDroppedOnTheTankDisplayRebindsIt() throws Exception {
		ScreenElement display = element("tank1Level");
		Point at = editor.canvasControl().toDisplay(editor.toCanvas(display.getX() + 20, display.getY() + 10));
		org.eclipse.jface.util.LocalSelectionTransfer.getTransfer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(variable("Tank2.Level")));
		try {
			assertTrue(editor.drop(null, at), "the dragged variable is accepted");
		} finally {
			org.eclipse.jface.util.LocalSelectionTransfer.getTransfer().setSelection(null);
		}
		settle();
		assertSame(variable("Tank2.Level"), ((tandem.model.NumericDisplay) display).getVariable());
		assertEquals("Bind tank1Level to Tank2.Level", session.undoLabel());
		assertFalse(editor.drop("No.Such.Variable", at), "text that names no variable is refused");
		session.undo();
		settle();
		assertSame(variable("Tank1.Level"), ((tandem.model.NumericDisplay) display).getVariable());
		assertTrue(editor.drop("Tank2.Level", at), "a name dropped as text works too");
		settle();
		assertSame(variable("Tank2.Level"), ((tandem.model.NumericDisplay) display).getVariable());
		session.undo();
		settle();
	}

	@Test
	@Order(5)
	void aNumberDroppedOnEmptyCanvasOffersDisplayBarAndTrendAndPlacesTheChosenOne() throws Exception {
		Point free = freePoint(40, 280);
		Menu offers = editor.dropVariable(variable("Tank1.Level"), free.x, free.y);
		assertNotNull(offers, "empty canvas: a menu of what fits");
		settle();
		List<String> labels = Arrays.stream(offers.getItems()).map(MenuItem::getText).toList();
		assertEquals(List.of("Numeric display showing Tank1.Level", "Bar graph showing Tank1.Level", "Trend showing Tank1.Level"), labels);
		int before = editor.screen().getElements().size();
		offers.getItem(1).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		offers.setVisible(false);
		settle();
		assertEquals(before + 1, editor.screen().getElements().size());
		dropped = (BarGraph) editor.screen().getElements().get(before);
		assertSame(variable("Tank1.Level"), dropped.getVariable());
		assertEquals(List.of(free.x, free.y), List.of(dropped.getX(), dropped.getY()), "placed at the drop point");
		assertEquals(List.of(dropped), editor.selection());
		assertEquals("Add Tank1_Level showing Tank1.Level", session.undoLabel());
		assertNull(editor.problemOf(dropped));
		session.undo();
		settle();
		assertFalse(editor.screen().getElements().contains(dropped), "one undo step");
		session.redo();
		settle();
		assertTrue(editor.screen().getElements().contains(dropped));
	}

	@Test
	@Order(6)
	void aBooleanDroppedOntoTheBarGraphIsMarkedRedOnTheElementAndInTheProblemsView() throws Exception {
		Menu none = editor.dropVariable(variable("Intake.Pump1.Running"), dropped.getX() + 5, dropped.getY() + 20);
		settle();
		assertNull(none, "onto an element: no menu, it binds");
		assertSame(variable("Intake.Pump1.Running"), dropped.getVariable());
		assertEquals("Bind " + dropped.getName() + " to Intake.Pump1.Running", session.undoLabel());
		String problem = editor.problemOf(dropped);
		assertTrue(problem != null && problem.contains("is BOOL, but a number is needed"), "marked: " + problem);
		ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
		page.activate(editor);
		EventLoop.waitFor(() -> Arrays.stream(problems.viewer().getTable().getItems())
				.anyMatch(i -> Arrays.stream(new int[] { 0, 1, 2, 3 }).mapToObj(i::getText).anyMatch(t -> t.contains(problem))),
				"the Problems view lists it: " + problem);
		editor.select(List.of());
		settle();
		Path png = Screenshots.save(window.getShell(), "screen-editor-wrong-binding");
		ImageData image = Screenshots.load(png);
		Point badge = window.getShell().toControl(editor.canvasControl().toDisplay(editor.toCanvas(dropped.getX() + dropped.getWidth(), dropped.getY())));
		assertTrue(reddish(image, badge.x + 2, badge.y - 4, 4), "a red badge at the element's top right corner");
		session.undo();
		settle();
		assertNull(editor.problemOf(dropped), "undo: bound to the number again, the mark is gone");
		// the X server paints after the events settled: photograph until it has
		EventLoop.waitFor(() -> {
			try {
				return !reddish(Screenshots.load(Screenshots.save(window.getShell(), "screen-editor-binding-fixed")), badge.x + 2, badge.y - 4, 4);
			} catch (Exception e) {
				throw new AssertionError("the screenshot could not be taken: " + e.getMessage(), e);
			}
		}, "the badge is not painted any more");
	}

	private static org.eclipse.swt.widgets.Text firstText(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Text t) {
				return t;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite inner && firstText(inner) != null) {
				return firstText(inner);
			}
		}
		return null;
	}

	private static boolean reddish(ImageData image, int x, int y, int around) {
		for (int dx = -around; dx <= around; dx++) {
			for (int dy = -around; dy <= around; dy++) {
				int p = Screenshots.pixel(image, x + dx, y + dy);
				int r = p >> 16 & 0xFF;
				int g = p >> 8 & 0xFF;
				int b = p & 0xFF;
				if (r > 200 && g < 60 && b < 60) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	@Order(7)
	void thePreviewShowsLiveSimulatedValuesReadOnlyAndEditingComesBackAfterIt() throws Exception {
		// the turbidity is simulated noise: it changes at every poll. The intake flow (a slow sine shown as "%.0f")
		// reads "320" for about 11 s around its peak, which made this test fail now and then.
		String design = look("intakeTurbidity").text();
		editor.setPreview(true);
		settle();
		assertTrue(editor.previewing());
		assertTrue(editor.readoutText().startsWith("PREVIEW"), editor.readoutText());
		String first = look("intakeTurbidity").text();
		EventLoop.waitFor(() -> !look("intakeTurbidity").text().equals(first), "the intake turbidity changes while previewing (was " + first + ")");
		assertFalse(look("intakeTurbidity").text().equals(design) && first.equals(design), "live values, not the design values");
		int before = editor.screen().getElements().size();
		editor.create(Literals.RECTANGLE, new Box(20, 600, 50, 50));
		assertNull(editor.bindings().addBinding(Literals.TEXT_BINDING), "the bindings panel is read-only");
		assertEquals(before, editor.screen().getElements().size(), "read-only: nothing is drawn in preview");
		Path png = Screenshots.save(window.getShell(), "screen-editor-preview");
		assertTrue(Screenshots.distinctColours(png) > 20);
		editor.setPreview(false);
		settle();
		assertFalse(editor.previewing());
		assertEquals(design, look("intakeTurbidity").text(), "back to the design values");
		editor.create(Literals.RECTANGLE, new Box(20, 600, 50, 50));
		assertEquals(before + 1, editor.screen().getElements().size(), "editing again");
		session.undo();
		settle();
	}

	private static ElementLook look(String path) {
		return editor.picture().element(path);
	}

	/** A point near (x, y) with no element under it, so the drop lands on empty canvas. */
	private static Point freePoint(int x, int y) {
		Screen screen = editor.screen();
		for (int yy = y; yy < screen.getHeight() - 130; yy += 10) {
			for (int xx = x; xx < screen.getWidth() - 40; xx += 10) {
				if (ScreenHits.band(screen, new Box(xx - 4, yy - 4, 40, 130), false).isEmpty()) {
					return new Point(xx, yy);
				}
			}
		}
		throw new AssertionError("the Overview has no free spot for a bar graph");
	}
}
