package tandem.studio.core.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.model.Ellipse;
import tandem.model.Group;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.TandemPackage.Literals;
import tandem.model.Text;
import tandem.model.symbol.SymbolExpansion;
import tandem.studio.core.OnTheDemo;
import tandem.studio.core.Sessions;
import tandem.studio.core.op.SetFeatureOperation;

/** Saving a selection as a symbol, placing an instance and changing a symbol: each one undo step. */
class SymbolOperationTest extends OnTheDemo {

	private Screen overview;
	private SymbolOperation op;

	@BeforeEach
	void onTheOverview() {
		overview = project.getScreens().stream().filter(s -> s.getName().equals("Overview")).findFirst().orElseThrow();
		op = new SymbolOperation(session, overview);
	}

	private ScreenElement element(String name) {
		return overview.getElements().stream().filter(e -> name.equals(e.getName())).findFirst().orElse(null);
	}

	private SymbolDefinition symbol(String name) {
		return project.getSymbols().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
	}

	private List<String> problems() {
		return session.problems().problems().stream().map(Object::toString).toList();
	}

	@Test
	void aSelectionSavedAsSymbolIsReplacedByAnInstanceShowingTheSameAndUndoesInOneStep() {
		ScreenElement gate = element("intakeGate");
		ScreenElement text = element("intakeGateText");
		int index = overview.getElements().indexOf(gate);

		SymbolInstance instance = op.saveAsSymbol("Gate", List.of(text, gate), Map.of("UNIT", "Intake.Valve"));

		assertEquals("Save 2 elements as symbol Gate", session.undoLabel());
		SymbolDefinition symbol = symbol("Gate");
		assertEquals(List.of(150, 30), List.of(symbol.getWidth(), symbol.getHeight()));
		assertEquals("$UNIT.Open", symbol.getElements().get(0).getBindings().get(0).getVariableName());
		assertNull(symbol.getElements().get(0).getBindings().get(0).getVariable(), "the symbol names its variable");
		assertNull(element("intakeGate"));
		assertSame(instance, overview.getElements().get(index), "the instance takes the selection's place in the drawing order");
		assertEquals(List.of(20, 570, 150, 30), List.of(instance.getX(), instance.getY(), instance.getWidth(), instance.getHeight()));
		Group drawn = new SymbolExpansion(project).expand(instance).group();
		assertEquals(List.of(0, 0), List.of(drawn.getChildren().get(0).getX(), drawn.getChildren().get(0).getY()));
		assertEquals(List.of(4, 4), List.of(drawn.getChildren().get(1).getX(), drawn.getChildren().get(1).getY()));
		assertSame(Sessions.variable(project, "Intake.Valve.Open"), drawn.getChildren().get(1).getBindings().get(0).getVariable());
		assertEquals(List.of(), problems());

		session.undo();

		assertNull(symbol("Gate"));
		assertSame(gate, overview.getElements().get(index));
		assertSame(text, overview.getElements().get(index + 1));
		assertFalse(overview.getElements().contains(instance));
		assertEquals(List.of(), problems());
		session.redo();
		assertSame(instance, overview.getElements().get(index));
		assertEquals(List.of(), problems());
	}

	@Test
	void aPlacedInstanceTakesTheSymbolsSizeAFreeNameAndItsValuesInOneStep() {
		SymbolInstance spare = op.place(symbol("Pump"), 560, 620, Map.of("UNIT", "Intake.Pump2", "LABEL", "Spare pump"));

		assertEquals("Place pump1", session.undoLabel());
		assertEquals(List.of(560, 620, 130, 150), List.of(spare.getX(), spare.getY(), spare.getWidth(), spare.getHeight()));
		Group drawn = new SymbolExpansion(project).expand(spare).group();
		assertEquals("Spare pump", ((Text) drawn.getChildren().get(2)).getText());
		assertEquals(List.of(), problems());

		session.undo();

		assertFalse(overview.getElements().contains(spare));
	}

	@Test
	void anInstanceNamingAVariableThatDoesNotExistShowsInTheProblemsAtOnce() {
		op.place(symbol("Pump"), 560, 620, Map.of("UNIT", "Intake.Pump9"));

		assertEquals(3, problems().stream().filter(p -> p.contains("SymbolInstance 'pump1'") && p.contains("Intake.Pump9")).count(),
				"running, fault and speed: " + problems());
		session.undo();
		assertEquals(List.of(), problems());
	}

	@Test
	void aChangeToASymbolUpdatesEveryInstanceAndOneUndoRestoresThemAll() {
		Ellipse body = (Ellipse) symbol("Pump").getElements().get(0);
		List<SymbolInstance> pumps = overview.getElements().stream().filter(SymbolInstance.class::isInstance).map(SymbolInstance.class::cast)
				.filter(i -> i.getSymbol() == symbol("Pump")).toList();
		assertEquals(4, pumps.size());

		new SetFeatureOperation(session, body, Literals.SCREEN_ELEMENT__LINE_WIDTH, 4).execute();

		for (SymbolInstance pump : pumps) {
			assertEquals(4, new SymbolExpansion(project).expand(pump).group().getChildren().get(0).getLineWidth(), pump.getName());
		}
		session.undo();
		for (SymbolInstance pump : pumps) {
			assertEquals(2, new SymbolExpansion(project).expand(pump).group().getChildren().get(0).getLineWidth(), pump.getName());
		}
	}

	@Test
	void aTakenSymbolNameIsRefusedAndChangesNothing() {
		boolean couldUndo = session.canUndo();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> op.saveAsSymbol("Pump", List.of(element("intakeGate")), Map.of()));

		assertEquals("the project already has a symbol named 'Pump'", e.getMessage());
		assertTrue(element("intakeGate") != null);
		assertEquals(couldUndo, session.canUndo());
	}

	@Test
	void theProposedParameterIsTheVariableNamePrefixTheSelectionShares() {
		assertEquals(Map.of("UNIT", "Intake.Valve"), SymbolOperation.proposedParameters(List.of(element("intakeGate"), element("intakeGateText"))));
		assertEquals(Map.of(), SymbolOperation.proposedParameters(List.of(element("intakeFlowLabel"))), "a label bound to nothing");
		assertEquals(Map.of("UNIT", "Intake"), SymbolOperation.proposedParameters(List.of(element("intakeGate"), element("intakeFlow"))),
				"Intake.Valve.Open and Intake.Flow share Intake");
		assertEquals(Map.of(), SymbolOperation.proposedParameters(List.of(element("intakeGate"), element("filterTurbidity"))),
				"variables of two parts of the plant share nothing");
	}

	@Test
	void aParameterValueSetOnAnInstanceRebindsItInOneStep() {
		SymbolInstance pump = (SymbolInstance) element("intakePump2");

		SymbolOperation.setParameterValue(session, pump, "UNIT", " Intake.Pump1 ");

		assertEquals("Set $UNIT of intakePump2", session.undoLabel());
		Group drawn = new SymbolExpansion(project).expand(pump).group();
		assertTrue(boundTo(drawn).contains("Intake.Pump1.Running"), boundTo(drawn).toString());
		assertFalse(boundTo(drawn).contains("Intake.Pump2.Running"));
		session.undo();
		assertTrue(boundTo(new SymbolExpansion(project).expand(pump).group()).contains("Intake.Pump2.Running"));
	}

	private static List<String> boundTo(Group drawn) {
		List<String> names = new java.util.ArrayList<>();
		drawn.eAllContents().forEachRemaining(o -> o.eCrossReferences().stream().filter(tandem.model.Variable.class::isInstance)
				.forEach(v -> names.add(((tandem.model.Variable) v).getName())));
		return names;
	}

	@Test
	void aBlankValueOfAParameterWithoutDefaultOrAnUnknownParameterIsRefused() {
		SymbolInstance pump = (SymbolInstance) element("intakePump2");
		boolean couldUndo = session.canUndo();

		assertEquals("$UNIT of intakePump2 needs a value (it has no default)",
				assertThrows(IllegalArgumentException.class, () -> SymbolOperation.setParameterValue(session, pump, "UNIT", " ")).getMessage());
		assertEquals("symbol Pump of intakePump2 has no parameter $SIZE",
				assertThrows(IllegalArgumentException.class, () -> SymbolOperation.setParameterValue(session, pump, "SIZE", "3")).getMessage());
		assertEquals(couldUndo, session.canUndo());
	}

	@Test
	void aQuarterTurnSwapsTheBoxAboutItsCentreAndMirroringKeepsItInOneStep() {
		SymbolInstance pump = (SymbolInstance) element("intakePump2");
		assertEquals(List.of(40, 290, 130, 150), List.of(pump.getX(), pump.getY(), pump.getWidth(), pump.getHeight()));

		SymbolOperation.turn(session, pump, 90, false);

		assertEquals("Rotate intakePump2 to 90°", session.undoLabel());
		assertEquals(List.of(30, 300, 150, 130), List.of(pump.getX(), pump.getY(), pump.getWidth(), pump.getHeight()));
		SymbolOperation.turn(session, pump, 90, true);
		assertEquals("Mirror intakePump2", session.undoLabel());
		assertEquals(List.of(30, 300, 150, 130), List.of(pump.getX(), pump.getY(), pump.getWidth(), pump.getHeight()));
		assertTrue(pump.isMirrored());
		assertEquals(List.of(), problems());
		session.undo();
		session.undo();
		assertEquals(List.of(40, 290, 130, 150, 0), List.of(pump.getX(), pump.getY(), pump.getWidth(), pump.getHeight(), pump.getRotation()));
		assertFalse(pump.isMirrored());
		assertEquals("rotation 45° of intakePump2 must be 0, 90, 180 or 270",
				assertThrows(IllegalArgumentException.class, () -> SymbolOperation.turn(session, pump, 45, false)).getMessage());
	}

	@Test
	void severalInstancesTurnEachAboutItsCentreInOneStep() {
		SymbolInstance one = (SymbolInstance) element("intakePump1");
		SymbolInstance two = (SymbolInstance) element("intakePump2");

		SymbolOperation.turn(session, List.of(one, two), 270);

		assertEquals("Rotate 2 elements to 270°", session.undoLabel());
		assertEquals(List.of(30, 130, 150, 130), List.of(one.getX(), one.getY(), one.getWidth(), one.getHeight()));
		assertEquals(List.of(30, 300, 150, 130), List.of(two.getX(), two.getY(), two.getWidth(), two.getHeight()));
		session.undo();
		assertEquals(List.of(40, 120, 130, 150, 0), List.of(one.getX(), one.getY(), one.getWidth(), one.getHeight(), one.getRotation()));
		assertEquals(0, two.getRotation());
	}
}
