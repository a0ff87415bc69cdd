package tandem.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.ui.tests.EventLoop.settle;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.Variable;
import tandem.model.symbol.SymbolExpansion;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.screens.ScreensEditor;
import tandem.studio.ui.views.PropertiesView;
import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3: symbols in the screen editor under Xvfb. On the demo's Overview the engineer selects the intake gate
 * (a rectangle and its text) with a rubber band, saves it as symbol Gate with the $UNIT the dialog proposes, places
 * a second gate bound to another valve from the new palette tool, changes its $UNIT in the Bindings panel, turns it
 * through the Properties view and mirrors it; every step is one undo step, and undoing the save takes the palette
 * tool away again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenSymbolsTest {

	private static final int BACKGROUND = 0xD8DCE0;

	private static DemoStudio demo;
	private static ProjectSession session;
	private static IWorkbenchWindow window;
	private static IWorkbenchPage page;
	private static ScreensEditor editor;
	private static Mouse mouse;
	private static Screen overview;
	private static SymbolInstance second;
	private static final List<String> labels = new ArrayList<>();

	@BeforeAll
	static void openTheOverview() throws Exception {
		demo = DemoStudio.open("screen-symbols", 1400, 1000);
		window = demo.window();
		page = demo.page();
		session = demo.session();
		editor = demo.editor();
		page.showView(PropertiesView.ID);
		page.activate(editor);
		overview = demo.screen("Overview");
		editor.showScreen(overview);
		settle();
		editor.fit();
		settle();
		mouse = new Mouse(editor.canvasControl());
	}

	@AfterAll
	static void closeIt() {
		demo.close();
	}

	private static ScreenElement element(String name) {
		return overview.getElements().stream().filter(e -> name.equals(e.getName())).findFirst().orElse(null);
	}

	private static SymbolDefinition symbol(String name) {
		return session.project().getSymbols().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
	}

	/** The variables the instance is drawn bound to, as the editor and the runtime expand it. */
	private static List<String> boundTo(SymbolInstance instance) {
		List<String> names = new ArrayList<>();
		new SymbolExpansion(session.project()).expand(instance).group().eAllContents()
				.forEachRemaining(o -> o.eCrossReferences().stream().filter(Variable.class::isInstance).forEach(v -> names.add(((Variable) v).getName())));
		return names;
	}

	private static List<Integer> box(ScreenElement e) {
		return List.of(e.getX(), e.getY(), e.getWidth(), e.getHeight());
	}

	/** The colour of the screenshot at screen point (x, y) of the shown screen. */
	private static int pixelAt(ImageData shot, int x, int y) {
		Point p = window.getShell().toControl(editor.canvasControl().toDisplay(editor.toCanvas(x, y)));
		return Screenshots.pixel(shot, p.x, p.y);
	}

	@Test
	@Order(1)
	void aSelectionIsSavedAsASymbolWithTheUnitTheDialogProposesInOneUndoStep() throws Exception {
		ScreenElement gate = element("intakeGate");
		ScreenElement gateText = element("intakeGateText");
		mouse.drag(editor.toCanvas(12, 564), editor.toCanvas(178, 606), 0);
		assertEquals(List.of(gate, gateText), List.copyOf(editor.selection()), "the rubber band holds the gate and its text");
		List<String> proposed = new ArrayList<>();
		DialogAnswer answer = DialogAnswer.when(window.getShell(), "screen-symbols-save-dialog", dialog -> {
			List<Text> texts = DemoStudio.editableTexts(dialog);
			texts.forEach(t -> proposed.add(t.getText()));
			texts.get(0).setText("Gate");
			DialogAnswer.press(dialog, "Save as Symbol");
		});
		editor.saveAsSymbol(); // what the tool bar's and the canvas menu's "Save as Symbol…" call
		settle();
		assertTrue(answer.seen().startsWith("Save as Symbol"), answer.seen());
		assertEquals(List.of("", "UNIT", "Intake.Valve"), proposed, "no name yet, $UNIT = the prefix of Intake.Valve.Open");
		SymbolDefinition symbol = symbol("Gate");
		assertTrue(symbol != null, "the library has the new symbol: " + session.project().getSymbols());
		assertEquals(List.of("UNIT"), symbol.getParameters().stream().map(p -> p.getName()).toList());
		assertEquals("Save 2 elements as symbol Gate", session.undoLabel());
		labels.add(session.undoLabel());
		assertEquals(null, element("intakeGate"), "the selection is replaced by an instance");
		SymbolInstance first = (SymbolInstance) editor.selection().get(0);
		assertEquals(List.of(20, 570, 150, 30), box(first));
		assertTrue(boundTo(first).contains("Intake.Valve.Open"), boundTo(first).toString());
		EventLoop.waitFor(() -> editor.paletteLabels().contains("◆ Gate"), "the palette shows a tool for the new symbol: " + editor.paletteLabels());
		assertEquals(List.of(), session.problems().problems());
		settle();
		Screenshots.save(window.getShell(), "screen-symbols-saved");
		assertEquals(0, editor.paletteLastToolHidden(), "the palette scrolls to show all of the new tool ◆ Gate");
	}

	@Test
	@Order(2)
	void aSecondGateIsPlacedFromTheNewToolBoundToAnotherValve() throws Exception {
		int before = overview.getElements().size();
		editor.setSymbolTool("Gate");
		DialogAnswer answer = DialogAnswer.when(window.getShell(), null, dialog -> {
			DemoStudio.editableTexts(dialog).get(0).setText("Tank1.InletValve");
			DialogAnswer.press(dialog, "OK");
		});
		mouse.click(editor.toCanvas(300, 600), 0);
		settle();
		assertTrue(answer.seen().startsWith("Place Gate"), answer.seen());
		assertEquals(before + 1, overview.getElements().size(), editor.readoutText());
		second = (SymbolInstance) overview.getElements().get(before);
		assertSame(symbol("Gate"), second.getSymbol());
		assertEquals(List.of(300, 600, 150, 30), box(second));
		assertTrue(boundTo(second).contains("Tank1.InletValve.Open"), boundTo(second).toString());
		labels.add(session.undoLabel());
		ImageData shot = Screenshots.load(Screenshots.save(window.getShell(), "screen-symbols-placed"));
		assertNotEquals(BACKGROUND, pixelAt(shot, 310, 615), "the new gate is drawn where it was placed");
	}

	@Test
	@Order(3)
	void itsUnitIsEditedInTheBindingsPanelAndTheInstanceIsDrawnWithTheNewVariables() throws Exception {
		editor.select(List.of(second));
		settle();
		assertEquals("Tank1.InletValve", editor.bindings().shown(second, "$UNIT:"));
		editor.bindings().type(second, "$UNIT:", "Tank2.InletValve");
		settle();
		assertEquals("Set $UNIT of " + second.getName(), session.undoLabel());
		labels.add(session.undoLabel());
		assertTrue(boundTo(second).contains("Tank2.InletValve.Open"), boundTo(second).toString());
		assertFalse(boundTo(second).contains("Tank1.InletValve.Open"));
	}

	@Test
	@Order(4)
	void itIsTurnedThroughThePropertiesViewAndMirroredInTheBindingsPanel() throws Exception {
		PropertiesView properties = (PropertiesView) page.findView(PropertiesView.ID);
		EventLoop.waitFor(() -> "0".equals(properties.shownValue("rotation")), "the Properties view shows the instance's rotation");
		properties.typeValue("rotation", "90");
		settle();
		assertEquals("Rotate " + second.getName() + " to 90°", session.undoLabel());
		labels.add(session.undoLabel());
		assertEquals(List.of(360, 540, 30, 150), box(second), "a quarter turn about the centre: the box turns too");
		EventLoop.waitFor(() -> "90°".equals(editor.bindings().shown(second, "Rotation:")), "the panel follows the Properties view");
		editor.bindings().type(second, "Mirrored", "true");
		settle();
		assertTrue(second.isMirrored());
		assertEquals("Mirror " + second.getName(), session.undoLabel());
		labels.add(session.undoLabel());
		assertEquals(List.of(), session.problems().problems());
		EventLoop.waitFor(() -> "true".equals(editor.bindings().shown(second, "Mirrored")), "the panel shows it mirrored");
		long until = System.currentTimeMillis() + 600; // GTK animates the check mark: photograph it when drawn
		EventLoop.waitFor(() -> System.currentTimeMillis() > until, "the check box drawn");
		ImageData shot = Screenshots.load(Screenshots.save(window.getShell(), "screen-symbols-turned"));
		assertEquals(BACKGROUND, pixelAt(shot, 310, 615), "the gate no longer lies along its old box");
		assertNotEquals(BACKGROUND, pixelAt(shot, 375, 560), "it stands upright in its turned box");
	}

	@Test
	@Order(5)
	void everyStepUndoesAndRedoesAndUndoingTheSaveTakesThePaletteToolAway() throws Exception {
		for (int i = labels.size() - 1; i >= 0; i--) {
			assertEquals(labels.get(i), session.undoLabel());
			session.undo();
			settle();
		}
		assertTrue(element("intakeGate") != null && symbol("Gate") == null, "back as drawn");
		assertFalse(overview.getElements().contains(second));
		EventLoop.waitFor(() -> !editor.paletteLabels().contains("◆ Gate"), "the palette drops the undone symbol: " + editor.paletteLabels());
		for (String label : labels) {
			assertEquals(label, session.redoLabel());
			session.redo();
			settle();
		}
		assertTrue(overview.getElements().contains(second));
		assertEquals(List.of(360, 540, 30, 150), box(second));
		assertTrue(second.isMirrored() && second.getRotation() == 90);
		assertTrue(boundTo(second).contains("Tank2.InletValve.Open"));
		EventLoop.waitFor(() -> editor.paletteLabels().contains("◆ Gate"), "redo brings the tool back");
		assertEquals(List.of(), session.problems().problems());
	}

	@Test
	@Order(6)
	void theGridIsTheScreensOwnStepShownAndSnappedTo() throws Exception {
		editor.select(List.of());
		PropertiesView properties = (PropertiesView) page.findView(PropertiesView.ID);
		EventLoop.waitFor(() -> "10".equals(properties.shownValue("gridStep")), "the Properties view shows the screen");
		properties.typeValue("gridStep", "25");
		settle();
		assertEquals(25, overview.getGridStep());
		EventLoop.waitFor(() -> editor.readoutText().contains("grid 25 px"), "the readout names the screen's grid: " + editor.readoutText());
		int before = overview.getElements().size();
		editor.setSymbolTool("Gate");
		DialogAnswer answer = DialogAnswer.when(window.getShell(), null, dialog -> {
			DemoStudio.editableTexts(dialog).get(0).setText("Tank2.OutletValve");
			DialogAnswer.press(dialog, "OK");
		});
		mouse.click(editor.toCanvas(318, 608), 0);
		settle();
		assertTrue(answer.seen().startsWith("Place Gate"), answer.seen());
		ScreenElement third = overview.getElements().get(before);
		assertEquals(List.of(325, 600), List.of(third.getX(), third.getY()), "placed on the 25 px grid, not at 318, 608");
		long until = System.currentTimeMillis() + 600; // GTK fades freshly built widgets in
		EventLoop.waitFor(() -> System.currentTimeMillis() > until, "the panel drawn");
		Screenshots.save(window.getShell(), "screen-symbols-grid25");
		session.undo();
		session.undo();
		settle();
		assertEquals(10, overview.getGridStep());
	}

	@Test
	@Order(7)
	void aRightClickSelectsTheElementUnderItAndItsMenuSavesAsSymbolOrCancels() throws Exception {
		ScreenElement label = element("tank1Label");
		org.eclipse.swt.widgets.Event down = new org.eclipse.swt.widgets.Event();
		Point at = editor.toCanvas(400, 152);
		down.button = 3;
		down.x = at.x;
		down.y = at.y;
		editor.canvasControl().notifyListeners(SWT.MouseDown, down);
		settle();
		assertEquals(List.of(label), editor.selection(), "the element under the right click is selected first");
		org.eclipse.swt.widgets.Menu menu = editor.canvasControl().getMenu();
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		org.eclipse.swt.widgets.MenuItem save = java.util.Arrays.stream(menu.getItems()).filter(m -> m.getText().equals("Save as Symbol…"))
				.findFirst().orElseThrow();
		assertTrue(save.getEnabled());
		assertFalse(java.util.Arrays.stream(menu.getItems()).filter(m -> m.getText().equals("Group")).findFirst().orElseThrow().getEnabled(),
				"Group needs two elements");
		List<Integer> fields = new ArrayList<>();
		String undo = session.undoLabel();
		DialogAnswer answer = DialogAnswer.when(window.getShell(), null, dialog -> {
			fields.add(DemoStudio.editableTexts(dialog).size());
			DialogAnswer.press(dialog, "Cancel");
		});
		save.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		settle();
		assertTrue(answer.seen().startsWith("Save as Symbol\nSymbol name:"), answer.seen());
		assertEquals(List.of(1), fields, "a label bound to nothing: only the name is asked, no $UNIT proposed");
		assertEquals(undo, session.undoLabel(), "cancelled: nothing changed");
		assertSame(label, element("tank1Label"));
	}
}
