package tandem.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.ui.tests.EventLoop.settle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Variable;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.io.ProjectStore;
import tandem.studio.core.Category;
import tandem.studio.core.CloseProjectOperation;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.NewProjectAction;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.CategoryEditors;
import tandem.studio.ui.editors.OverviewEditor;
import tandem.studio.ui.editors.ProjectEditor;
import tandem.studio.ui.editors.VariablesEditor;

/**
 * Tier 3: the dialogs an engineer answers — New Project (from the demo, empty, over an existing file), Import CSV
 * (a good file, a broken one), Delete of a variable that is still used (cancel, delete with uses, undo) — driven
 * in the real workbench under Xvfb; each dialog is photographed before it is answered.
 */
class StudioDialogsTest {

	@TempDir
	Path temp;

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void workbench() {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
	}

	@AfterEach
	void closeEverything() {
		page.closeAllEditors(false);
		for (ProjectSession s : List.copyOf(StudioPlugin.get().workspace().sessions())) {
			new CloseProjectOperation(StudioPlugin.get().workspace(), s, true).execute();
		}
		settle();
	}

	@Test
	void newProjectFromTheDemoTemplateIsSavedAndOpensAtItsOverview() throws Exception {
		Path file = temp.resolve("plant2.tandem");
		DialogAnswer answer = DialogAnswer.when(window.getShell(), "studio-new-project", d -> DialogAnswer.press(d, "The demo water-treatment plant"));
		new NewProjectAction(window).create(file);
		settle();
		assertTrue(answer.seen().contains("Start plant2.tandem from:"), answer.seen());
		assertTrue(Files.isRegularFile(file), "the project file was written");
		ProjectSession session = StudioPlugin.get().workspace().session(file).orElseThrow();
		assertEquals("plant2", session.project().getName());
		assertFalse(session.project().getVariables().isEmpty(), "the demo's variables are in it");
		IEditorPart active = page.getActiveEditor();
		assertTrue(active instanceof OverviewEditor, "the overview is open: " + active);
		assertSame(session, ((ProjectEditor) active).session());
	}

	@Test
	void anEmptyNewProjectHasNoVariables() throws Exception {
		Path file = temp.resolve("empty.tandem");
		DialogAnswer.when(window.getShell(), null, d -> DialogAnswer.press(d, "An empty project"));
		new NewProjectAction(window).create(file);
		settle();
		ProjectSession session = StudioPlugin.get().workspace().session(file).orElseThrow();
		assertTrue(session.project().getVariables().isEmpty());
		assertTrue(new ProjectStore().load(file).getVariables().isEmpty(), "the file holds the empty project");
	}

	@Test
	void aNewProjectOverAnExistingFileIsRefusedAndTheFileStaysAsItWas() throws Exception {
		Path file = temp.resolve("taken.tandem");
		Files.writeString(file, "precious");
		DialogAnswer.when(window.getShell(), null, d -> DialogAnswer.press(d, "An empty project"));
		DialogAnswer error = DialogAnswer.when(window.getShell(), "studio-new-project-refused", d -> {
			if (!d.getText().equals("Cannot create project")) {
				throw new AssertionError("second dialog is " + d.getText());
			}
			DialogAnswer.press(d, "OK");
		});
		new NewProjectAction(window).create(file);
		settle();
		assertTrue(error.seen().startsWith("Cannot create project"), error.seen());
		assertTrue(error.seen().contains("taken.tandem"), "the error names the file: " + error.seen());
		assertEquals("precious", Files.readString(file));
		assertTrue(StudioPlugin.get().workspace().session(file).isEmpty());
	}

	private ProjectSession demo() throws Exception {
		Path file = temp.resolve("water-treatment.tandem");
		new ProjectStore().save(new DemoProjectFactory().create(), file);
		return new OpenProjectOperation(StudioPlugin.get().workspace(), file).execute();
	}

	@Test
	void aBrokenCsvFileImportsNothingAndTheDialogNamesLineAndColumn() throws Exception {
		ProjectSession session = demo();
		VariablesEditor editor = (VariablesEditor) CategoryEditors.open(page, session, Category.VARIABLES, null);
		settle();
		int before = session.project().getVariables().size();
		Path csv = temp.resolve("tags.csv");
		Files.writeString(csv, "name,dataType,driver,address\nPump9.Speed,FLOAT,Simulator,sine\nPump9.Run,MAYBE,Simulator,pump\n",
				StandardCharsets.UTF_8);
		DialogAnswer answer = DialogAnswer.when(window.getShell(), "studio-csv-broken", d -> DialogAnswer.press(d, "OK"));
		editor.importCsv(csv);
		settle();
		assertTrue(answer.seen().startsWith("Nothing imported"), answer.seen());
		assertTrue(answer.seen().contains("tags.csv:3:"), "the problem is named with its line: " + answer.seen());
		assertEquals(before, session.project().getVariables().size(), "not even the good row was imported");
		assertFalse(session.canUndo());
	}

	/**
	 * Intake.Pump1's symbol instance builds its names from UNIT=Intake.Pump1 (.Running, .Fault, .Speed): renaming
	 * only .Speed cannot change UNIT, so the instance names a missing variable now. The engineer is told at once,
	 * with the instance and what to do; the rename itself is done.
	 */
	@Test
	void aRenameThatASymbolInstanceCannotFollowNamesTheInstanceLeftBehind() throws Exception {
		ProjectSession session = demo();
		VariablesEditor editor = (VariablesEditor) CategoryEditors.open(page, session, Category.VARIABLES, null);
		settle();
		Variable speed = session.project().getVariables().stream().filter(v -> v.getName().equals("Intake.Pump1.Speed"))
				.findFirst().orElseThrow();
		DialogAnswer answer = DialogAnswer.when(window.getShell(), "studio-rename-left-behind",
				d -> DialogAnswer.press(d, "OK"));
		editor.commit(speed, tandem.studio.ui.editors.VariableColumn.NAME, "Intake.P1.Speed");
		settle();
		assertEquals("Intake.P1.Speed", speed.getName(), "the rename is done");
		assertTrue(answer.seen().contains("Renamed 'Intake.Pump1.Speed' to 'Intake.P1.Speed'"), answer.seen());
		assertTrue(answer.seen().contains("intakePump1") && answer.seen().contains("$UNIT.Speed")
				&& answer.seen().contains("Problems view"), "the instance left behind and what to do: " + answer.seen());
	}

	@Test
	void aGoodCsvFileIsImportedAsOneUndoStep() throws Exception {
		ProjectSession session = demo();
		VariablesEditor editor = (VariablesEditor) CategoryEditors.open(page, session, Category.VARIABLES, null);
		settle();
		int before = session.project().getVariables().size();
		String driver = session.project().getDrivers().get(0).getName();
		Path csv = temp.resolve("good.csv");
		Files.writeString(csv, "name;dataType;driver;address;unit\nPump9.Speed;FLOAT;" + driver + ";sine;%\nPump9.Run;BOOL;" + driver + ";pump;\n",
				StandardCharsets.UTF_8);
		DialogAnswer answer = DialogAnswer.when(window.getShell(), "studio-csv-imported", d -> DialogAnswer.press(d, "OK"));
		editor.importCsv(csv);
		settle();
		assertTrue(answer.seen().contains("2 variable(s) added"), answer.seen());
		assertEquals(before + 2, session.project().getVariables().size());
		assertTrue(editor.rows().stream().anyMatch(v -> v.getName().equals("Pump9.Speed")), "the table shows the new rows");
		session.undo();
		settle();
		assertEquals(before, session.project().getVariables().size(), "one undo takes the whole import back");
	}

	@Test
	void deletingAVariableThatIsUsedListsTheUsesAndCancelChangesNothing() throws Exception {
		ProjectSession session = demo();
		VariablesEditor editor = (VariablesEditor) CategoryEditors.open(page, session, Category.VARIABLES, null);
		settle();
		Variable level = variable(session, "Tank1.Level");
		DialogAnswer answer = DialogAnswer.when(window.getShell(), "studio-delete-with-uses", d -> DialogAnswer.press(d, "Cancel"));
		editor.delete(List.of(level));
		settle();
		assertTrue(answer.seen().contains("is still used by"), answer.seen());
		assertTrue(answer.seen().contains("Tank1.Level.Limits"), "the alarm on it is listed: " + answer.seen());
		assertSame(session.project(), level.eContainer(), "Cancel kept the variable");
		assertFalse(session.canUndo());
	}

	@Test
	void deleteWithUsesRemovesTheVariableAndItsAlarmAndUndoBringsBothBack() throws Exception {
		ProjectSession session = demo();
		VariablesEditor editor = (VariablesEditor) CategoryEditors.open(page, session, Category.VARIABLES, null);
		settle();
		Variable level = variable(session, "Tank1.Level");
		int alarms = session.project().getAlarms().size();
		DialogAnswer.when(window.getShell(), null, d -> DialogAnswer.press(d, "Delete with uses"));
		editor.delete(List.of(level));
		settle();
		assertFalse(session.project().getVariables().contains(level));
		assertTrue(session.project().getAlarms().stream().noneMatch(a -> a.getName().equals("Tank1.Level.Limits")), "its alarm went with it");
		assertFalse(editor.rows().contains(level), "the table no longer shows it");
		assertEquals("Delete Variable 'Tank1.Level'", session.undoLabel());
		session.undo();
		settle();
		assertSame(session.project(), level.eContainer());
		assertEquals(alarms, session.project().getAlarms().size());
	}

	@Test
	void anUnusedElementIsDeletedAfterAConfirmation() throws Exception {
		ProjectSession session = demo();
		VariablesEditor editor = (VariablesEditor) CategoryEditors.open(page, session, Category.VARIABLES, null);
		settle();
		Variable unused = session.project().getVariables().stream()
				.filter(v -> new tandem.studio.core.refs.CrossReferences(session.project()).usagesOf(v).isEmpty()
						&& new tandem.studio.core.refs.ParameterNames(session.project()).usagesOf(v).isEmpty()) // not even through a symbol's $UNIT
				.findFirst().orElseThrow();
		DialogAnswer answer = DialogAnswer.when(window.getShell(), null, d -> DialogAnswer.press(d, "OK"));
		editor.delete(List.of(unused));
		settle();
		assertTrue(answer.seen().contains("Nothing else uses it"), answer.seen());
		assertFalse(session.project().getVariables().contains(unused));
	}

	static Variable variable(ProjectSession session, String name) {
		return session.project().getVariables().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
	}
}
