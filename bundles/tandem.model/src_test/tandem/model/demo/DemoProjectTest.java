package tandem.model.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.DataType;
import tandem.model.NodeRole;
import tandem.model.Project;
import tandem.model.SimulatorDriver;
import tandem.model.hash.ContentHash;
import tandem.model.io.ProjectStore;
import tandem.model.security.PasswordHash;
import tandem.model.validation.ProjectValidator;

/**
 * The committed demo file must be exactly what the factory builds. To rewrite it after changing the factory:
 * {@code ./mvnw -B verify -pl bundles/tandem.model -am -Dtest=DemoProjectTest -Dsurefire.failIfNoSpecifiedTests=false -Dtandem.demo.write=true}
 */
class DemoProjectTest {

    static final Path COMMITTED = Path.of("../../runtime-launcher/demo/water-treatment.tandem");

    @Test
    void committedDemoFileIsWhatTheFactoryBuilds() throws Exception {
        Project fresh = new DemoProjectFactory().create();
        if (Boolean.getBoolean("tandem.demo.write")) {
            new ProjectStore().save(fresh, COMMITTED);
        }
        assertTrue(Files.exists(COMMITTED), COMMITTED.toAbsolutePath() + " is missing");
        Project committed = new ProjectStore().load(COMMITTED);
        assertEquals(ContentHash.of(fresh), ContentHash.of(committed),
                "runtime-launcher/demo/water-treatment.tandem is out of date; rewrite it with -Dtandem.demo.write=true (see class comment)");
    }

    @Test
    void committedDemoValidatesWithoutProblems() throws Exception {
        assertEquals(List.of(), new ProjectValidator().validate(new ProjectStore().load(COMMITTED)).problems());
    }

    @Test
    void demoIsASmallPlantOnTheSimulator() {
        Project demo = new DemoProjectFactory().create();
        assertTrue(demo.getVariables().size() >= 45 && demo.getVariables().size() <= 60, "about 50 variables");
        assertTrue(demo.getVariables().stream().allMatch(v -> v.getDriver() instanceof SimulatorDriver));
        assertTrue(demo.getVariables().stream().anyMatch(v -> v.getDataType() == DataType.BOOL));
        assertEquals(3, demo.getScreens().size());
        assertEquals(2, demo.getArchives().size());
        assertEquals(2, demo.getRecipeGroups().get(0).getRecipes().size());
        assertEquals(3, demo.getAlarmClasses().size());
        assertEquals(List.of("alpha", "beta", "console"), demo.getTopology().getNodes().stream().map(n -> n.getName()).toList());
        assertEquals(NodeRole.CLIENT, demo.getTopology().getWitness().getRole());
    }

    @Test
    void demoUsersLogInWithTheirNameAsPassword() {
        Project demo = new DemoProjectFactory().create();
        for (var user : demo.getUsers()) {
            assertTrue(PasswordHash.verify(user.getName().toCharArray(), user.getPasswordHash()), user.getName());
        }
        assertEquals(List.of("engineer", "operator", "viewer"), demo.getUsers().stream().map(u -> u.getName()).toList());
    }
}
