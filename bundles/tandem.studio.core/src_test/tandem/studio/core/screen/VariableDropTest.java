package tandem.studio.core.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.model.BarGraph;
import tandem.model.Ellipse;
import tandem.model.FillColorBinding;
import tandem.model.FillLevelBinding;
import tandem.model.NumericDisplay;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Text;
import tandem.model.TextBinding;
import tandem.model.Trend;
import tandem.model.Variable;
import tandem.studio.core.OnTheDemo;
import tandem.studio.core.Sessions;
import tandem.studio.core.screen.VariableDrop.Offer;

/**
 * A variable dropped on a screen without a display: which elements are offered per data type, the placed element
 * shows the variable with unit and range, a drop onto an element binds its value, each is one undo step, and a
 * drop that leaves a wrong-typed binding is marked on the element at once.
 */
class VariableDropTest extends OnTheDemo {

	private Screen screen;
	private VariableDrop drop;

	@BeforeEach
	void anEmptyScreen() {
		screen = TandemFactory.eINSTANCE.createScreen();
		screen.setName("Drop");
		session.execute("Add screen", org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), project, Literals.PROJECT__SCREENS, screen));
		drop = new VariableDrop(session, screen);
	}

	private Variable v(String name) {
		return Sessions.variable(project, name);
	}

	@Test
	void numbersAreOfferedADisplayABarGraphAndATrendBooleansAStateIndicatorStringsAText() {
		assertEquals(List.of(Offer.NUMERIC_DISPLAY, Offer.BAR_GRAPH, Offer.TREND), VariableDrop.offers(v("Tank1.Level")));
		assertTrue(VariableDrop.offers(v("Plant.TotalVolume")).containsAll(List.of(Offer.NUMERIC_DISPLAY, Offer.TREND)), "an INT is a number too");
		assertEquals(List.of(Offer.STATE_INDICATOR, Offer.STATE_TEXT, Offer.TREND), VariableDrop.offers(v("Intake.Pump1.Running")));
		assertEquals(List.of(Offer.TEXT), VariableDrop.offers(v("Plant.OperatorMessage")));
	}

	@Test
	void aNumberWithoutARangeIsNotOfferedABarGraphThatCouldNotScaleIt() {
		Variable level = v("Tank1.Level");
		level.setRangeMax(null);
		assertEquals(List.of(Offer.NUMERIC_DISPLAY, Offer.TREND), VariableDrop.offers(level));
	}

	@Test
	void aDroppedNumberBecomesADisplayWithItsUnitAtTheDropPointInOneUndoStep() {
		NumericDisplay display = (NumericDisplay) drop.place(v("Tank1.Level"), Offer.NUMERIC_DISPLAY, 120, 80);
		assertSame(v("Tank1.Level"), display.getVariable());
		assertTrue(display.isShowUnit(), "the unit m is shown");
		assertEquals("%.1f", display.getFormat());
		assertEquals(List.of(120, 80), List.of(display.getX(), display.getY()));
		assertEquals("Tank1_Level", display.getName());
		assertEquals("Add Tank1_Level showing Tank1.Level", session.undoLabel());
		assertTrue(ElementProblems.errors(session.problems(), screen).isEmpty(), session.problems().errors().toString());
		session.undo();
		assertTrue(screen.getElements().isEmpty(), "one undo takes the whole drop back");
	}

	@Test
	void anIntegerDisplayFormatsWholeNumbersAndASecondDropGetsAFreeName() {
		NumericDisplay first = (NumericDisplay) drop.place(v("Plant.TotalVolume"), Offer.NUMERIC_DISPLAY, 0, 0);
		NumericDisplay second = (NumericDisplay) drop.place(v("Plant.TotalVolume"), Offer.NUMERIC_DISPLAY, 0, 40);
		assertEquals("%d", first.getFormat());
		assertEquals("Plant_TotalVolume_2", second.getName());
		assertTrue(ElementProblems.errors(session.problems(), screen).isEmpty(), session.problems().errors().toString());
	}

	@Test
	void barGraphTrendStateIndicatorAndTextShowTheVariable() {
		BarGraph bar = (BarGraph) drop.place(v("Tank2.Level"), Offer.BAR_GRAPH, 0, 0);
		assertSame(v("Tank2.Level"), bar.getVariable());
		Trend trend = (Trend) drop.place(v("Dist.Pressure"), Offer.TREND, 100, 0);
		assertEquals(List.of(v("Dist.Pressure")), trend.getVariables());
		Ellipse lamp = (Ellipse) drop.place(v("Intake.Pump1.Running"), Offer.STATE_INDICATOR, 0, 300);
		FillColorBinding state = (FillColorBinding) lamp.getBindings().get(0);
		assertSame(v("Intake.Pump1.Running"), state.getVariable());
		assertEquals(List.of("#808080", "#00B050"), state.getRanges().stream().map(r -> r.getColor()).toList(), "off grey, on green");
		Text state2 = (Text) drop.place(v("Intake.Pump1.Running"), Offer.STATE_TEXT, 40, 300);
		assertEquals("ON", ((TextBinding) state2.getBindings().get(0)).getTrueText());
		Text message = (Text) drop.place(v("Plant.OperatorMessage"), Offer.TEXT, 0, 400);
		assertSame(v("Plant.OperatorMessage"), message.getBindings().get(0).getVariable());
		assertTrue(ElementProblems.errors(session.problems(), screen).isEmpty(), session.problems().errors().toString());
	}

	@Test
	void anOfferThatDoesNotFitTheTypeIsRefusedAndAddsNothing() {
		assertThrows(IllegalArgumentException.class, () -> drop.place(v("Plant.OperatorMessage"), Offer.BAR_GRAPH, 0, 0));
		assertTrue(screen.getElements().isEmpty());
	}

	@Test
	void droppedOntoADisplayItRebindsItsValueInOneUndoStep() {
		NumericDisplay display = (NumericDisplay) drop.place(v("Tank1.Level"), Offer.NUMERIC_DISPLAY, 0, 0);
		drop.bind(display, v("Tank2.Level"));
		assertSame(v("Tank2.Level"), display.getVariable());
		assertEquals("Bind Tank1_Level to Tank2.Level", session.undoLabel());
		session.undo();
		assertSame(v("Tank1.Level"), display.getVariable());
	}

	@Test
	void droppedOntoATrendItAddsAPenAndOntoAShapeItAddsTheBindingThatShowsTheValue() {
		Trend trend = (Trend) drop.place(v("Dist.Pressure"), Offer.TREND, 0, 0);
		drop.bind(trend, v("Dist.Flow"));
		assertEquals(List.of(v("Dist.Pressure"), v("Dist.Flow")), trend.getVariables());
		ScreenElement tank = new ScreenEditOperation(session, screen).create(Literals.RECTANGLE, new Box(0, 300, 60, 200));
		drop.bind(tank, v("Tank1.Level"));
		FillLevelBinding fill = (FillLevelBinding) tank.getBindings().get(0);
		assertSame(v("Tank1.Level"), fill.getVariable());
		ScreenElement lamp = new ScreenEditOperation(session, screen).create(Literals.ELLIPSE, new Box(100, 300, 20, 20));
		drop.bind(lamp, v("Intake.Pump1.Running"));
		assertTrue(lamp.getBindings().get(0) instanceof FillColorBinding, "a boolean colours a shape");
		assertTrue(ElementProblems.errors(session.problems(), screen).isEmpty(), session.problems().errors().toString());
	}

	@Test
	void aBooleanDroppedOntoAFillLevelIsMarkedOnTheElementAtOnce() {
		ScreenElement tank = new ScreenEditOperation(session, screen).create(Literals.RECTANGLE, new Box(0, 300, 60, 200));
		drop.bind(tank, v("Tank1.Level"));
		drop.bind(tank, v("Filter.BackwashActive"));
		String message = ElementProblems.errors(session.problems(), screen).get(tank);
		assertTrue(message != null && message.contains("'Filter.BackwashActive' is BOOL"), "marked: " + message);
		assertTrue(session.problems().errors().stream().anyMatch(p -> p.elementPath().contains(tank.getName()) && p.message().equals(message)),
				"the Problems view lists the same");
		session.undo();
		assertTrue(ElementProblems.errors(session.problems(), screen).isEmpty());
	}

	@Test
	void aStringCannotBeBoundToAShapeAndNothingChanges() {
		ScreenElement tank = new ScreenEditOperation(session, screen).create(Literals.RECTANGLE, new Box(0, 300, 60, 200));
		String before = session.undoLabel();
		assertThrows(IllegalArgumentException.class, () -> drop.bind(tank, v("Plant.OperatorMessage")));
		assertEquals(before, session.undoLabel());
		assertTrue(tank.getBindings().isEmpty());
	}
}
