package tandem.studio.core.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.core.Sessions.alarm;
import static tandem.studio.core.Sessions.alarmClass;
import static tandem.studio.core.Sessions.variable;

import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import tandem.model.LimitAlarm;
import tandem.model.Project;
import tandem.model.TandemPackage.Literals;
import tandem.model.User;
import tandem.model.Variable;
import tandem.model.security.PasswordHash;
import tandem.model.validation.Problem;
import tandem.studio.core.ElementLocator;
import tandem.studio.core.OnTheDemo;
import tandem.studio.core.refs.CrossReferences;
import tandem.studio.core.refs.Usage;

/** Every edit is one undo step, undo restores exactly what was, redo repeats it, and validation follows. */
class EditOperationsTest extends OnTheDemo {

	@Test
	void aBulkChangeOfAColumnIsOneUndoStep() {
		List<Variable> three = project.getVariables().subList(0, 3);
		List<Integer> before = three.stream().map(Variable::getRateMs).toList();
		assertTrue(new SetFeatureOperation(session, List.copyOf(three), Literals.VARIABLE__RATE_MS, 250).execute());
		assertTrue(three.stream().allMatch(v -> v.getRateMs() == 250));
		session.undo();
		assertEquals(before, three.stream().map(Variable::getRateMs).toList());
		assertFalse(session.canUndo(), "the three changes were one step");
		session.redo();
		assertTrue(three.stream().allMatch(v -> v.getRateMs() == 250));
	}

	@Test
	void settingTheValueAnElementAlreadyHasPutsNothingOnTheStack() {
		Variable level = variable(project, "Tank1.Level");
		assertFalse(new SetFeatureOperation(session, level, Literals.VARIABLE__UNIT, level.getUnit()).execute());
		assertFalse(session.canUndo());
	}

	@Test
	void breakingAnAlarmLimitShowsAnErrorAtOnceAndUndoingItRemovesIt() {
		LimitAlarm limits = (LimitAlarm) alarm(project, "Tank1.Level.Limits");
		new SetFeatureOperation(session, limits.getHigh(), Literals.LIMIT_DEFINITION__VALUE, 0.1).execute();
		List<Problem> errors = session.problems().errors();
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).message().contains("limits must rise"), errors.toString());
		assertSame(limits, ElementLocator.find(project, errors.get(0).elementPath()), "the problem's path leads to the alarm");
		session.undo();
		assertTrue(session.problems().isValid(), session.problems().problems().toString());
	}

	@Test
	void renameKeepsEveryReferenceAndUndoRestoresTheName() {
		Variable level = variable(project, "Tank1.Level");
		List<Usage> before = new CrossReferences(project).usagesOf(level);
		assertTrue(before.size() >= 3, "the demo shows, archives and alarms Tank1.Level: " + before);
		new RenameOperation(session, level, "Tank1.LevelRenamed").execute();
		assertEquals("Tank1.LevelRenamed", level.getName());
		assertEquals(before, new CrossReferences(project).usagesOf(level));
		assertTrue(session.problems().isValid(), session.problems().problems().toString());
		session.undo();
		assertEquals("Tank1.Level", level.getName());
		session.redo();
		assertEquals("Tank1.LevelRenamed", level.getName());
	}

	@Test
	void renameToANameAnotherVariableHasIsRefusedAndChangesNothing() {
		Variable level = variable(project, "Tank1.Level");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new RenameOperation(session, level, "Tank2.Level").execute());
		assertTrue(e.getMessage().contains("another Variable already has that name"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new RenameOperation(session, level, "  ").execute());
		assertEquals("Tank1.Level", level.getName());
		assertFalse(session.canUndo());
	}

	@Test
	void deletingAUsedVariableIsRefusedWithEveryUseNamed() {
		Variable level = variable(project, "Tank1.Level");
		int uses = new CrossReferences(project).usagesOf(level).size();
		InUseException e = assertThrows(InUseException.class,
				() -> new DeleteOperation(session, List.of(level), DeleteOperation.Uses.REFUSE).execute());
		assertEquals(uses, e.usages().size());
		assertTrue(e.getMessage().contains("Variable 'Tank1.Level' is still used by"), e.getMessage());
		assertTrue(project.getVariables().contains(level));
		assertFalse(session.canUndo());
	}

	@Test
	void deletingAVariableWithItsUsesLeavesNoDanglingReferenceAndUndoBringsEverythingBack() throws Exception {
		Variable level = variable(project, "Tank1.Level");
		Project before = EcoreUtil.copy(project);
		int alarms = project.getAlarms().size();
		new DeleteOperation(session, List.of(level), DeleteOperation.Uses.REMOVE).execute();
		assertFalse(project.getVariables().contains(level));
		assertEquals(alarms - 1, project.getAlarms().size(), "the alarm on the level went with it");
		assertTrue(project.getArchives().stream().noneMatch(a -> a.getVariables().contains(level)));
		assertEquals(List.of(), new CrossReferences(project).usagesOf(level));
		session.undo();
		assertTrue(new EcoreUtil.EqualityHelper().equals(before, project), "undo restores the project exactly");
		session.redo();
		assertFalse(project.getVariables().contains(level));
	}

	@Test
	void deletingAnAlarmClassWithItsUsesClearsThemAndValidationSaysSo() throws Exception {
		var warning = alarmClass(project, "Warning");
		assertFalse(new CrossReferences(project).usagesOf(warning).isEmpty());
		new DeleteOperation(session, List.of(warning), DeleteOperation.Uses.REMOVE).execute();
		assertTrue(session.problems().errors().stream().anyMatch(p -> p.message().equals("has no alarm class")),
				session.problems().errors().toString());
		session.undo();
		assertTrue(session.problems().isValid());
	}

	@Test
	void anUnusedElementIsDeletedEvenWhenUsesAreRefused() throws Exception {
		Variable copy = (Variable) AddElementsOperation.copies(List.of(variable(project, "Tank1.Level"))).get(0);
		new AddElementsOperation(session, project, Literals.PROJECT__VARIABLES, List.of(copy), "Paste").execute();
		new DeleteOperation(session, List.of(copy), DeleteOperation.Uses.REFUSE).execute();
		assertFalse(project.getVariables().contains(copy));
	}

	@Test
	void pastedRowsGetFreeNamesAndKeepTheirDriver() {
		Variable level = variable(project, "Tank1.Level");
		int count = project.getVariables().size();
		List<? extends org.eclipse.emf.ecore.EObject> pasted = new AddElementsOperation(session, project, Literals.PROJECT__VARIABLES,
				AddElementsOperation.copies(List.of(level, level)), "Paste 2 variables").execute();
		assertEquals(List.of("Tank1.Level_2", "Tank1.Level_3"), pasted.stream().map(v -> ((Variable) v).getName()).toList());
		assertSame(level.getDriver(), ((Variable) pasted.get(0)).getDriver());
		assertEquals(count + 2, project.getVariables().size());
		session.undo();
		assertEquals(count, project.getVariables().size());
	}

	@Test
	void aPasswordIsStoredOnlyAsAHashThatVerifiesAndTheClearTextIsWiped() {
		User operator = project.getUsers().stream().filter(u -> u.getName().equals("operator")).findFirst().orElseThrow();
		String oldHash = operator.getPasswordHash();
		char[] password = "new-secret-1".toCharArray();
		new SetPasswordOperation(session, operator, password, new PasswordHash(new Random(1), 1000)).execute();
		assertTrue(PasswordHash.verify("new-secret-1".toCharArray(), operator.getPasswordHash()));
		assertFalse(operator.getPasswordHash().contains("new-secret-1"));
		assertTrue(new String(password).chars().allMatch(c -> c == 0), "the clear password is wiped");
		session.undo();
		assertEquals(oldHash, operator.getPasswordHash());
	}

	@Test
	void aTooShortPasswordIsRefused() {
		User operator = project.getUsers().get(0);
		String oldHash = operator.getPasswordHash();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new SetPasswordOperation(session, operator, "abc".toCharArray()).execute());
		assertTrue(e.getMessage().contains("at least 6 characters"), e.getMessage());
		assertEquals(oldHash, operator.getPasswordHash());
	}

	@Test
	void typedValuesAreParsedOrRefusedWithTheAttributeNamed() {
		assertEquals(250, FeatureValues.parse(Literals.VARIABLE__RATE_MS, " 250 "));
		assertEquals(2.5, FeatureValues.parse(Literals.VARIABLE__RANGE_MAX, "2.5"));
		assertNull(FeatureValues.parse(Literals.VARIABLE__RANGE_MAX, ""));
		assertEquals(tandem.model.DataType.FLOAT, FeatureValues.parse(Literals.VARIABLE__DATA_TYPE, "float"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> FeatureValues.parse(Literals.VARIABLE__RATE_MS, "fast"));
		assertEquals("rateMs: 'fast' is not an integer", e.getMessage());
	}
}
