package tandem.model.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.model.build.ScreenBuilder.fillColor;
import static tandem.model.build.ScreenBuilder.fillLevel;
import static tandem.model.build.ScreenBuilder.named;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.DataType;
import tandem.model.Ellipse;
import tandem.model.FillColorBinding;
import tandem.model.FillDirection;
import tandem.model.FillLevelBinding;
import tandem.model.Group;
import tandem.model.Line;
import tandem.model.NumericDisplay;
import tandem.model.Polyline;
import tandem.model.Project;
import tandem.model.Rectangle;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SimulatorDriver;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.Text;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;
import tandem.model.io.ProjectStore;

class SymbolExpansionTest {

    @TempDir
    Path dir;

    private final ProjectBuilder b = new ProjectBuilder("symbols");
    private final SymbolDefinition pump;
    private final Screen screen;

    SymbolExpansionTest() {
        SimulatorDriver sim = b.simulator("Sim");
        for (String unit : List.of("P1", "P2")) {
            b.variable(unit + ".Running", DataType.BOOL, sim, "pump");
            b.variable(unit + ".Speed", DataType.FLOAT, sim, "sine").setRangeMax(100.0);
        }
        // a 100 x 60 pump: body on the left, label and speed on the right, a pipe leaving to the right
        pump = b.symbol("Pump", 100, 60, "UNIT", null, "LABEL", "Pump");
        ScreenBuilder s = new ScreenBuilder(pump);
        Ellipse body = s.ellipse("body", 0, 0, 60, 60, "#000000", "#F4F5F6");
        named(fillColor(body, null, 0, 0, "#F4F5F6", 1, 1, "#6B7B8C"), "$UNIT.Running");
        s.text("label", 60, 0, 40, 20, "$LABEL", null);
        named(s.numeric("speed", 60, 30, 40, 30, null, "%.0f"), "$UNIT.Speed");
        s.polyline("arrow", 0, 0, 60, 60, "0,0 60,30", "#000000");
        s.line("pipe", 60, 30, 100, 30, "#3070B0", 4);
        screen = b.screen("Main", 1280, 800, "#C0C0C0");
    }

    private SymbolInstance place(String name, int x, int y, String... values) {
        return new ScreenBuilder(screen).instance(name, x, y, 0, 0, pump, values);
    }

    private SymbolExpansion.Expanded expand(SymbolInstance instance) {
        return new SymbolExpansion(b.project()).expand(instance);
    }

    @SuppressWarnings("unchecked")
    private static <T extends ScreenElement> T child(Group group, String name) {
        return (T) group.getChildren().stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no element " + name + " in " + group.getName()));
    }

    private static List<Integer> box(ScreenElement e) {
        return List.of(e.getX(), e.getY(), e.getWidth(), e.getHeight());
    }

    @Test
    void anInstanceIsDrawnAsAGroupAtItsPlaceWithItsVariablesAndTexts() {
        SymbolInstance instance = place("pump1", 200, 100, "UNIT", "P1", "LABEL", "Intake pump 1");

        SymbolExpansion.Expanded expanded = expand(instance);

        Group group = expanded.group();
        assertEquals(List.of(), expanded.problems());
        assertEquals("pump1", group.getName());
        assertEquals(List.of(200, 100, 100, 60), box(group), "an instance without a size takes the symbol's");
        Ellipse body = child(group, "body");
        assertSame(variable("P1.Running"), body.getBindings().get(0).getVariable());
        assertEquals("Intake pump 1", ((Text) child(group, "label")).getText());
        assertSame(variable("P1.Speed"), ((NumericDisplay) child(group, "speed")).getVariable());
        assertEquals(List.of(0, 0, 60, 60), box(body));
    }

    @Test
    void aParameterTheInstanceLeavesOutTakesItsDefault() {
        Group group = expand(place("pump2", 0, 0, "UNIT", "P2")).group();

        assertEquals("Pump", ((Text) child(group, "label")).getText());
        assertSame(variable("P2.Speed"), ((NumericDisplay) child(group, "speed")).getVariable());
    }

    @Test
    void aQuarterTurnClockwiseTurnsTheBoxAndEveryPoint() {
        SymbolInstance instance = place("turned", 0, 0, "UNIT", "P1");
        instance.setRotation(90);

        Group group = expand(instance).group();

        assertEquals(List.of(0, 0, 60, 100), box(group), "100 x 60 turned is 60 x 100");
        assertEquals(List.of(40, 60, 20, 40), box(child(group, "label")), "the label, right of the body, is now below it");
        Line pipe = child(group, "pipe");
        assertEquals(List.of(30, 60, 0, 40), box(pipe), "the pipe leaving to the right now leaves downwards");
        assertEquals("60,0 30,60", ((Polyline) child(group, "arrow")).getPoints());
    }

    @Test
    void mirroringSwapsLeftAndRight() {
        SymbolInstance instance = place("mirrored", 0, 0, "UNIT", "P1");
        instance.setMirrored(true);

        Group group = expand(instance).group();

        assertEquals(List.of(40, 0, 60, 60), box(child(group, "body")));
        assertEquals(List.of(0, 0, 40, 20), box(child(group, "label")));
        assertEquals(List.of(40, 30, -40, 0), box(child(group, "pipe")), "the pipe now leaves to the left");
        assertEquals("60,0 0,30", ((Polyline) child(group, "arrow")).getPoints());
    }

    @Test
    void mirroredAndTurnedHalfwayIsUpsideDown() {
        SymbolInstance instance = place("flipped", 0, 0, "UNIT", "P1");
        instance.setMirrored(true);
        instance.setRotation(180);

        Group group = expand(instance).group();

        assertEquals(List.of(0, 0, 60, 60), box(child(group, "body")), "the body, as high as the symbol, stays where it was");
        assertEquals(List.of(60, 40, 40, 20), box(child(group, "label")), "the label moves from the top to the bottom");
        assertEquals(List.of(60, 0, 40, 30), box(child(group, "speed")), "the speed from the bottom to the top");
    }

    @Test
    void anInstanceLargerThanItsSymbolScalesItsElements() {
        SymbolInstance instance = new ScreenBuilder(screen).instance("big", 10, 10, 200, 120, pump, "UNIT", "P1");

        Group group = expand(instance).group();

        assertEquals(List.of(10, 10, 200, 120), box(group));
        assertEquals(List.of(0, 0, 120, 120), box(child(group, "body")));
        assertEquals(List.of(120, 60, 80, 60), box(child(group, "speed")));
    }

    @Test
    void aFillDirectionTurnsWithTheInstance() {
        Rectangle tank = new ScreenBuilder(pump).rectangle("tank", 0, 0, 10, 60, "#000000", "#FFFFFF");
        FillLevelBinding level = named(fillLevel(tank, null, "#4090E0"), "$UNIT.Speed");
        level.setDirection(FillDirection.UP);
        SymbolInstance instance = place("turned", 0, 0, "UNIT", "P1");
        instance.setRotation(90);

        Group group = expand(instance).group();

        assertEquals(FillDirection.RIGHT, ((FillLevelBinding) child(group, "tank").getBindings().get(0)).getDirection());
    }

    @Test
    void aChangeToTheSymbolShowsInEveryInstance() {
        SymbolInstance one = place("pump1", 0, 0, "UNIT", "P1");
        SymbolInstance two = place("pump2", 200, 0, "UNIT", "P2");
        ((Ellipse) pump.getElements().get(0)).setBackground("#FF00FF");
        new ScreenBuilder(pump).text("mode", 0, 40, 20, 20, "A", null);

        for (SymbolInstance instance : List.of(one, two)) {
            Group group = expand(instance).group();
            assertEquals("#FF00FF", ((Ellipse) child(group, "body")).getBackground(), instance.getName());
            assertEquals("A", ((Text) child(group, "mode")).getText(), instance.getName());
        }
        assertEquals(1, ((Group) expand(two).group()).getChildren().stream().filter(e -> "mode".equals(e.getName())).count());
    }

    @Test
    void expandingLeavesTheSymbolAndTheInstanceAsTheyWere() {
        SymbolInstance instance = place("pump1", 50, 50, "UNIT", "P1");
        instance.setRotation(270);

        expand(instance);

        FillColorBinding binding = (FillColorBinding) pump.getElements().get(0).getBindings().get(0);
        assertEquals("$UNIT.Running", binding.getVariableName());
        assertEquals(null, binding.getVariable());
        assertEquals(List.of(60, 0, 40, 20), box(pump.getElements().get(1)));
        assertEquals(1, screen.getElements().size());
    }

    @Test
    void problemsNameTheSymbolTheElementAndWhatIsMissing() {
        assertEquals(List.of("symbol 'Pump': parameter $UNIT has no value and no default"), expand(place("noUnit", 0, 0)).problems());
        assertEquals(List.of("symbol 'Pump', FillColorBinding of element 'body': variable 'P9.Running' does not exist in the project",
                "symbol 'Pump', element 'speed': variable 'P9.Speed' does not exist in the project"),
                expand(place("wrongUnit", 0, 0, "UNIT", "P9")).problems());
        SymbolInstance none = place("none", 0, 0);
        none.setSymbol(null);
        assertEquals(List.of("names no symbol"), expand(none).problems());
    }

    @Test
    void aSymbolInsideAnotherIsExpandedTooAndTurnsWithIt() {
        SymbolDefinition station = b.symbol("Station", 200, 60, "A", null);
        new ScreenBuilder(station).instance("first", 0, 0, 0, 0, pump, "UNIT", "$A");
        SymbolInstance outer = new ScreenBuilder(screen).instance("station", 0, 0, 0, 0, station, "A", "P2");
        outer.setRotation(90);

        SymbolExpansion.Expanded expanded = expand(outer);

        assertEquals(List.of(), expanded.problems());
        Group first = child(expanded.group(), "first");
        assertEquals(List.of(0, 0, 60, 100), box(first), "the inner pump is turned with the station");
        assertSame(variable("P2.Running"), child(first, "body").getBindings().get(0).getVariable(), "$A passed on as $UNIT");
        assertEquals(List.of(40, 60, 20, 40), box(child(first, "label")));
    }

    @Test
    void aSymbolThatContainsItselfIsReportedNotExpandedForever() {
        SymbolDefinition loop = b.symbol("Loop", 50, 50);
        new ScreenBuilder(loop).instance("again", 0, 0, 0, 0, loop);

        List<String> problems = expand(new ScreenBuilder(screen).instance("loop", 0, 0, 0, 0, loop)).problems();

        assertEquals(List.of("symbol 'Loop' contains itself (symbol 'Loop' > symbol 'Loop')"), problems);
    }

    @Test
    void symbolsAndInstancesSurviveSaveAndLoadWithTheSymbolNamedInTheFile() throws Exception {
        SymbolInstance instance = place("pump1", 200, 100, "UNIT", "P1");
        instance.setRotation(90);
        instance.setMirrored(true);
        Path file = dir.resolve("symbols.tandem");
        new ProjectStore().save(b.project(), file);

        String xml = Files.readString(file);
        Project loaded = new ProjectStore().load(file);

        assertTrue(xml.contains("symbol=\"symbol/Pump\""), xml);
        assertTrue(xml.contains("variableName=\"$UNIT.Running\""), xml);
        SymbolInstance again = (SymbolInstance) loaded.getScreens().get(0).getElements().get(0);
        assertSame(loaded.getSymbols().get(0), again.getSymbol());
        Group group = new SymbolExpansion(loaded).expand(again).group();
        assertSame(loaded.getVariables().get(0), child(group, "body").getBindings().get(0).getVariable());
        assertFalse(xml.contains("gridStep"), "a default grid step is not written, so files without it stay as they are");
    }

    private tandem.model.Variable variable(String name) {
        return b.project().getVariables().stream().filter(v -> name.equals(v.getName())).findFirst().orElseThrow();
    }
}
