package tandem.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;
import tandem.model.TestProjects;
import tandem.model.io.ProjectStore;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path file) {
        return ValidateCommand.run(new String[] { file.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aValidProjectPrintsAOneLineSummaryAndExitsZero() throws Exception {
        Path file = dir.resolve("water-treatment.tandem");
        new ProjectStore().save(TestProjects.demo(), file);
        assertEquals(0, run(file));
        assertEquals("water-treatment.tandem: valid — 52 variables, 3 screens, 17 alarms, 2 archives, 2 recipes, 3 users, 3 nodes\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInvalidProjectPrintsEveryProblemWithItsPathAndExitsOne() throws Exception {
        Project project = TestProjects.demo();
        TestProjects.variable(project, "Tank1.Level").setRangeMin(9.0);
        project.getUsers().get(0).setPasswordHash("engineer");
        Path file = dir.resolve("bad.tandem");
        new ProjectStore().save(project, file);
        assertEquals(1, run(file));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("error: Project 'water-treatment' / Variable 'Tank1.Level': range minimum 9.0 is not below maximum 5.0"), text);
        assertTrue(text.contains("error: Project 'water-treatment' / User 'engineer': password is not stored as a PBKDF2 hash"), text);
        assertTrue(text.contains("bad.tandem: invalid — "), text);
    }

    @Test
    void anUnreadableFileExitsOneWithTheLoadProblem() throws Exception {
        Path file = dir.resolve("broken.tandem");
        Files.writeString(file, "<?xml version=\"1.0\"?><tandem:Project");
        assertEquals(1, run(file));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.tandem:1:"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAFileItPrintsUsage() {
        assertEquals(2, ValidateCommand.run(new String[0], new PrintStream(out), new PrintStream(err)));
        assertTrue(err.toString().contains("usage: tandem validate FILE"));
    }
}
