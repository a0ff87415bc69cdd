package tandem.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.ui.tests.EventLoop.settle;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tandem.hmi.ElementLook;
import tandem.model.Project;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SymbolInstance;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.model.cli.ValidateCommand;
import tandem.model.io.ProjectStore;
import tandem.model.validation.ProjectValidator;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.op.AddElementsOperation;
import tandem.studio.core.screen.Arrangement;
import tandem.studio.ui.screens.ScreensEditor;
import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3, the screen editor issue's "done when" as one walk: the demo's Overview is opened in the studio, a third
 * intake pump gets its variables, is placed as an instance of the Pump symbol bound to them, aligned with the
 * mouse-made selection, previewed with live simulated values, every step undone and redone, saved, and the saved
 * file passes {@code tandem validate}.
 */
class ScreenEditorWalkthroughTest {

	private static DemoStudio demo;
	private static ProjectSession session;
	private static IWorkbenchWindow window;
	private static IWorkbenchPage page;
	private static ScreensEditor editor;
	private static Mouse mouse;
	private static Path file;

	@BeforeAll
	static void openTheDemo() throws Exception {
		demo = DemoStudio.open("walkthrough", 1400, 1000);
		file = demo.file();
		window = demo.window();
		page = demo.page();
		session = demo.session();
		editor = demo.editor();
		settle();
		editor.fit();
		settle();
		mouse = new Mouse(editor.canvasControl());
	}

	@AfterAll
	static void closeIt() {
		demo.close();
	}

	private static ScreenElement element(Screen screen, String name) {
		return screen.getElements().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}

	private static String text(String path) {
		ElementLook look = editor.picture().element(path);
		return look == null ? null : look.text();
	}

	@Test
	void aSecondPumpIsAddedAsAnInstanceAlignedPreviewedUndoneRedoneSavedAndValid() throws Exception {
		Screen overview = editor.screen();
		assertEquals("Overview", overview.getName(), "the demo opens on its start screen");
		int elements = overview.getElements().size();

		// new variables for the pump, copies of pump 2's with the simulator behind them
		List<Variable> added = new ArrayList<>();
		for (String signal : List.of("Running", "Speed", "Fault")) {
			Variable v = EcoreUtil.copy(session.project().getVariables().stream().filter(x -> x.getName().equals("Intake.Pump2." + signal))
					.findFirst().orElseThrow());
			v.setName("Intake.Pump3." + signal);
			v.setDescription("Intake pump 3 " + signal.toLowerCase());
			added.add(v);
		}
		new AddElementsOperation(session, session.project(), Literals.PROJECT__VARIABLES, added, "Add 3 variables").execute();
		settle();

		// the Pump symbol's tool, a click, $UNIT asked for
		editor.setSymbolTool("Pump");
		DialogAnswer answer = DialogAnswer.when(window.getShell(), null, dialog -> {
			DemoStudio.editableTexts(dialog).get(0).setText("Intake.Pump3");
			DialogAnswer.press(dialog, "OK");
		});
		mouse.click(editor.toCanvas(200, 470), 0);
		settle();
		assertTrue(answer.seen().startsWith("Place Pump"), answer.seen());
		assertEquals(elements + 1, overview.getElements().size());
		SymbolInstance pump = (SymbolInstance) overview.getElements().get(elements);
		assertEquals(List.of(200, 470, 130, 150), List.of(pump.getX(), pump.getY(), pump.getWidth(), pump.getHeight()));
		String placed = session.undoLabel();

		// align its bottom with the backwash button's: click the button, Shift-click the pump, Align bottom
		ScreenElement backwash = element(overview, "backwash");
		mouse.click(editor.toCanvas(630, 596), 0);
		assertEquals(List.of(backwash), editor.selection(), "a click on the button selects it: " + editor.readoutText());
		mouse.clickHolding(editor.toCanvas(265, 600), SWT.SHIFT);
		assertEquals(List.of(backwash, pump), editor.selection(), "the button first, so the pump goes by it");
		editor.align(Arrangement.Align.BOTTOM);
		settle();
		assertEquals(backwash.getY() + backwash.getHeight(), pump.getY() + pump.getHeight());
		assertEquals(462, pump.getY());
		String aligned = session.undoLabel();
		assertEquals("Align " + pump.getName(), aligned, "only the pump moved");
		assertEquals(List.of(), session.problems().problems(), "the new pump's bindings resolve");
		editor.select(List.of(pump));
		settle();
		Screenshots.save(window.getShell(), "walkthrough-pump3-aligned");

		// preview: the simulator drives the new variables
		String speed = pump.getName() + "/speed";
		String design = text(speed);
		assertEquals("50 %", design, "the new variables are drawn with their design value (mid-range) at once");
		editor.setPreview(true);
		settle();
		EventLoop.waitFor(() -> text(speed) != null && !text(speed).equals(design), "the new pump's speed shows a live value, not " + design);
		String live = text(speed);
		Screenshots.save(window.getShell(), "walkthrough-preview");
		editor.setPreview(false);
		settle();
		assertEquals(design, text(speed), "back to design values after the preview (it was " + live + ")");

		// undo and redo every step
		assertEquals(aligned, session.undoLabel());
		session.undo();
		assertEquals(470, pump.getY());
		assertEquals(placed, session.undoLabel());
		session.undo();
		assertFalse(overview.getElements().contains(pump));
		assertEquals("Add 3 variables", session.undoLabel());
		session.undo();
		assertEquals(null, session.project().getVariables().stream().filter(v -> v.getName().startsWith("Intake.Pump3")).findAny().orElse(null));
		session.redo();
		session.redo();
		session.redo();
		settle();
		assertTrue(overview.getElements().contains(pump));
		assertEquals(462, pump.getY());
		assertEquals(List.of(), session.problems().problems());

		// save, and the saved file is valid
		assertTrue(session.isDirty());
		editor.doSave(new NullProgressMonitor());
		settle();
		assertFalse(session.isDirty(), "saved");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = ValidateCommand.run(new String[] { file.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		assertEquals(0, code, "tandem validate: " + out);
		Project saved = new ProjectStore().load(file);
		assertEquals(List.of(), new ProjectValidator().validate(saved).errors());
		Screen savedOverview = saved.getScreens().stream().filter(s -> s.getName().equals("Overview")).findFirst().orElseThrow();
		SymbolInstance savedPump = (SymbolInstance) element(savedOverview, pump.getName());
		assertEquals("Pump", savedPump.getSymbol().getName());
		assertEquals(List.of(200, 462), List.of(savedPump.getX(), savedPump.getY()));
		assertTrue(savedPump.getParameterValues().stream().anyMatch(v -> v.getParameter().equals("UNIT") && v.getValue().equals("Intake.Pump3")));
		assertNotEquals(design, live);
	}
}
