package tandem.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;
import tandem.model.TestProjects;
import tandem.model.hash.ContentHash;

class ProjectStoreTest {

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @Test
    void saveThenLoadGivesTheSameContentHash() throws Exception {
        Project demo = TestProjects.demo();
        Path file = dir.resolve("plant.tandem");
        store.save(demo, file);
        assertEquals(ContentHash.of(demo), ContentHash.of(store.load(file)));
    }

    @Test
    void referencesAreWrittenAsNamesSoInsertingAVariableDoesNotRewriteThem() throws Exception {
        Path file = dir.resolve("plant.tandem");
        store.save(TestProjects.demo(), file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("variable=\"var/Tank1.Level\""), "reference by name expected");
        assertTrue(xml.contains("driver=\"driver/Simulator\""));
        assertTrue(!xml.contains("//@variables."), "no positional references expected");
    }

    @Test
    void namesWithBlanksColonsAndPercentSurviveSaveAndLoad() throws Exception {
        Project demo = TestProjects.demo();
        TestProjects.variable(demo, "Tank1.Level").setName("Tank 1: level 100%");
        Path file = dir.resolve("odd.tandem");
        store.save(demo, file);
        Project loaded = store.load(file);
        assertEquals("Tank 1: level 100%", TestProjects.alarm(loaded, "Tank1.Level.Limits", tandem.model.LimitAlarm.class).getVariable().getName());
        assertEquals(ContentHash.of(demo), ContentHash.of(loaded));
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("plant.tandem");
        Files.writeString(file, "old content");
        store.save(TestProjects.demo(), file);
        assertTrue(Files.readString(file).startsWith("<?xml"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void malformedXmlNamesFileAndLine() throws Exception {
        LoadException e = loadBroken("<?xml version=\"1.0\"?>\n<tandem:Project xmlns:tandem=\"http://tandem/model/1.0\" name=\"x\">\n  <variables name=\"a\"\n");
        assertTrue(e.getMessage().contains("broken.tandem:"), e.getMessage());
        assertTrue(e.problems().get(0).contains("not a well-formed XML file"), e.getMessage());
    }

    @Test
    void unknownAttributeNamesLineElementAndAttribute() throws Exception {
        LoadException e = loadBroken(project("  <variables name=\"Tank1.Level\" unti=\"m\"/>\n"));
        assertTrue(e.problems().get(0).matches(".*broken\\.tandem:3:\\d+: Project 'x' / Variable 'Tank1.Level': unknown attribute or element 'unti'"),
                e.problems().toString());
    }

    @Test
    void danglingReferenceNamesLineElementAndTarget() throws Exception {
        LoadException e = loadBroken(project("  <drivers xsi:type=\"tandem:SimulatorDriver\" name=\"Sim\"/>\n"
                + "  <variables name=\"Tank1.Level\" driver=\"driver/Simulator\" address=\"tank\"/>\n"));
        assertTrue(e.problems().get(0).matches(".*broken\\.tandem:4:\\d+: Project 'x' / Variable 'Tank1.Level': driver refers to 'driver/Simulator', which does not exist"),
                e.problems().toString());
    }

    @Test
    void badValueNamesTheAttribute() throws Exception {
        LoadException e = loadBroken(project("  <variables name=\"Tank1.Level\" rateMs=\"fast\"/>\n"));
        assertTrue(e.problems().get(0).contains("Variable 'Tank1.Level': 'fast' is not a valid value for 'rateMs'"), e.problems().toString());
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws Exception {
        LoadException e = loadBroken("<?xml version=\"1.0\"?>\n<foo:Bar xmlns:foo=\"http://example.com/foo\"/>\n");
        assertTrue(e.problems().get(0).contains("not a Tandem project file"), e.problems().toString());
    }

    @Test
    void aMissingFileIsReportedByName() {
        LoadException e = assertThrows(LoadException.class, () -> store.load(dir.resolve("nothing.tandem")));
        assertTrue(e.getMessage().contains("nothing.tandem: no such file"), e.getMessage());
    }

    @Test
    void bytesRoundTripGiveTheSameHash() throws Exception {
        Project demo = TestProjects.demo();
        assertEquals(ContentHash.of(demo), ContentHash.of(store.load(store.toBytes(demo), "received.tandem")));
    }

    private static String project(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tandem:Project xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:tandem=\"http://tandem/model/1.0\" name=\"x\">\n" + body
                + "</tandem:Project>\n";
    }

    private LoadException loadBroken(String content) throws IOException {
        Path file = dir.resolve("broken.tandem");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return assertThrows(LoadException.class, () -> store.load(file));
    }
}
