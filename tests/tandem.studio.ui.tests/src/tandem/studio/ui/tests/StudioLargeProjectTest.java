package tandem.studio.ui.tests;

import static tandem.studio.ui.tests.EventLoop.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import tandem.model.Variable;
import tandem.model.generator.ProjectGenerator;
import tandem.model.io.ProjectStore;
import tandem.studio.core.Category;
import tandem.studio.core.CloseProjectOperation;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.CategoryEditors;
import tandem.studio.ui.editors.VariableColumn;
import tandem.studio.ui.editors.VariablesEditor;
import tandem.ui.testsupport.Screenshots;

/**
 * A generated project of 100,000 variables and 500 screens opens in the studio and is editable: the virtual
 * table holds every row, a filter narrows it, a cell edit lands in the model and validation follows. Times are
 * printed for the record (StudioBenchmark measures them), not asserted.
 */
class StudioLargeProjectTest {

	@Test
	void aProjectOf100000VariablesOpensFiltersAndTakesAnEdit() throws Exception {
		Path file = Files.createTempDirectory("studio-large").resolve("large.tandem");
		new ProjectStore().save(new ProjectGenerator(100_000, 500, 1).generate(), file);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		long t0 = System.nanoTime();
		ProjectSession session = new OpenProjectOperation(StudioPlugin.get().workspace(), file).execute();
		VariablesEditor editor = (VariablesEditor) CategoryEditors.open(page, session, Category.VARIABLES, null);
		settle();
		long t1 = System.nanoTime();
		try {
			assertEquals(100_000, editor.table().getItemCount());
			long s0 = System.nanoTime();
			editor.table().setTopIndex(60_000);
			settle();
			long s1 = System.nanoTime();
			editor.setFilter("Area042");
			long t2 = System.nanoTime();
			assertEquals(1000, editor.rows().size(), "Area042 holds variables 42000..42999");
			Variable first = editor.rows().get(0);
			Text cell = (Text) editor.editCell(0, VariableColumn.RATE);
			cell.setText("250");
			cell.notifyListeners(SWT.DefaultSelection, new Event());
			settle();
			assertEquals(250, first.getRateMs());
			assertTrue(session.problems().isValid(), session.problems().errors().toString());
			System.out.printf("StudioLargeProjectTest: open + variables editor %d ms, scroll to row 60000 %d ms, filter (model + table) %d ms,"
					+ " validation after the edit %d ms%n", (t1 - t0) / 1_000_000, (s1 - s0) / 1_000_000, (t2 - s1) / 1_000_000,
					session.lastValidationMillis());
			Screenshots.save(page.getWorkbenchWindow().getShell(), "studio-variables-100k");
		} finally {
			page.closeAllEditors(false);
			new CloseProjectOperation(StudioPlugin.get().workspace(), session, true).execute();
			Files.deleteIfExists(file);
		}
	}
}
