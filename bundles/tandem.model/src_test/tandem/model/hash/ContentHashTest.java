package tandem.model.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;
import tandem.model.TestProjects;
import tandem.model.io.ProjectStore;

class ContentHashTest {

    @TempDir
    Path dir;

    @Test
    void hashIgnoresFormattingOfTheFile() throws Exception {
        ProjectStore store = new ProjectStore();
        Path file = dir.resolve("a.tandem");
        store.save(TestProjects.demo(), file);
        String reformatted = Files.readString(file).replace("\n  ", "\n\t\t").replace("\" ", "\"\n      ");
        Path other = dir.resolve("b.tandem");
        Files.writeString(other, reformatted);
        assertEquals(ContentHash.of(store.load(file)), ContentHash.of(store.load(other)));
    }

    @Test
    void hashIgnoresWhetherADefaultIsWrittenExplicitly() {
        Project a = TestProjects.demo();
        Project b = TestProjects.demo();
        TestProjects.variable(b, "Tank1.Level").setRateMs(1000);
        assertEquals(ContentHash.of(a), ContentHash.of(b));
    }

    @Test
    void hashChangesWhenAValueChanges() {
        Project a = TestProjects.demo();
        Project b = TestProjects.demo();
        TestProjects.variable(b, "Tank1.Level").setUnit("cm");
        assertNotEquals(ContentHash.of(a), ContentHash.of(b));
    }

    @Test
    void hashChangesWhenAReferenceChanges() {
        Project a = TestProjects.demo();
        Project b = TestProjects.demo();
        b.getArchives().get(0).getVariables().set(0, TestProjects.variable(b, "Quality.pH"));
        assertNotEquals(ContentHash.of(a), ContentHash.of(b));
    }

    @Test
    void hashIsAHexSha256() {
        assertEquals(64, ContentHash.of(TestProjects.demo()).length());
    }
}
