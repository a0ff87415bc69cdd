package tandem.studio.core.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tandem.model.BlinkBinding;
import tandem.model.ColorRange;
import tandem.model.ComparisonOperator;
import tandem.model.DynamicBinding;
import tandem.model.FillColorBinding;
import tandem.model.FillDirection;
import tandem.model.FillLevelBinding;
import tandem.model.NumericDisplay;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.OnTheDemo;
import tandem.studio.core.Sessions;

/**
 * The bindings editor's edits without a display: every binding kind can be added with defaults that draw, each
 * edit (variable, attribute, colour range, removal) is one labelled undo step, undo restores exactly what was,
 * and the Problems view's result follows at once.
 */
class BindingEditingTest extends OnTheDemo {

	private Screen screen;
	private BindingOperation bindings;
	private ScreenElement box;
	private Variable level;

	@BeforeEach
	void aScreenWithARectangle() {
		screen = TandemFactory.eINSTANCE.createScreen();
		screen.setName("Bindings");
		session.execute("Add screen", org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), project, Literals.PROJECT__SCREENS, screen));
		box = new ScreenEditOperation(session, screen).create(Literals.RECTANGLE, new Box(10, 10, 80, 200));
		bindings = new BindingOperation(session);
		level = Sessions.variable(project, "Tank1.Level");
	}

	static List<EClass> kinds() {
		return BindingOperation.KINDS;
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void everyBindingKindIsAddedAsOneUndoStepAndUndoTakesItAway(EClass kind) {
		DynamicBinding added = bindings.add(box, kind);
		assertEquals(List.of(added), box.getBindings());
		assertSame(kind, added.eClass());
		assertEquals("Add " + BindingOperation.kindLabel(kind) + " binding to " + box.getName(), session.undoLabel());
		session.undo();
		assertTrue(box.getBindings().isEmpty());
		session.redo();
		assertEquals(List.of(added), box.getBindings());
	}

	@Test
	void theKindsAreTheMetamodelsConcreteBindings() {
		List<String> concrete = Literals.DYNAMIC_BINDING.getEPackage().getEClassifiers().stream()
				.filter(c -> c instanceof EClass e && !e.isAbstract() && Literals.DYNAMIC_BINDING.isSuperTypeOf(e)).map(c -> c.getName()).sorted().toList();
		assertEquals(concrete, BindingOperation.KINDS.stream().map(EClass::getName).sorted().toList(), "a binding kind the editor does not offer");
	}

	@Test
	void aNewBindingStartsOnTheVariableTheElementShows() {
		NumericDisplay display = (NumericDisplay) new ScreenEditOperation(session, screen).create(Literals.NUMERIC_DISPLAY, new Box(200, 10, 0, 0));
		new VariableDrop(session, screen).bind(display, level);
		BlinkBinding blink = (BlinkBinding) bindings.add(display, Literals.BLINK_BINDING);
		assertSame(level, blink.getVariable());
		assertEquals(500, blink.getIntervalMs(), "the metamodel's default interval");
		assertEquals("#FF0000", blink.getBlinkColor());
	}

	@Test
	void aMissingVariableIsAProblemAtOnceAndChoosingOneClearsIt() {
		FillLevelBinding fill = (FillLevelBinding) bindings.add(box, Literals.FILL_LEVEL_BINDING);
		assertNull(fill.getVariable(), "a bare rectangle shows no variable yet");
		assertTrue(ElementProblems.errors(session.problems(), screen).get(box).contains("is not set"), session.problems().errors().toString());
		bindings.setVariable(fill, level);
		assertEquals("Change variable of FillLevelBinding #1", session.undoLabel());
		assertNull(ElementProblems.errors(session.problems(), screen).get(box), session.problems().errors().toString());
		session.undo();
		assertNull(fill.getVariable());
		assertTrue(ElementProblems.errors(session.problems(), screen).containsKey(box), "undo brings the problem back");
	}

	@Test
	void aWrongTypedVariableIsMarkedOnTheElement() {
		FillLevelBinding fill = (FillLevelBinding) bindings.add(box, Literals.FILL_LEVEL_BINDING);
		bindings.setVariable(fill, Sessions.variable(project, "Intake.Pump1.Running"));
		String message = ElementProblems.errors(session.problems(), screen).get(box);
		assertTrue(message != null && message.contains("BOOL"), "a fill level needs a number: " + message);
	}

	@Test
	void attributesOfFillLevelAndComparisonAreEachOneUndoStep() {
		FillLevelBinding fill = (FillLevelBinding) bindings.add(box, Literals.FILL_LEVEL_BINDING);
		bindings.setVariable(fill, level);
		bindings.set(fill, Literals.FILL_LEVEL_BINDING__MAX, 4.0);
		bindings.set(fill, Literals.FILL_LEVEL_BINDING__DIRECTION, FillDirection.RIGHT);
		assertEquals(4.0, fill.getMax());
		assertEquals(FillDirection.RIGHT, fill.getDirection());
		session.undo();
		assertEquals(FillDirection.UP, fill.getDirection());
		assertEquals(4.0, fill.getMax(), "one undo takes back one edit");
		BlinkBinding blink = (BlinkBinding) bindings.add(box, Literals.BLINK_BINDING);
		bindings.set(blink, Literals.BLINK_BINDING__OPERATOR, ComparisonOperator.GREATER);
		bindings.set(blink, Literals.BLINK_BINDING__VALUE, "4.5");
		assertEquals("Change value of BlinkBinding #2", session.undoLabel());
		assertTrue(ElementProblems.errors(session.problems(), screen).isEmpty(), session.problems().errors().toString());
		bindings.set(blink, Literals.BLINK_BINDING__VALUE, "high");
		assertTrue(ElementProblems.errors(session.problems(), screen).get(box).contains("'high'"), "a value that is no number for a FLOAT");
	}

	@Test
	void colourRangesAreAddedAndRemovedAndUndone() {
		FillColorBinding color = (FillColorBinding) bindings.add(box, Literals.FILL_COLOR_BINDING);
		assertEquals(2, color.getRanges().size(), "without a variable: off and on, as for a boolean");
		ColorRange added = bindings.addRange(color);
		assertEquals(List.of(1.0, 2.0), List.of(added.getFrom(), added.getTo()), "the next range starts where the last ends");
		assertEquals("Add colour range to " + box.getName(), session.undoLabel());
		bindings.set(added, Literals.COLOR_RANGE__COLOR, "#FF0000");
		bindings.removeRange(color.getRanges().get(0));
		assertEquals(2, color.getRanges().size());
		session.undo();
		assertEquals(3, color.getRanges().size());
		assertEquals(0.0, color.getRanges().get(0).getTo(), "the removed range is back in its place");
		bindings.remove(color);
		assertEquals("Remove fill colour binding of " + box.getName(), session.undoLabel());
		assertTrue(box.getBindings().isEmpty());
		session.undo();
		assertEquals(List.of(color), box.getBindings());
	}

	@Test
	void aValueOfTheWrongTypeIsRefusedAndChangesNothing() {
		BlinkBinding blink = (BlinkBinding) bindings.add(box, Literals.BLINK_BINDING);
		String before = session.undoLabel();
		assertThrows(IllegalArgumentException.class, () -> bindings.set(blink, Literals.BLINK_BINDING__INTERVAL_MS, "fast"));
		assertEquals(before, session.undoLabel());
		assertEquals(500, blink.getIntervalMs());
	}
}
