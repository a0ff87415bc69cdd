package tandem.studio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tandem.model.LimitAlarm;
import tandem.model.Project;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.model.validation.ProjectValidator;
import tandem.studio.core.op.RenameOperation;
import tandem.studio.core.op.SetFeatureOperation;
import tandem.studio.core.refs.CrossReferences;

/**
 * Validation after a command re-checks only the elements the command touched and those whose rules read them, and
 * still reports exactly what a full validation reports, after the edit, its undo and its redo. Many random edits:
 * {@link IncrementalValidatorIdentityTest}.
 */
class IncrementalValidationTest {

	@TempDir
	Path temp;

	record Edit(String name, Consumer<ProjectSession> apply) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Edit> edits() {
		return Stream.of(
				new Edit("a limit below the one under it", s -> set(s, limits(s).getHigh(), Literals.LIMIT_DEFINITION__VALUE, 0.1)),
				new Edit("a variable polled slower than its archive", s -> set(s, Sessions.variable(s.project(), "Intake.Flow"), Literals.VARIABLE__RATE_MS, 20_000)),
				new Edit("a range that cuts off the alarm limits", s -> set(s, Sessions.variable(s.project(), "Tank1.Level"), Literals.VARIABLE__RANGE_MAX, 2.0)),
				new Edit("a variable turned into a BOOL", s -> set(s, Sessions.variable(s.project(), "Tank1.Level"), Literals.VARIABLE__DATA_TYPE,
						tandem.model.DataType.BOOL)),
				new Edit("a recipe variable made read-only", s -> set(s, s.project().getRecipeGroups().get(0).getRecipes().get(0).getValues().get(0)
						.getVariable(), Literals.VARIABLE__WRITABLE, false)),
				new Edit("timings that leave no lease", s -> set(s, s.project().getTopology(), Literals.TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS, 900)),
				new Edit("an alarm class colour that is no colour", s -> set(s, Sessions.alarmClass(s.project(), "Warning"),
						Literals.ALARM_CLASS__ACTIVE_COLOR, "orange")),
				new Edit("a screen element moved out of its screen", s -> set(s, s.project().getScreens().get(0).getElements().get(0),
						Literals.SCREEN_ELEMENT__X, 5000)),
				new Edit("a role without permissions", s -> set(s, s.project().getRoles().get(2), Literals.ROLE__PERMISSIONS, List.of())),
				new Edit("a variable renamed to a taken name's neighbour", s -> new RenameOperation(s, Sessions.variable(s.project(), "Tank1.Level"),
						"Tank1.Level2").execute()),
				new Edit("a project version of 0", s -> set(s, s.project(), Literals.PROJECT__VERSION, 0)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("edits")
	void theIncrementalResultIsTheFullResultAfterEditUndoAndRedo(Edit edit) throws Exception {
		ProjectSession session = Sessions.demo(temp);
		edit.apply().accept(session);
		assertSameAsFull(session, "after the edit");
		session.undo();
		assertSameAsFull(session, "after undo");
		session.redo();
		assertSameAsFull(session, "after redo");
	}

	@Test
	void aLimitChangeRechecksOnlyItsAlarm() throws Exception {
		ProjectSession session = Sessions.demo(temp);
		set(session, limits(session).getHigh(), Literals.LIMIT_DEFINITION__VALUE, 4.4);
		assertEquals(1, session.lastValidationRechecked());
		set(session, Sessions.variable(session.project(), "Tank1.Level"), Literals.VARIABLE__DESCRIPTION, "level");
		assertEquals(1, session.lastValidationRechecked(), "no rule of another element reads a description");
	}

	@Test
	void aRenamedVariableRechecksItselfAndWhatShowsItsName() throws Exception {
		ProjectSession session = Sessions.demo(temp);
		Variable level = Sessions.variable(session.project(), "Tank1.Level");
		Set<EObject> users = new HashSet<>();
		new CrossReferences(session.project()).usagesOf(level).forEach(u -> users.add(top(session.project(), u.owner())));
		assertTrue(users.size() >= 3, "the demo shows, alarms and archives Tank1.Level: " + users);
		new RenameOperation(session, level, "Tank1.Height").execute();
		assertEquals(1 + users.size(), session.lastValidationRechecked());
		assertTrue(session.lastValidationRechecked() < session.project().eContents().size() / 4,
				"a rename re-checks far fewer elements than the project has");
	}

	@Test
	void aProblemAppearsWithTheEditAndGoesWithItsUndo() throws Exception {
		ProjectSession session = Sessions.demo(temp);
		String problem = "Project 'water-treatment' / Variable 'Tank1.Level': range minimum 6.0 is not below maximum 5.0";
		assertFalse(messages(session).contains(problem));
		set(session, Sessions.variable(session.project(), "Tank1.Level"), Literals.VARIABLE__RANGE_MIN, 6.0);
		assertTrue(messages(session).contains(problem), messages(session).toString());
		session.undo();
		assertFalse(messages(session).contains(problem));
		session.redo();
		assertTrue(messages(session).contains(problem));
	}

	private static List<String> messages(ProjectSession session) {
		return session.problems().problems().stream().map(p -> p.elementPath() + ": " + p.message()).toList();
	}

	private static EObject top(Project project, EObject element) {
		EObject e = element;
		while (e.eContainer() != project) {
			e = e.eContainer();
		}
		return e;
	}

	private static void assertSameAsFull(ProjectSession session, String when) {
		Project project = session.project();
		assertEquals(new ProjectValidator().validate(project).problems(), session.problems().problems(), when);
	}

	private static LimitAlarm limits(ProjectSession s) {
		return (LimitAlarm) Sessions.alarm(s.project(), "Tank1.Level.Limits");
	}

	private static void set(ProjectSession s, org.eclipse.emf.ecore.EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		assertTrue(new SetFeatureOperation(s, owner, feature, value).execute());
	}
}
