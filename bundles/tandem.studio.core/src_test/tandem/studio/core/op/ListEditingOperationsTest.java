package tandem.studio.core.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.core.Sessions.alarm;
import static tandem.studio.core.Sessions.variable;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.Archive;
import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.OnTheDemo;
import tandem.studio.core.op.LimitOperation.Slot;

/**
 * The add and remove gestures of the archives, alarm limits and recipes editors: each is one undo step, names
 * itself in the Edit menu, keeps the rest of the project as it was, and validation follows at once.
 */
class ListEditingOperationsTest extends OnTheDemo {

	private Archive archive(String name) {
		return project.getArchives().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void variablesAddedToAnArchiveAreOneStepAndKeepTheirNames() {
		Archive quality = archive("WaterQuality");
		int before = quality.getVariables().size();
		Variable flow = variable(project, "Intake.Flow");
		Variable level = variable(project, "Tank1.Level");
		assertEquals(2, new ReferenceListOperation(session, quality, Literals.ARCHIVE__VARIABLES).add(List.of(flow, level, flow)));
		assertEquals(before + 2, quality.getVariables().size());
		assertEquals("Intake.Flow", flow.getName(), "the variable is referred to, not copied and renamed");
		assertSame(project, flow.eContainer());
		assertEquals("Add 2 variables to Archive 'WaterQuality'", session.undoLabel());
		session.undo();
		assertEquals(before, quality.getVariables().size());
		assertFalse(quality.getVariables().contains(flow));
		session.redo();
		assertTrue(quality.getVariables().containsAll(List.of(flow, level)));
	}

	@Test
	void addingAVariableAnArchiveHasAlreadyChangesNothing() {
		Archive quality = archive("WaterQuality");
		Variable ph = quality.getVariables().get(0);
		assertEquals(0, new ReferenceListOperation(session, quality, Literals.ARCHIVE__VARIABLES).add(List.of(ph)));
		assertFalse(session.canUndo());
	}

	@Test
	void removingTheLastVariableOfAnArchiveIsReportedAndUndoBringsThemBack() {
		Archive quality = archive("WaterQuality");
		List<Variable> all = List.copyOf(quality.getVariables());
		assertEquals(all.size(), new ReferenceListOperation(session, quality, Literals.ARCHIVE__VARIABLES).remove(all));
		assertTrue(quality.getVariables().isEmpty());
		assertTrue(session.problems().problems().stream().anyMatch(p -> p.elementPath().contains("WaterQuality")),
				"validation reports the empty archive: " + session.problems().problems());
		session.undo();
		assertEquals(all, quality.getVariables(), "same variables in the same order");
	}

	@Test
	void aReferenceOfTheWrongKindIsRefused() {
		Archive quality = archive("WaterQuality");
		assertThrows(IllegalArgumentException.class,
				() -> new ReferenceListOperation(session, quality, Literals.ARCHIVE__VARIABLES).add(List.of(project.getAlarmClasses().get(0))));
		assertFalse(session.canUndo());
	}

	@Test
	void aNewLowLimitFitsBetweenTheLimitsThereAreAndIsUndone() {
		LimitAlarm diff = (LimitAlarm) alarm(project, "Filter.DiffPressure.Limits");
		LimitDefinition low = new LimitOperation(session, diff).add(Slot.L);
		assertSame(low, diff.getLow());
		assertTrue(low.getValue() < diff.getHigh().getValue(), "L " + low.getValue() + " is below H " + diff.getHigh().getValue());
		assertTrue(session.problems().errors().isEmpty(), "the new limit is valid: " + session.problems().errors());
		assertEquals("Add L limit to Filter.DiffPressure.Limits", session.undoLabel());
		session.undo();
		assertNull(diff.getLow());
		session.redo();
		assertSame(low, diff.getLow());
	}

	@Test
	void aLimitBetweenCloseNeighboursTakesTheMiddle() {
		LimitAlarm tank = (LimitAlarm) alarm(project, "Tank1.Level.Limits");
		new LimitOperation(session, tank).remove(Slot.H);
		new SetFeatureOperation(session, tank.getHighHigh(), Literals.LIMIT_DEFINITION__VALUE, 3.0).execute();
		LimitDefinition high = new LimitOperation(session, tank).add(Slot.H);
		assertEquals((tank.getLow().getValue() + tank.getHighHigh().getValue()) / 2, high.getValue(), 1e-9);
		assertTrue(session.problems().errors().isEmpty(), session.problems().errors().toString());
	}

	@Test
	void aLimitTheAlarmHasAlreadyIsRefused() {
		LimitAlarm tank = (LimitAlarm) alarm(project, "Tank1.Level.Limits");
		assertThrows(IllegalArgumentException.class, () -> new LimitOperation(session, tank).add(Slot.HH));
		assertFalse(session.canUndo());
	}

	@Test
	void removingEveryLimitIsReportedByValidationAndUndoRestoresThem() {
		LimitAlarm hypo = (LimitAlarm) alarm(project, "Chlorine.TankLevel.Limits");
		LimitDefinition lowLow = hypo.getLowLow();
		assertTrue(new LimitOperation(session, hypo).remove(Slot.LL));
		assertTrue(new LimitOperation(session, hypo).remove(Slot.L));
		assertFalse(new LimitOperation(session, hypo).remove(Slot.H), "there is no H to remove");
		assertTrue(session.problems().problems().stream().anyMatch(p -> p.elementPath().contains("Chlorine.TankLevel.Limits")),
				"an alarm without limits is reported: " + session.problems().problems());
		session.undo();
		session.undo();
		assertSame(lowLow, hypo.getLowLow());
		assertTrue(session.problems().problems().stream().noneMatch(p -> p.elementPath().contains("Chlorine.TankLevel.Limits")));
	}

	@Test
	void aVariableAddedToARecipeGroupGetsAValueInEveryRecipeInOneStep() {
		RecipeGroup seasons = project.getRecipeGroups().get(0);
		Variable inlet = variable(project, "Tank1.InletValve.Open");
		assertEquals(2, new RecipeRowsOperation(session, seasons).addRow(inlet));
		for (Recipe recipe : seasons.getRecipes()) {
			assertEquals(inlet.getInitialValue(), recipe.getValues().stream().filter(v -> v.getVariable() == inlet).findFirst().orElseThrow().getValue());
		}
		assertTrue(session.problems().errors().isEmpty(), session.problems().errors().toString());
		session.undo();
		assertTrue(seasons.getRecipes().stream().allMatch(r -> r.getValues().stream().noneMatch(v -> v.getVariable() == inlet)));
	}

	@Test
	void aReadOnlyVariableInARecipeIsAnErrorAtOnce() {
		RecipeGroup seasons = project.getRecipeGroups().get(0);
		new RecipeRowsOperation(session, seasons).addRow(variable(project, "Tank1.Level"));
		assertTrue(session.problems().errors().stream().anyMatch(p -> p.message().contains("not writable")), session.problems().errors().toString());
	}

	@Test
	void removingARowTakesTheVariableOutOfEveryRecipe() {
		RecipeGroup seasons = project.getRecipeGroups().get(0);
		Variable chlorine = variable(project, "Chlorine.DosingSetpoint");
		List<String> before = seasons.getRecipes().stream().map(r -> r.getValues().toString()).toList();
		assertEquals(2, new RecipeRowsOperation(session, seasons).removeRow(chlorine));
		assertTrue(seasons.getRecipes().stream().allMatch(r -> r.getValues().stream().noneMatch(v -> v.getVariable() == chlorine)));
		assertEquals("Remove Chlorine.DosingSetpoint from the recipes of OperatingSeasons", session.undoLabel());
		session.undo();
		assertEquals(before, seasons.getRecipes().stream().map(r -> r.getValues().toString()).toList(), "values back in their places");
	}

	@Test
	void aNewRecipeStartsWithTheValuesOfItsTemplateUnderAFreeName() {
		RecipeGroup seasons = project.getRecipeGroups().get(0);
		Recipe summer = seasons.getRecipes().get(0);
		Recipe copy = new RecipeRowsOperation(session, seasons).addColumn("Summer", summer);
		assertEquals("Summer_2", copy.getName());
		assertEquals(summer.getValues().size(), copy.getValues().size());
		assertEquals(summer.getValues().get(0).getValue(), copy.getValues().get(0).getValue());
		assertSame(summer.getValues().get(0).getVariable(), copy.getValues().get(0).getVariable());
		session.undo();
		assertEquals(2, seasons.getRecipes().size());
	}
}
