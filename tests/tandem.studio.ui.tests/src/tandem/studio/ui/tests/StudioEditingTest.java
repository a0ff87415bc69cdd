package tandem.studio.ui.tests;

import static tandem.studio.ui.tests.EventLoop.settle;
import static tandem.studio.ui.tests.EventLoop.waitFor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tandem.model.LimitAlarm;
import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.User;
import tandem.model.Variable;
import tandem.model.cli.ValidateCommand;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.io.ProjectStore;
import tandem.studio.core.Category;
import tandem.studio.core.CloseProjectOperation;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.AlarmsEditor;
import tandem.studio.ui.editors.CategoryEditors;
import tandem.studio.ui.editors.RecipesEditor;
import tandem.studio.ui.editors.RedundancyEditor;
import tandem.studio.ui.editors.UsersEditor;
import tandem.studio.ui.editors.VariableColumn;
import tandem.studio.ui.editors.VariablesEditor;
import tandem.studio.ui.views.ProblemsView;
import tandem.studio.ui.views.ProjectExplorerView;
import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3: an engineer's session in the real workbench under Xvfb, on a copy of the demo project: edit a variable
 * in the table, undo it from the Edit menu's command, break an alarm limit and find it in the Problems view, fix
 * it, change a recipe and the redundancy timings, save, and check the saved file as {@code tandem validate} does.
 * Screenshots of every editor go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudioEditingTest {

	private static Path file;
	private static ProjectSession session;
	private static IWorkbenchWindow window;
	private static IWorkbenchPage page;

	@BeforeAll
	static void openTheDemoProject() throws Exception {
		file = Files.createTempDirectory("studio-ui").resolve("water-treatment.tandem");
		Path shipped = Path.of("../../runtime-launcher/demo/water-treatment.tandem");
		if (Files.isRegularFile(shipped)) {
			Files.copy(shipped, file);
		} else {
			new ProjectStore().save(new DemoProjectFactory().create(), file);
		}
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		session = new OpenProjectOperation(StudioPlugin.get().workspace(), file).execute();
		CategoryEditors.open(page, session, Category.OVERVIEW, null);
		settle();
	}

	@AfterAll
	static void closeIt() {
		page.closeAllEditors(false);
		new CloseProjectOperation(StudioPlugin.get().workspace(), session, true).execute();
	}

	@Test
	@Order(1)
	void theExplorerShowsTheProjectWithItsCategoriesAndCounts() throws Exception {
		ProjectExplorerView explorer = (ProjectExplorerView) page.showView(ProjectExplorerView.ID);
		explorer.refresh();
		settle();
		String labels = treeText(explorer.viewer().getTree().getItems());
		assertTrue(labels.contains("Variables (" + session.project().getVariables().size() + ")"), labels);
		assertTrue(labels.contains("Redundancy (3)"), labels);
		Screenshots.save(window.getShell(), "studio-overview");
	}

	@Test
	@Order(2)
	void aVariableEditedInTheTableIsUndoneByTheUndoCommand() throws Exception {
		VariablesEditor editor = (VariablesEditor) CategoryEditors.open(page, session, Category.VARIABLES, null);
		Variable level = variable("Tank1.Level");
		editor.setFilter("tank1");
		settle();
		int row = editor.rows().indexOf(level);
		assertTrue(row >= 0, "Tank1.Level is shown for the filter 'tank1': " + editor.rows());
		Text cell = (Text) editor.editCell(row, VariableColumn.UNIT);
		cell.setText("cm");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		settle();
		assertEquals("cm", level.getUnit());
		assertEquals("cm", editor.table().getItem(row).getText(VariableColumn.UNIT.ordinal()), "the table shows the new unit");
		assertTrue(editor.isDirty(), "the editor shows the dirty marker");
		Screenshots.save(window.getShell(), "studio-variables");
		run("org.eclipse.ui.edit.undo");
		settle();
		assertEquals("m", level.getUnit(), "Undo restored the unit");
		assertFalse(editor.isDirty(), "undone back to the saved state");
		run("org.eclipse.ui.edit.redo");
		settle();
		assertEquals("cm", level.getUnit(), "Redo applied it again");
		editor.setFilter("");
	}

	@Test
	@Order(3)
	void aBrokenAlarmLimitAppearsInTheProblemsViewAndDoubleClickSelectsTheAlarm() throws Exception {
		AlarmsEditor editor = (AlarmsEditor) CategoryEditors.open(page, session, Category.ALARMS, null);
		LimitAlarm limits = (LimitAlarm) session.project().getAlarms().stream().filter(a -> a.getName().equals("Tank1.Level.Limits")).findFirst()
				.orElseThrow();
		editor.select(limits);
		settle();
		TableViewer limitsTable = limitsViewer(editor);
		typeInCell(limitsTable, limits.getHigh(), 1, "0.1");
		assertEquals(0.1, limits.getHigh().getValue());
		ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
		waitFor(() -> problems.viewer().getTable().getItemCount() > 0
				&& problems.viewer().getTable().getItem(0).getText(0).contains("limits must rise"), "the Problems view lists the broken limit");
		Screenshots.save(window.getShell(), "studio-problems");
		editor.select(session.project().getAlarms().get(0));
		problems.reveal(problems.rows().get(0));
		settle();
		assertSame(limits, editor.shownAlarm(), "double-clicking the problem selected the alarm");
		typeInCell(limitsViewer(editor), limits.getHigh(), 1, "4.3");
		waitFor(() -> problems.viewer().getTable().getItemCount() == 0, "the problem is gone once the limit is fixed");
		Screenshots.save(window.getShell(), "studio-alarms");
	}

	@Test
	@Order(4)
	void aRecipeValueIsChangedInTheGrid() throws Exception {
		RecipesEditor editor = (RecipesEditor) CategoryEditors.open(page, session, Category.RECIPES, null);
		settle();
		Recipe summer = editor.shownGroup().getRecipes().get(0);
		Variable setpoint = summer.getValues().get(0).getVariable();
		editor.setCell(summer, setpoint, "3.6");
		settle();
		assertEquals("3.6", summer.getValues().get(0).getValue());
		assertEquals("3.6", editor.gridTable().getItem(0).getText(1), "the grid shows the new value");
		Screenshots.save(window.getShell(), "studio-recipes");
	}

	@Test
	@Order(5)
	void theRedundancyFormShowsTheLeaseAndFailoverLiveAsTheTimeoutChanges() throws Exception {
		RedundancyEditor editor = (RedundancyEditor) CategoryEditors.open(page, session, Category.REDUNDANCY, null);
		settle();
		assertTrue(editor.figuresText().contains("Protected against split brain: 3 voters"), editor.figuresText());
		String before = editor.figuresText();
		Text timeout = findText(editor, String.valueOf(session.project().getTopology().getFailureDetectionTimeoutMs()));
		timeout.setText("2500");
		timeout.notifyListeners(SWT.DefaultSelection, new Event());
		settle();
		assertEquals(2500, session.project().getTopology().getFailureDetectionTimeoutMs());
		assertFalse(before.equals(editor.figuresText()), "the figures followed the edit");
		assertTrue(editor.figuresText().contains("Server lease on the field: "
				+ (2500 + session.project().getTopology().getVerifySuspectTimeoutMs() - session.project().getTopology().getHeartbeatIntervalMs() - 300)
				+ " ms"), editor.figuresText());
		Screenshots.save(window.getShell(), "studio-redundancy");
	}

	@Test
	@Order(6)
	void aPasswordSetInTheDialogIsStoredOnlyAsAHashThatVerifies() throws Exception {
		UsersEditor editor = (UsersEditor) CategoryEditors.open(page, session, Category.USERS, null);
		User operator = session.project().getUsers().stream().filter(u -> u.getName().equals("operator")).findFirst().orElseThrow();
		editor.select(operator);
		settle();
		Display display = window.getShell().getDisplay();
		java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>("no dialog");
		display.timerExec(1000, () -> {
			org.eclipse.swt.widgets.Shell dialog = display.getActiveShell();
			List<Text> fields = new java.util.ArrayList<>();
			collectPasswordFields(dialog, fields);
			seen.set(dialog.getText() + " with " + fields.size() + " password fields");
			fields.forEach(f -> f.setText("new-secret-42"));
			try {
				Screenshots.save(dialog, "studio-password");
			} catch (Exception e) {
				seen.set(seen.get() + ", screenshot failed: " + e);
			}
			org.eclipse.swt.widgets.Button ok = findButton(dialog, "OK");
			ok.notifyListeners(SWT.Selection, new Event());
		});
		editor.setPassword();
		settle();
		assertTrue(seen.get().contains("2 password fields"), seen.get());
		assertTrue(tandem.model.security.PasswordHash.verify("new-secret-42".toCharArray(), operator.getPasswordHash()),
				"the stored hash verifies the new password: " + seen.get());
		assertFalse(operator.getPasswordHash().contains("new-secret-42"));
	}

	private static void collectPasswordFields(Control control, List<Text> fields) {
		if (control instanceof Text text && (text.getStyle() & SWT.PASSWORD) != 0) {
			fields.add(text);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				collectPasswordFields(child, fields);
			}
		}
	}

	private static org.eclipse.swt.widgets.Button findButton(Control control, String label) {
		if (control instanceof org.eclipse.swt.widgets.Button button && button.getText().replace("&", "").equals(label)) {
			return button;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				var found = findButton(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	@Order(6)
	void ctrlZAndCtrlYAreBoundToUndoAndRedoInAnEditor() throws Exception {
		CategoryEditors.open(page, session, Category.VARIABLES, null);
		settle();
		org.eclipse.ui.keys.IBindingService bindings = window.getService(org.eclipse.ui.keys.IBindingService.class);
		List<String> undo = java.util.Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.undo")).map(Object::toString).toList();
		List<String> redo = java.util.Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.redo")).map(Object::toString).toList();
		assertTrue(undo.contains("CTRL+Z"), "undo keys: " + undo);
		assertTrue(redo.contains("CTRL+Y"), "redo keys: " + redo);
	}

	@Test
	@Order(6)
	void everyOtherEditorOpensAndIsPhotographed() throws Exception {
		for (Category category : List.of(Category.DRIVERS, Category.ALARM_CLASSES, Category.ARCHIVES, Category.USERS, Category.SCREENS,
				Category.CEL)) {
			IEditorPart editor = CategoryEditors.open(page, session, category, null);
			settle();
			assertNotNull(editor, category.label());
			Screenshots.save(window.getShell(), "studio-" + category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		}
	}

	@Test
	@Order(7)
	void theSavedFileIsValidAndHoldsTheChanges() throws Exception {
		CategoryEditors.open(page, session, Category.OVERVIEW, null);
		assertTrue(session.isDirty());
		run("org.eclipse.ui.file.save");
		settle();
		assertFalse(session.isDirty(), "saved");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ValidateCommand.run(new String[] { file.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, "tandem validate: " + out + err);
		Project saved = new ProjectStore().load(file);
		assertEquals("cm", saved.getVariables().stream().filter(v -> v.getName().equals("Tank1.Level")).findFirst().orElseThrow().getUnit());
		LimitAlarm limits = (LimitAlarm) saved.getAlarms().stream().filter(a -> a.getName().equals("Tank1.Level.Limits")).findFirst().orElseThrow();
		assertEquals(4.3, limits.getHigh().getValue());
		assertEquals(2500, saved.getTopology().getFailureDetectionTimeoutMs());
	}

	private static Variable variable(String name) {
		return session.project().getVariables().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
	}

	private static TableViewer limitsViewer(AlarmsEditor editor) {
		return editor.limitsViewer();
	}

	/** Activates the cell editor like a double-click would, types text and presses Enter. */
	private static void typeInCell(TableViewer viewer, Object row, int column, String text) {
		viewer.editElement(row, column);
		Control focus = viewer.getTable().getDisplay().getFocusControl();
		assertTrue(focus instanceof Text, "a text cell editor is open, focus on " + focus);
		((Text) focus).setText(text);
		focus.notifyListeners(SWT.DefaultSelection, new Event());
		settle();
	}

	private static Text findText(IEditorPart editor, String content) {
		return findText(page.getWorkbenchWindow().getShell(), content);
	}

	private static Text findText(Control control, String content) {
		if (control instanceof Text text && text.getText().equals(content) && text.isVisible()) {
			return text;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = findText(child, content);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String treeText(org.eclipse.swt.widgets.TreeItem[] items) {
		StringBuilder text = new StringBuilder();
		for (var item : items) {
			text.append(item.getText()).append('\n');
			item.setExpanded(true);
			settle();
			text.append(treeText(item.getItems()));
		}
		return text.toString();
	}

	private static void run(String command) throws Exception {
		IHandlerService handlers = window.getService(IHandlerService.class);
		handlers.executeCommand(command, null);
	}
}
