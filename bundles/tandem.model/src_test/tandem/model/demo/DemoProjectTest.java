package tandem.model.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.DataType;
import tandem.model.Group;
import tandem.model.NodeRole;
import tandem.model.NumericDisplay;
import tandem.model.Project;
import tandem.model.SimulatorDriver;
import tandem.model.SymbolInstance;
import tandem.model.Text;
import tandem.model.hash.ContentHash;
import tandem.model.io.ProjectStore;
import tandem.model.security.PasswordHash;
import tandem.model.symbol.SymbolExpansion;
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
    void theModbusVariantOfTheDemoLoadsAndValidatesWithoutProblems() throws Exception {
        Project modbus = new ProjectStore().load(COMMITTED.resolveSibling("water-treatment-modbus.tandem"));
        assertEquals(List.of(), new ProjectValidator().validate(modbus).problems());
        assertEquals(8, instancesOn(modbus, "Overview").size(), "4 pumps and 4 valves");
    }

    @Test
    void theDemosPumpsAndValvesAreInstancesOfItsSymbolsBoundToTheirOwnVariables() throws Exception {
        Project demo = new ProjectStore().load(COMMITTED);
        List<SymbolInstance> instances = instancesOn(demo, "Overview");

        assertEquals(List.of("Pump", "Valve"), demo.getSymbols().stream().map(s -> s.getName()).toList());
        assertEquals(List.of("intakePump1", "intakePump2", "distPump1", "distPump2", "valveTank1Inlet", "valveTank1Outlet",
                "valveTank2Inlet", "valveTank2Outlet"), instances.stream().map(i -> i.getName()).toList());
        Group pump = new SymbolExpansion(demo).expand(instances.get(2)).group();
        assertEquals("Dist.Pump1.Running", pump.getChildren().get(0).getBindings().get(0).getVariable().getName());
        assertEquals("Dist.Pump1.Fault", pump.getChildren().get(0).getBindings().get(1).getVariable().getName());
        assertEquals("Distribution pump 1", ((Text) pump.getChildren().get(2)).getText());
        assertEquals("Dist.Pump1.Speed", ((NumericDisplay) pump.getChildren().get(3)).getVariable().getName());
    }

    private static List<SymbolInstance> instancesOn(Project project, String screen) {
        return project.getScreens().stream().filter(s -> s.getName().equals(screen)).findFirst().orElseThrow().getElements().stream()
                .filter(SymbolInstance.class::isInstance).map(SymbolInstance.class::cast).toList();
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
