package tandem.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static tandem.model.build.ScreenBuilder.fillColor;
import static tandem.model.build.ScreenBuilder.named;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.Ellipse;
import tandem.model.Project;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.TestProjects;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;
import tandem.model.hash.ContentHash;

/** A change to a symbol is a change of the project (its hash) and of every instance (the diff says how many). */
class SymbolChangesTest {

    /** The demo with a test symbol placed twice on the overview and once on the trends screen. */
    private static Project withSymbol() {
        Project p = TestProjects.demo();
        SymbolDefinition symbol = new ProjectBuilder(p).symbol("Lamp", 20, 20, "UNIT", null);
        Ellipse lamp = new ScreenBuilder(symbol).ellipse("lamp", 0, 0, 20, 20, "#000000", "#F4F5F6");
        named(fillColor(lamp, null, 0, 0, "#F4F5F6", 1, 1, "#6B7B8C"), "$UNIT.Running");
        new ScreenBuilder(TestProjects.screen(p, "Overview")).instance("lamp1", 600, 620, 20, 20, symbol, "UNIT", "Intake.Pump1");
        new ScreenBuilder(TestProjects.screen(p, "Overview")).instance("lamp2", 630, 620, 20, 20, symbol, "UNIT", "Intake.Pump2");
        new ScreenBuilder(TestProjects.screen(p, "Trends")).instance("lamp3", 600, 760, 20, 20, symbol, "UNIT", "Dist.Pump1");
        return p;
    }

    private static Ellipse lampOf(Project p) {
        return (Ellipse) p.getSymbols().get(p.getSymbols().size() - 1).getElements().get(0);
    }

    @Test
    void theHashChangesWhenASymbolChangesThoughNoScreenDoes() {
        Project before = withSymbol();
        Project after = withSymbol();
        assertEquals(ContentHash.of(before), ContentHash.of(after));

        lampOf(after).setBackground("#FFFFFF");

        assertNotEquals(ContentHash.of(before), ContentHash.of(after));
    }

    @Test
    void theHashChangesWithAnInstancesRotationOrMirror() {
        Project before = withSymbol();
        Project turned = withSymbol();
        Project mirrored = withSymbol();

        ((SymbolInstance) TestProjects.element(turned, "Overview", "lamp1")).setRotation(90);
        ((SymbolInstance) TestProjects.element(mirrored, "Overview", "lamp1")).setMirrored(true);

        assertNotEquals(ContentHash.of(before), ContentHash.of(turned));
        assertNotEquals(ContentHash.of(before), ContentHash.of(mirrored));
        assertNotEquals(ContentHash.of(turned), ContentHash.of(mirrored));
    }

    @Test
    void aChangedSymbolListsHowManyInstancesFollow() {
        Project before = withSymbol();
        Project after = withSymbol();

        lampOf(after).setBackground("#FFFFFF");

        assertEquals(List.of("SymbolDefinition 'Lamp' / Ellipse 'lamp': background changed from '#F4F5F6' to '#FFFFFF'",
                "SymbolDefinition 'Lamp' changed: 3 instances on 2 screens follow"),
                ProjectDiff.compare(before, after).stream().map(Change::message).toList());
    }

    @Test
    void aChangedInstanceIsItsOwnChangeAndNoSymbolChange() {
        Project before = withSymbol();
        Project after = withSymbol();

        ((SymbolInstance) TestProjects.element(after, "Overview", "lamp2")).getParameterValues().get(0).setValue("Intake.Pump1");

        assertEquals(List.of("Screen 'Overview' / SymbolInstance 'lamp2' / ParameterValue #1: value changed from 'Intake.Pump2' to 'Intake.Pump1'"),
                ProjectDiff.compare(before, after).stream().map(Change::message).toList());
    }
}
