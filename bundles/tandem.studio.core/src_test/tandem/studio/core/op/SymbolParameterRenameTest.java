package tandem.studio.core.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.core.Sessions.variable;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.SymbolInstance;
import tandem.model.validation.Problem;
import tandem.studio.core.OnTheDemo;

/**
 * Symbol instances name their variables through parameter values ($UNIT.Speed with UNIT=Intake.Pump1): a rename
 * of a variable follows them where one value fits, a delete or a rename that cannot follow shows on the instance.
 */
class SymbolParameterRenameTest extends OnTheDemo {

	private SymbolInstance instance(String name) {
		return project.getScreens().stream().flatMap(s -> s.getElements().stream()).filter(SymbolInstance.class::isInstance)
				.map(SymbolInstance.class::cast).filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
	}

	private static String unit(SymbolInstance instance) {
		return instance.getParameterValues().stream().filter(v -> "UNIT".equals(v.getParameter())).findFirst().orElseThrow().getValue();
	}

	private List<Problem> problemsOn(SymbolInstance instance) {
		return session.problems().problems().stream().filter(p -> p.elementPath().endsWith("'" + instance.getName() + "'")).toList();
	}

	/**
	 * A symbol can show a variable by its full name, the same on every instance (here a display of Chlorine.Residual
	 * and a trend of it and Plant.EmergencyStop): a rename changes those names inside the symbol, in the rename's undo
	 * step, so no instance is left naming a missing variable.
	 */
	@Test
	void aNameASymbolWritesOutInFullFollowsTheRenameInTheSameUndoStep() {
		tandem.model.SymbolDefinition symbol = project.getSymbols().get(0);
		tandem.model.NumericDisplay display = tandem.model.TandemFactory.eINSTANCE.createNumericDisplay();
		display.setName("residualShown");
		display.setVariableName("Chlorine.Residual");
		tandem.model.Trend trend = tandem.model.TandemFactory.eINSTANCE.createTrend();
		trend.setName("residualTrend");
		trend.getVariableNames().addAll(List.of("Chlorine.Residual", "Plant.EmergencyStop"));
		symbol.getElements().addAll(List.of(display, trend));

		List<String> unfollowed = new RenameOperation(session, variable(project, "Chlorine.Residual"), "Chlorine.Free").execute();

		assertEquals(List.of(), unfollowed);
		assertEquals("Chlorine.Free", display.getVariableName());
		assertEquals(List.of("Chlorine.Free", "Plant.EmergencyStop"), trend.getVariableNames());
		session.undo();
		assertEquals("Chlorine.Residual", display.getVariableName());
		assertEquals(List.of("Chlorine.Residual", "Plant.EmergencyStop"), trend.getVariableNames());
		assertEquals("Chlorine.Residual", variable(project, "Chlorine.Residual").getName(), "one step took both back");
	}

	@Test
	void renamingTheOnlyVariableAValveSymbolNamesChangesTheInstancesUnitInTheSameUndoStep() {
		SymbolInstance valve = instance("valveTank1Inlet");
		assertEquals("Tank1.InletValve", unit(valve));

		List<String> unfollowed = new RenameOperation(session, variable(project, "Tank1.InletValve.Open"), "Tank1.Inlet.Open").execute();

		assertEquals(List.of(), unfollowed);
		assertEquals("Tank1.Inlet", unit(valve));
		assertTrue(session.problems().isValid(), session.problems().problems().toString());
		session.undo();
		assertEquals("Tank1.InletValve", unit(valve));
		assertEquals("Tank1.InletValve.Open", variable(project, "Tank1.InletValve.Open").getName());
		assertFalse(session.canUndo(), "the rename and the parameter change were one step");
		session.redo();
		assertEquals("Tank1.Inlet", unit(valve));
	}

	@Test
	void aUnitNamingSeveralVariablesChangesOnlyOnceAllOfThemAreRenamedAndTheInstanceShowsAProblemUntilThen() {
		SymbolInstance pump = instance("intakePump1");
		assertTrue(problemsOn(pump).isEmpty());

		List<String> unfollowed = new RenameOperation(session, variable(project, "Intake.Pump1.Speed"), "Intake.P1.Speed").execute();
		assertEquals(1, unfollowed.size(), unfollowed.toString());
		assertTrue(unfollowed.get(0).contains("intakePump1") && unfollowed.get(0).contains("$UNIT.Speed"), unfollowed.get(0));
		assertEquals("Intake.Pump1", unit(pump), "UNIT=Intake.P1 would lose .Running and .Fault");
		assertTrue(problemsOn(pump).stream().anyMatch(p -> p.message().contains("'Intake.Pump1.Speed' does not exist")), problemsOn(pump).toString());

		new RenameOperation(session, variable(project, "Intake.Pump1.Running"), "Intake.P1.Running").execute();
		assertEquals("Intake.Pump1", unit(pump));
		assertEquals(List.of(), new RenameOperation(session, variable(project, "Intake.Pump1.Fault"), "Intake.P1.Fault").execute());

		assertEquals("Intake.P1", unit(pump));
		assertTrue(problemsOn(pump).isEmpty(), problemsOn(pump).toString());
		assertTrue(session.problems().isValid(), session.problems().problems().toString());
		session.undo();
		assertEquals("Intake.Pump1", unit(pump));
		assertEquals("Intake.Pump1.Fault", variable(project, "Intake.Pump1.Fault").getName());
	}

	@Test
	void aNewNameThatNoUnitCanBuildLeavesTheInstanceAndReportsIt() {
		SymbolInstance valve = instance("valveTank1Inlet");

		List<String> unfollowed = new RenameOperation(session, variable(project, "Tank1.InletValve.Open"), "Tank1.InletValveOpen").execute();

		assertEquals(1, unfollowed.size(), unfollowed.toString());
		assertEquals("Tank1.InletValve", unit(valve));
		assertTrue(problemsOn(valve).stream().anyMatch(p -> p.message().contains("'Tank1.InletValve.Open' does not exist")),
				problemsOn(valve).toString());
	}

	@Test
	void aUnitIsNotMovedOntoAnotherPumpsVariablesThatStillExist() throws Exception {
		SymbolInstance pump = instance("intakePump1");
		new DeleteOperation(session, List.of(variable(project, "Intake.Pump2.Speed")), DeleteOperation.Uses.REMOVE).execute();

		// Intake.Pump2.Running and .Fault exist: UNIT=Intake.Pump2 would show pump 2's state on pump 1
		List<String> unfollowed = new RenameOperation(session, variable(project, "Intake.Pump1.Speed"), "Intake.Pump2.Speed").execute();

		assertEquals("Intake.Pump1", unit(pump));
		assertEquals(1, unfollowed.size(), unfollowed.toString());
	}

	@Test
	void deletingAVariableAnInstanceNamesThroughItsParameterIsRefusedOrShowsAProblemOnTheInstance() throws Exception {
		SymbolInstance pump = instance("intakePump1");
		var speed = variable(project, "Intake.Pump1.Speed");
		InUseException e = assertThrows(InUseException.class,
				() -> new DeleteOperation(session, List.of(speed), DeleteOperation.Uses.REFUSE).execute());
		assertTrue(e.usages().stream().anyMatch(u -> u.owner() == pump && u.describe().contains("$UNIT.Speed")), e.getMessage());

		new DeleteOperation(session, List.of(speed), DeleteOperation.Uses.REMOVE).execute();

		assertFalse(project.getVariables().contains(speed));
		assertTrue(project.getScreens().stream().anyMatch(s -> s.getElements().contains(pump)), "the instance stays");
		assertTrue(problemsOn(pump).stream().anyMatch(p -> p.message().contains("'Intake.Pump1.Speed' does not exist")), problemsOn(pump).toString());
		session.undo();
		assertTrue(problemsOn(pump).isEmpty(), problemsOn(pump).toString());
	}
}
