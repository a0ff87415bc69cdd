package tandem.hmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.model.ComparisonOperator;
import tandem.model.Ellipse;
import tandem.model.Screen;
import tandem.model.SimulatorDriver;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.Variable;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;
import tandem.runtime.api.Value;

/** Symbol instances are drawn as their symbol's elements, bound to the instance's variables. */
class SymbolInstancePresentationTest {

	private static final long T = 1_700_000_000_000L;
	private static final String OFF = "#F4F5F6";
	private static final String ON = "#6B7B8C";

	private final ProjectBuilder project = new ProjectBuilder("test");
	private final SimulatorDriver sim = project.simulator("sim");
	private final Variable p1 = project.bool("P1.Running", sim, "p");
	private final Variable p2 = project.bool("P2.Running", sim, "p");
	private final Variable p2Speed = project.analog("P2.Speed", "%", 0, 100, sim, "s");
	private final SymbolDefinition pump = project.symbol("Pump", 80, 100, "UNIT", null);
	private final Ellipse body;
	private final Screen screen = project.screen("Main", 800, 600, "#D8DCE0");
	private final Map<String, Value> values = new HashMap<>();
	private final ScreenPresenter presenter = new ScreenPresenter(screen, ZoneOffset.UTC);

	SymbolInstancePresentationTest() {
		ScreenBuilder symbol = new ScreenBuilder(pump);
		body = symbol.ellipse("body", 10, 0, 60, 60, "#000000", OFF);
		ScreenBuilder.named(ScreenBuilder.fillColor(body, null, 0, 0, OFF, 1, 1, ON), "$UNIT.Running");
		ScreenBuilder.named(symbol.numeric("speed", 0, 70, 80, 30, null, "%.0f"), "$UNIT.Speed");
		ScreenBuilder s = new ScreenBuilder(screen);
		s.instance("pump1", 100, 100, 80, 100, pump, "UNIT", "P1");
		s.instance("pump2", 300, 100, 80, 100, pump, "UNIT", "P2");
	}

	private ScreenPicture present() {
		return presenter.present(new PlantSnapshot(values, List.of(), true, new tandem.hmi.TrendHistory(), List.of()), T);
	}

	@Test
	void eachInstanceShowsItsOwnVariablesAtItsOwnPlace() {
		values.put("P1.Running", Value.good(true, T));
		values.put("P2.Running", Value.good(false, T));
		values.put("P2.Speed", Value.good(42.0, T));

		ScreenPicture picture = present();

		assertEquals(new Bounds(110, 100, 60, 60), picture.element("pump1/body").bounds());
		assertEquals(Colour.parse(ON, null), picture.element("pump1/body").background());
		assertEquals(new Bounds(310, 100, 60, 60), picture.element("pump2/body").bounds());
		assertEquals(Colour.parse(OFF, null), picture.element("pump2/body").background());
		assertEquals("42 %", picture.element("pump2/speed").text().strip(), "the value of P2.Speed with its unit");
		assertSame(screen.getElements().get(0), picture.element("pump1").element(), "the instance itself is what an editor selects");
	}

	@Test
	void aChangeToTheSymbolShowsInEveryInstanceOnTheNextPicture() {
		present();
		body.setBackground("#FF00FF");
		body.getBindings().clear();

		ScreenPicture picture = present();

		assertEquals(Colour.parse("#FF00FF", null), picture.element("pump1/body").background());
		assertEquals(Colour.parse("#FF00FF", null), picture.element("pump2/body").background());
	}

	@Test
	void aTurnedInstanceIsDrawnTurned() {
		SymbolInstance turned = (SymbolInstance) screen.getElements().get(1);
		turned.setRotation(90);
		turned.setWidth(100);
		turned.setHeight(80);

		ScreenPicture picture = present();

		assertEquals(new Bounds(300 + 40, 100 + 10, 60, 60), picture.element("pump2/body").bounds());
		assertEquals(new Bounds(300, 100, 30, 80), picture.element("pump2/speed").bounds());
	}

	@Test
	void anInstanceHiddenByItsVisibilityBindingHidesItsWholeSymbol() {
		SymbolInstance first = (SymbolInstance) screen.getElements().get(0);
		ScreenBuilder.visibleWhen(first, p1, ComparisonOperator.EQUAL, "true");
		values.put("P1.Running", Value.good(false, T));

		ScreenPicture picture = present();

		assertNull(picture.element("pump1/body"));
		assertNull(picture.element("pump1"));
		assertEquals(new Bounds(310, 100, 60, 60), picture.element("pump2/body").bounds());
	}
}
