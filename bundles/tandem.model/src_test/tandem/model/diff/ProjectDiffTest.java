package tandem.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.NumericDisplay;
import tandem.model.Project;
import tandem.model.TestProjects;
import tandem.model.Variable;
import tandem.model.build.ProjectBuilder;

class ProjectDiffTest {

    @Test
    void identicalProjectsHaveNoDifferences() {
        assertEquals(List.of(), ProjectDiff.compare(TestProjects.demo(), TestProjects.demo()));
    }

    @Test
    void aChangedAttributeIsDescribedInWords() {
        Project after = TestProjects.demo();
        TestProjects.variable(after, "Tank1.Level").setUnit("cm");
        assertEquals(List.of("Variable 'Tank1.Level': unit changed from 'm' to 'cm'"), messages(TestProjects.demo(), after));
    }

    @Test
    void aChangedReferenceNamesBothTargets() {
        Project after = TestProjects.demo();
        NumericDisplay display = TestProjects.element(after, "Overview", "tank1Level");
        display.setVariable(TestProjects.variable(after, "Tank2.Level"));
        assertEquals(List.of("Screen 'Overview' / NumericDisplay 'tank1Level': variable changed from Variable 'Tank1.Level' to Variable 'Tank2.Level'"),
                messages(TestProjects.demo(), after));
    }

    @Test
    void addedAndRemovedElementsAreReportedOnceNotWithTheirContents() {
        Project after = TestProjects.demo();
        after.getScreens().remove(TestProjects.screen(after, "Trends"));
        Variable extra = new ProjectBuilder(after).analog("Tank3.Level", "m", 0, 5, after.getDrivers().get(0), "tank");
        extra.setDescription("new tank");
        assertEquals(List.of("Screen 'Trends' removed", "Variable 'Tank3.Level' added"),
                messages(TestProjects.demo(), after).stream().filter(m -> !m.contains("target screen")).toList());
    }

    @Test
    void aRenameShowsAsRemovedAndAdded() {
        Project after = TestProjects.demo();
        after.getAlarmClasses().get(2).setName("Notice");
        List<String> messages = messages(TestProjects.demo(), after);
        assertEquals(true, messages.contains("AlarmClass 'Info' removed"), messages.toString());
        assertEquals(true, messages.contains("AlarmClass 'Notice' added"), messages.toString());
    }

    @Test
    void aChangedPasswordIsNamedWithoutItsHashes() {
        Project after = TestProjects.demo();
        after.getUsers().get(0).setPasswordHash("pbkdf2-sha256$1$00$11");
        String user = after.getUsers().get(0).getName();
        assertEquals(List.of("User '" + user + "': password changed"), messages(TestProjects.demo(), after));
    }

    private static List<String> messages(Project before, Project after) {
        return ProjectDiff.compare(before, after).stream().map(Change::message).toList();
    }
}
