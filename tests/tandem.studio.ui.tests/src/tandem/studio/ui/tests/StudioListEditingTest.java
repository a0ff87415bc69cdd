package tandem.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.ui.tests.EventLoop.settle;
import static tandem.studio.ui.tests.EventLoop.waitFor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Archive;
import tandem.model.Driver;
import tandem.model.LimitAlarm;
import tandem.model.RecipeGroup;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.io.ProjectStore;
import tandem.studio.core.Category;
import tandem.studio.core.CloseProjectOperation;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.op.LimitOperation.Slot;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.AlarmsEditor;
import tandem.studio.ui.editors.ArchivesEditor;
import tandem.studio.ui.editors.CategoryEditors;
import tandem.studio.ui.editors.ElementsEditor;
import tandem.studio.ui.editors.RecipesEditor;
import tandem.studio.ui.editors.VariableChooser;
import tandem.studio.ui.views.ProblemsView;
import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3: adding and removing in the drivers, archives, alarm limits and recipes editors — each one undo step,
 * shown in the editor at once, and validation follows in the Problems view.
 */
class StudioListEditingTest {

	@TempDir
	Path temp;

	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ProjectSession session;

	@BeforeEach
	void openTheDemo() throws Exception {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		Path file = temp.resolve("water-treatment.tandem");
		new ProjectStore().save(new DemoProjectFactory().create(), file);
		session = new OpenProjectOperation(StudioPlugin.get().workspace(), file).execute();
	}

	@AfterEach
	void closeIt() {
		page.closeAllEditors(false);
		new CloseProjectOperation(StudioPlugin.get().workspace(), session, true).execute();
		settle();
	}

	@Test
	void aModbusDriverAddedInTheDriversEditorIsReportedUntilItHasAHostAndUndoRemovesIt() throws Exception {
		ElementsEditor editor = (ElementsEditor) CategoryEditors.open(page, session, Category.DRIVERS, null);
		settle();
		int before = session.project().getDrivers().size();
		Driver modbus = (Driver) editor.add(Literals.PROJECT__DRIVERS, Literals.MODBUS_TCP_DRIVER);
		settle();
		assertNotNull(modbus);
		assertEquals(before + 1, session.project().getDrivers().size());
		assertEquals("NewModbusTcpDriver", modbus.getName());
		assertEquals("Add ModbusTcpDriver", session.undoLabel());
		ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
		waitFor(() -> problems.rows().stream().anyMatch(p -> p.problem().elementPath().contains("NewModbusTcpDriver")),
				"the Problems view reports the driver without a host");
		Screenshots.save(window.getShell(), "studio-drivers-added");
		session.undo();
		settle();
		assertEquals(before, session.project().getDrivers().size());
		waitFor(() -> problems.rows().stream().noneMatch(p -> p.problem().elementPath().contains("NewModbusTcpDriver")), "the problem went with the undo");
	}

	@Test
	void variablesChosenInTheDialogAreAddedToTheArchiveAndRemovedAgain() throws Exception {
		ArchivesEditor editor = (ArchivesEditor) CategoryEditors.open(page, session, Category.ARCHIVES, null);
		settle();
		Archive archive = editor.shownArchive();
		assertNotNull(archive, "the first archive is shown");
		int before = archive.getVariables().size();
		DialogAnswer answer = DialogAnswer.when(window.getShell(), "studio-variable-chooser", d -> {
			VariableChooser chooser = (VariableChooser) d.getData();
			chooser.setFilter("pump speed");
			if (chooser.shown().isEmpty()) {
				throw new AssertionError("no variable matches 'pump speed'");
			}
			chooser.choose(0, 1);
			DialogAnswer.press(d, "Choose");
		});
		editor.chooseVariables();
		settle();
		assertTrue(answer.seen().startsWith("Variables for " + archive.getName()), answer.seen());
		assertEquals(before + 2, archive.getVariables().size(), "two variables were chosen");
		assertEquals(before + 2, editor.variablesTable().viewer().getTable().getItemCount(), "the table shows them");
		Screenshots.save(window.getShell(), "studio-archives");
		Variable added = archive.getVariables().get(before);
		editor.removeVariables(List.of(added));
		settle();
		assertFalse(archive.getVariables().contains(added));
		session.undo();
		session.undo();
		settle();
		assertEquals(before, archive.getVariables().size(), "two undo steps: remove, then add");
	}

	@Test
	void aLimitAddedInTheAlarmsEditorAppearsInTheLimitsTableAndRemovingAllIsAProblem() throws Exception {
		AlarmsEditor editor = (AlarmsEditor) CategoryEditors.open(page, session, Category.ALARMS, null);
		LimitAlarm hypo = (LimitAlarm) session.project().getAlarms().stream().filter(a -> a.getName().equals("Chlorine.TankLevel.Limits"))
				.findFirst().orElseThrow();
		editor.select(hypo);
		settle();
		assertEquals(2, editor.limitsViewer().getTable().getItemCount());
		editor.addLimit(Slot.H);
		settle();
		assertNotNull(hypo.getHigh());
		assertEquals(3, editor.limitsViewer().getTable().getItemCount(), "the limits table shows LL, L and H");
		assertTrue(hypo.getHigh().getValue() > hypo.getLow().getValue());
		Screenshots.save(window.getShell(), "studio-alarm-limit-added");
		for (Slot slot : Slot.values()) {
			editor.removeLimit(hypo, slot);
		}
		settle();
		ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
		waitFor(() -> problems.rows().stream().anyMatch(p -> p.problem().message().contains("has none of the limits")),
				"the Problems view reports the alarm without limits");
		editor.addLimit(Slot.HH);
		settle();
		waitFor(() -> problems.rows().stream().noneMatch(p -> p.problem().message().contains("has none of the limits")), "fixed by adding HH");
		for (int step = 0; step < 5; step++) { // add HH, remove H, L, LL, add H
			session.undo();
		}
		assertNull(hypo.getHigh(), "undone step by step back to before the H was added");
		assertFalse(session.canUndo());
		assertNotNull(hypo.getLowLow());
	}

	@Test
	void aRecipeRowAndARecipeColumnAreAddedAndRemovedInTheGrid() throws Exception {
		RecipesEditor editor = (RecipesEditor) CategoryEditors.open(page, session, Category.RECIPES, null);
		settle();
		RecipeGroup group = editor.shownGroup();
		int rows = editor.gridTable().getItemCount();
		int columns = editor.gridTable().getColumnCount();
		Variable inlet = session.project().getVariables().stream().filter(v -> v.getName().equals("Tank1.InletValve.Open")).findFirst().orElseThrow();
		editor.addVariable(inlet);
		settle();
		assertEquals(rows + 1, editor.gridTable().getItemCount(), "a row for the new variable");
		editor.addRecipe(group.getRecipes().get(0));
		settle();
		assertEquals(columns + 1, editor.gridTable().getColumnCount(), "a column for the new recipe");
		assertEquals(group.getRecipes().get(0).getName() + "_2", editor.gridTable().getColumn(columns).getText());
		Screenshots.save(window.getShell(), "studio-recipes-added");
		editor.removeVariable(inlet);
		settle();
		assertEquals(rows, editor.gridTable().getItemCount());
		session.undo();
		session.undo();
		session.undo();
		settle();
		assertEquals(rows, editor.gridTable().getItemCount());
		assertEquals(columns, editor.gridTable().getColumnCount());
	}
}
