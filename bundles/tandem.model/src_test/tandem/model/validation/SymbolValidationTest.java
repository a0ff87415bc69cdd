package tandem.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tandem.model.TestProjects.screen;
import static tandem.model.TestProjects.variable;
import static tandem.model.build.ScreenBuilder.fillColor;
import static tandem.model.build.ScreenBuilder.named;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.Project;
import tandem.model.Screen;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.TandemPackage.Literals;
import tandem.model.TestProjects;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;

/** Symbols and their instances: what is wrong is reported on the element the engineer has to fix. */
class SymbolValidationTest {

    private final Project demo = TestProjects.demo();
    private final SymbolDefinition pump;
    private final SymbolInstance instance;

    SymbolValidationTest() {
        pump = new ProjectBuilder(demo).symbol("TestPump", 80, 100, "UNIT", null, "LABEL", "Pump");
        ScreenBuilder s = new ScreenBuilder(pump);
        var body = s.ellipse("body", 10, 0, 60, 60, "#000000", "#F4F5F6");
        named(fillColor(body, null, 0, 0, "#F4F5F6", 1, 1, "#6B7B8C"), "$UNIT.Running");
        s.text("label", 0, 60, 80, 20, "$LABEL", null);
        named(s.numeric("speed", 0, 80, 80, 20, null, "%.0f"), "$UNIT.Speed");
        instance = new ScreenBuilder(overview()).instance("testPump", 560, 620, 80, 100, pump, "UNIT", "Intake.Pump1");
    }

    private Screen overview() {
        return screen(demo, "Overview");
    }

    private List<String> problems() {
        return new ProjectValidator().validate(demo).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aWellFormedInstanceHasNoProblems() {
        assertEquals(List.of(), problems());
    }

    @Test
    void aParameterWithoutValueAndWithoutDefaultIsAnError() {
        instance.getParameterValues().clear();

        assertEquals(List.of("ERROR Project 'water-treatment' / Screen 'Overview' / SymbolInstance 'testPump': "
                + "symbol 'TestPump': parameter $UNIT has no value and no default"), problems());
    }

    @Test
    void aSubstitutedVariableThatDoesNotExistIsAnErrorNamingTheSymbolsElement() {
        instance.getParameterValues().get(0).setValue("Intake.Pump7");

        assertEquals(List.of(
                "ERROR Project 'water-treatment' / Screen 'Overview' / SymbolInstance 'testPump': symbol 'TestPump', FillColorBinding of element 'body': variable 'Intake.Pump7.Running' does not exist in the project",
                "ERROR Project 'water-treatment' / Screen 'Overview' / SymbolInstance 'testPump': symbol 'TestPump', element 'speed': variable 'Intake.Pump7.Speed' does not exist in the project"),
                problems());
    }

    @Test
    void aSubstitutedVariableOfTheWrongTypeIsReportedLikeOnAScreen() {
        instance.getParameterValues().get(0).setValue("Intake.Pump1");
        ((tandem.model.NumericDisplay) pump.getElements().get(2)).setVariableName("$UNIT.Running");

        assertEquals(List.of("ERROR Project 'water-treatment' / Screen 'Overview' / SymbolInstance 'testPump': symbol 'TestPump', "
                + "element 'speed': the displayed variable 'Intake.Pump1.Running' is BOOL, but a number is needed"), problems());
    }

    @Test
    void anInstanceOfAMissingSymbolIsAnError() {
        instance.setSymbol(null);

        assertEquals(List.of("ERROR Project 'water-treatment' / Screen 'Overview' / SymbolInstance 'testPump': names no symbol"),
                problems());
    }

    @Test
    void aSymbolRemovedFromTheLibraryLeavesItsInstancesInError() {
        demo.getSymbols().remove(pump);

        assertEquals(List.of("ERROR Project 'water-treatment' / Screen 'Overview' / SymbolInstance 'testPump': "
                + "names symbol 'TestPump', which is not part of the project"), problems());
    }

    @Test
    void aSymbolContainingItselfIsAnError() {
        new ScreenBuilder(pump).instance("again", 0, 0, 10, 10, pump, "UNIT", "$UNIT");

        assertEquals(List.of(
                "ERROR Project 'water-treatment' / SymbolDefinition 'TestPump': contains itself (symbol 'TestPump' > symbol 'TestPump')",
                "ERROR Project 'water-treatment' / Screen 'Overview' / SymbolInstance 'testPump': symbol 'TestPump' contains itself (symbol 'TestPump' > symbol 'TestPump')"),
                problems());
    }

    @Test
    void aRotationOtherThanQuarterTurnsIsAnError() {
        instance.setRotation(45);

        assertEquals(List.of("ERROR Project 'water-treatment' / Screen 'Overview' / SymbolInstance 'testPump': rotation 45° must be 0, 90, 180 or 270"),
                problems());
    }

    @Test
    void anUndeclaredPlaceholderOrParameterValueIsAWarning() {
        ((tandem.model.Text) pump.getElements().get(1)).setText("$NAME");
        new ScreenBuilder(overview()).instance("other", 660, 620, 80, 100, pump, "UNIT", "Intake.Pump2", "COLOUR", "red");

        assertEquals(List.of(
                "WARNING Project 'water-treatment' / SymbolDefinition 'TestPump' / Text 'label': text '$NAME' uses $NAME, which the symbol does not declare",
                "WARNING Project 'water-treatment' / Screen 'Overview' / SymbolInstance 'other': gives a value to $COLOUR, which symbol 'TestPump' does not declare"),
                problems());
    }

    @Test
    void elementsOfASymbolStayInsideItsBoxAndHaveUniqueNames() {
        pump.getElements().get(1).setName("body");
        pump.getElements().get(2).setY(90);

        assertEquals(List.of(
                "ERROR Project 'water-treatment' / SymbolDefinition 'TestPump' / Text 'body': another element of this symbol is already named 'body'; names must be unique",
                "ERROR Project 'water-treatment' / SymbolDefinition 'TestPump' / NumericDisplay 'speed': lies outside its symbol 'TestPump' (80 x 100): spans (0, 90) to (80, 110)"),
                problems());
    }

    @Test
    void aGridStepBelowOneIsAnError() {
        overview().setGridStep(0);

        assertEquals(List.of("ERROR Project 'water-treatment' / Screen 'Overview': grid step 0 must be at least 1"), problems());
    }

    @Test
    void incrementalValidationSeesARenamedVariableThatAnInstanceNamesAndItsReturn() {
        IncrementalValidator validator = new IncrementalValidator(demo);
        var speed = variable(demo, "Intake.Pump1.Speed");

        speed.setName("Intake.Pump1.Rpm");
        ValidationResult afterRename = validator.validate(new ModelChanges().set(speed, Literals.NAMED_ELEMENT__NAME));

        assertEquals(new ProjectValidator().validate(demo).problems(), afterRename.problems());
        assertEquals(2, afterRename.problems().stream().filter(p -> p.message().contains("'Intake.Pump1.Speed' does not exist")).count(),
                "the demo's intakePump1 and the test's instance");
        speed.setName("Intake.Pump1.Speed");
        assertEquals(List.of(), validator.validate(new ModelChanges().set(speed, Literals.NAMED_ELEMENT__NAME)).problems());
    }

    @Test
    void incrementalValidationSeesAChangeInsideASymbolOnEveryScreenPlacingIt() {
        IncrementalValidator validator = new IncrementalValidator(demo);
        var speed = (tandem.model.NumericDisplay) pump.getElements().get(2);

        speed.setVariableName("$UNIT.Missing");
        ValidationResult after = validator.validate(new ModelChanges().set(speed, Literals.NUMERIC_DISPLAY__VARIABLE_NAME));

        assertEquals(new ProjectValidator().validate(demo).problems(), after.problems());
        assertEquals(1, after.problems().size(), after.problems().toString());
    }
}
