package tandem.studio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.model.validation.ProjectValidator;
import tandem.studio.core.op.SetFeatureOperation;
import tandem.model.TandemPackage.Literals;

class ProjectLifecycleTest {

	@TempDir
	Path temp;

	private final StudioWorkspace workspace = new StudioWorkspace();

	@Test
	void aNewProjectFromTheDemoTemplateIsSavedOpenedAndValid() throws Exception {
		Path file = temp.resolve("plant.tandem");
		ProjectSession session = new NewProjectOperation(workspace, file, "North plant", NewProjectOperation.Template.DEMO).execute();
		assertEquals("North plant", session.project().getName());
		assertTrue(Files.exists(file));
		assertFalse(session.isDirty());
		assertTrue(session.problems().isValid(), session.problems().problems().toString());
		assertEquals("North plant", new ProjectStore().load(file).getName());
	}

	@Test
	void anEmptyNewProjectHasNoVariablesAndRefusesToOverwriteAFile() throws Exception {
		Path file = temp.resolve("empty.tandem");
		ProjectSession session = new NewProjectOperation(workspace, file, "Empty", NewProjectOperation.Template.EMPTY).execute();
		assertEquals(0, session.project().getVariables().size());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new NewProjectOperation(workspace, file, "Again", NewProjectOperation.Template.EMPTY).execute());
		assertTrue(e.getMessage().contains("already exists"), e.getMessage());
	}

	@Test
	void openingAFileTwiceGivesTheSameSessionSoEditorsShareOneCommandStack() throws Exception {
		ProjectSession first = Sessions.demo(workspace, temp);
		ProjectSession second = new OpenProjectOperation(workspace, temp.resolve("demo.tandem")).execute();
		assertSame(first, second);
		assertSame(first.commandStack(), second.commandStack());
	}

	@Test
	void openingABrokenFileNamesTheFileAndChangesNothing() throws Exception {
		Path file = temp.resolve("broken.tandem");
		Files.writeString(file, "<not a project");
		LoadException e = assertThrows(LoadException.class, () -> new OpenProjectOperation(workspace, file).execute());
		assertTrue(String.join("\n", e.problems()).contains("broken.tandem"), e.problems().toString());
		assertEquals(List.of(), workspace.sessions());
	}

	@Test
	void saveWritesTheEditAndClearsTheDirtyMarker() throws Exception {
		ProjectSession session = Sessions.demo(workspace, temp);
		List<SessionListener.Change> changes = new ArrayList<>();
		session.addListener((s, change, affected) -> changes.add(change));
		new SetFeatureOperation(session, session.project(), Literals.PROJECT__DESCRIPTION, "saved by the test").execute();
		assertTrue(session.isDirty());
		new SaveProjectOperation(workspace, session).execute();
		assertFalse(session.isDirty());
		assertEquals(List.of(SessionListener.Change.EDITED, SessionListener.Change.SAVED), changes);
		Project reloaded = new ProjectStore().load(temp.resolve("demo.tandem"));
		assertEquals("saved by the test", reloaded.getDescription());
		assertTrue(new ProjectValidator().validate(reloaded).isValid());
	}

	@Test
	void undoingBackToTheSavedStateIsNotDirtyAndRedoIsAgain() throws Exception {
		ProjectSession session = Sessions.demo(workspace, temp);
		new SetFeatureOperation(session, session.project(), Literals.PROJECT__VERSION, 7).execute();
		session.undo();
		assertFalse(session.isDirty());
		assertEquals(1, session.project().getVersion());
		session.redo();
		assertTrue(session.isDirty());
		assertEquals(7, session.project().getVersion());
	}

	@Test
	void saveAsMovesTheSessionToTheNewFileAndLeavesTheOldOneAsItWas() throws Exception {
		ProjectSession session = Sessions.demo(workspace, temp);
		Path original = temp.resolve("demo.tandem");
		String before = Files.readString(original);
		new SetFeatureOperation(session, session.project(), Literals.PROJECT__DESCRIPTION, "copy").execute();
		Path copy = temp.resolve("sub/copy.tandem");
		new SaveProjectOperation(workspace, session, copy).execute();
		assertEquals(copy, session.file().orElseThrow());
		assertEquals(before, Files.readString(original));
		assertEquals("copy", new ProjectStore().load(copy).getDescription());
		assertSame(session, workspace.session(copy).orElseThrow());
		assertTrue(workspace.session(original).isEmpty());
	}

	@Test
	void closingWithUnsavedChangesIsRefusedUnlessTheyAreDiscarded() throws Exception {
		ProjectSession session = Sessions.demo(workspace, temp);
		new SetFeatureOperation(session, session.project(), Literals.PROJECT__DESCRIPTION, "unsaved").execute();
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> new CloseProjectOperation(workspace, session, false).execute());
		assertTrue(e.getMessage().contains("unsaved changes"), e.getMessage());
		assertFalse(session.isClosed());
		new CloseProjectOperation(workspace, session, true).execute();
		assertTrue(session.isClosed());
		assertEquals(List.of(), workspace.sessions());
		assertThrows(IllegalStateException.class, session::undo);
	}
}
