package tandem.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.model.TestProjects.alarm;
import static tandem.model.TestProjects.element;
import static tandem.model.TestProjects.node;
import static tandem.model.TestProjects.screen;
import static tandem.model.TestProjects.variable;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tandem.model.Archive;
import tandem.model.ArchiveMode;
import tandem.model.BarGraph;
import tandem.model.BinaryAlarm;
import tandem.model.Button;
import tandem.model.DataType;
import tandem.model.Group;
import tandem.model.LimitAlarm;
import tandem.model.ModbusTcpDriver;
import tandem.model.NodeRole;
import tandem.model.NumericDisplay;
import tandem.model.OpcUaDriver;
import tandem.model.Permission;
import tandem.model.Polyline;
import tandem.model.Project;
import tandem.model.RecipeValue;
import tandem.model.Role;
import tandem.model.TandemFactory;
import tandem.model.TestProjects;
import tandem.model.Trend;
import tandem.model.Variable;
import tandem.model.security.PasswordHash;

/**
 * Every rule: a change that breaks it must be reported with its message, and a nearby change that keeps the
 * project valid must not be. The base is the demo project, which validates without errors or warnings.
 */
class ValidationRulesTest {

    record Rule(String name, Consumer<Project> breakIt, String message, Consumer<Project> keepValid) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final TandemFactory F = TandemFactory.eINSTANCE;

    static Stream<Rule> rules() {
        return Stream.of(
                new Rule("shelving times are not negative", p -> p.getAlarmClasses().get(0).setMaxShelveMinutes(-5),
                        "maximum shelving time -5 min is negative", p -> p.getAlarmClasses().get(0).setMaxShelveMinutes(0)),
                new Rule("shelving ends within a week", p -> p.getAlarmClasses().get(0).setMaxShelveMinutes(20_000),
                        "more than a week", p -> p.getAlarmClasses().get(0).setMaxShelveMinutes(7 * 24 * 60)),
                new Rule("variable names are unique", p -> variable(p, "Tank2.Level").setName("Tank1.Level"),
                        "another variable is already named 'Tank1.Level'", p -> variable(p, "Tank2.Level").setName("Tank3.Level")),
                new Rule("element names are unique per screen", p -> element(p, "Overview", "filter").setName("tank1"),
                        "another element on this screen is already named 'tank1'", p -> element(p, "Overview", "filter").setName("body")),
                new Rule("elements have a name", p -> element(p, "Overview", "filter").setName(""), "has no name",
                        p -> element(p, "Overview", "filter").setName("sandFilter")),
                new Rule("displays need a numeric variable", p -> ((NumericDisplay) element(p, "Overview", "tank1Level"))
                        .setVariable(variable(p, "Plant.EmergencyStop")), "is BOOL, but a number is needed",
                        p -> ((NumericDisplay) element(p, "Overview", "tank1Level")).setVariable(variable(p, "Chlorine.TankLevel"))),
                new Rule("bindings point to variables of the project", p -> ((NumericDisplay) element(p, "Overview", "tank1Level"))
                        .setVariable(detachedVariable(p, false)), "which is not part of the project",
                        p -> ((NumericDisplay) element(p, "Overview", "tank1Level")).setVariable(detachedVariable(p, true))),
                new Rule("Modbus addresses are valid", p -> onModbus(p, "40000"), "register numbers start at 1", p -> onModbus(p, "40001")),
                new Rule("Modbus area addresses are valid", p -> onModbus(p, "HR-12"), "is not a Modbus address", p -> onModbus(p, "HR:12")),
                new Rule("Modbus data types are known", p -> onModbus(p, "HR:12:float16"), "is not a Modbus address", p -> onModbus(p, "HR:12:float32")),
                new Rule("Modbus word orders are known", p -> plcOf(p).setWordOrder("ACBD"), "word order 'ACBD'", p -> plcOf(p).setWordOrder("CDAB")),
                new Rule("Modbus reads stay within the protocol", p -> plcOf(p).setMaxRegistersPerRead(126), "between 1 and 125", p -> plcOf(p).setMaxRegistersPerRead(60)),
                new Rule("Modbus coils have no type", p -> onModbus(p, "00012:int16"), "single bits", p -> onModbus(p, "40012.15")),
                new Rule("OPC UA node ids are valid", p -> onOpcUa(p, "Tank1.Level"), "is not an OPC UA node id",
                        p -> onOpcUa(p, "ns=2;s=Tank1.Level")),
                new Rule("simulator addresses are not empty", p -> variable(p, "Tank1.Level").setAddress(" "), "has no address",
                        p -> variable(p, "Tank1.Level").setAddress("anything")),
                new Rule("limits rise LL < L < H < HH", p -> limits(p).getHigh().setValue(0.5), "limits must rise LL < L < H < HH",
                        p -> limits(p).getHigh().setValue(4.6)),
                new Rule("hysteresis is not negative", p -> limits(p).getHigh().setHysteresis(-0.1), "hysteresis -0.1 is negative",
                        p -> limits(p).getHigh().setHysteresis(0)),
                new Rule("limit alarms watch numbers", p -> limits(p).setVariable(variable(p, "Plant.EmergencyStop")),
                        "a limit alarm needs an INT or FLOAT variable", p -> intLimitAlarm(p)),
                new Rule("binary alarms watch bools", p -> alarm(p, "Chlorine.Leak", BinaryAlarm.class).setVariable(variable(p, "Tank1.Level")),
                        "a binary alarm needs a BOOL variable",
                        p -> alarm(p, "Chlorine.Leak", BinaryAlarm.class).setVariable(variable(p, "Tank2.OverflowSwitch"))),
                new Rule("elements lie inside their screen", p -> element(p, "Overview", "tank1").setX(1121), "lies outside its screen 'Overview'",
                        p -> element(p, "Overview", "tank1").setX(1120)),
                new Rule("elements lie inside their symbol", p -> pumpBody(p).setX(61), "lies outside its symbol 'Pump'",
                        p -> pumpBody(p).setX(60)),
                new Rule("elements lie inside their group", p -> group(p).getChildren().get(0).setX(61), "lies outside its group 'g'",
                        p -> group(p).getChildren().get(0).setX(60)),
                new Rule("exactly one primary server", p -> node(p, "beta").setPriority(1), "there must be exactly one primary server",
                        p -> node(p, "beta").setPriority(3)),
                new Rule("a standby exists when redundancy is on", p -> p.getTopology().getNodes().remove(node(p, "beta")),
                        "there is no standby", p -> {
                            p.getTopology().getNodes().remove(node(p, "beta"));
                            p.getTopology().setRedundancy(false);
                        }),
                new Rule("a pair without witness is warned about", p -> p.getTopology().setWitness(null),
                        "pair is not protected against split brain", p -> p.getTopology().setWitness(node(p, "console"))),
                new Rule("a witness is not server-capable", p -> node(p, "console").setRole(NodeRole.SERVER_CAPABLE),
                        "a witness must be a CLIENT or WITNESS node", p -> node(p, "console").setRole(NodeRole.WITNESS)),
                new Rule("nodes do not share host and port", p -> node(p, "beta").setPort(7800), "like node 'alpha'",
                        p -> node(p, "beta").setPort(7803)),
                new Rule("failure detection waits for two heartbeats", p -> p.getTopology().setFailureDetectionTimeoutMs(900),
                        "must be at least twice the heartbeat interval", p -> p.getTopology().setFailureDetectionTimeoutMs(1000)),
                new Rule("the server's lease ends before a standby can promote", p -> {
                    p.getTopology().setFailureDetectionTimeoutMs(1000);
                    p.getTopology().setVerifySuspectTimeoutMs(0);
                }, "leave the server a lease on the field of 200 ms", p -> {
                    p.getTopology().setFailureDetectionTimeoutMs(1000);
                    p.getTopology().setVerifySuspectTimeoutMs(100);
                }),
                new Rule("the cluster secret is named", p -> p.getTopology().setSecretRef(null), "names no cluster secret",
                        p -> p.getTopology().setSecretRef("another-secret")),
                new Rule("user roles are known", p -> p.getUsers().get(1).getRoles().add(foreignRole(p, false)),
                        "which is not defined in the project", p -> p.getUsers().get(1).getRoles().add(foreignRole(p, true))),
                new Rule("users have a password hash", p -> p.getUsers().get(2).setPasswordHash(null), "has no password hash",
                        p -> p.getUsers().get(2).setPasswordHash(new PasswordHash().hash("other".toCharArray()))),
                new Rule("passwords are never clear text", p -> p.getUsers().get(2).setPasswordHash("viewer"), "clear-text passwords",
                        p -> p.getUsers().get(2).setPasswordHash(new PasswordHash().hash("viewer".toCharArray()))),
                new Rule("archive variables exist", p -> p.getArchives().get(0).getVariables().add(detachedVariable(p, false)),
                        "a recorded variable refers to variable", p -> p.getArchives().get(0).getVariables().add(detachedVariable(p, true))),
                new Rule("event archives have a bool trigger", p -> eventArchive(p, "Tank1.Level"), "must be BOOL",
                        p -> eventArchive(p, "Filter.BackwashActive")),
                new Rule("cyclic archives record no faster than their variables are polled",
                        p -> archive(p, "ProcessValues").setPeriodMs(500), "are polled less often (e.g. 'Intake.Flow' every 1000 ms)",
                        p -> archive(p, "ProcessValues").setPeriodMs(1000)),
                new Rule("an on-change deadband is narrower than the variable's range", p -> archive(p, "WaterQuality").setDeadband(14),
                        "no change of it is ever recorded", p -> archive(p, "WaterQuality").setDeadband(1)),
                new Rule("someone may write the writable variables", p -> p.getRoles().forEach(r -> r.getPermissions().remove(Permission.WRITE_VARIABLES)),
                        "but no user has a role with WRITE_VARIABLES", p -> role(p, "Operator").getPermissions().remove(Permission.WRITE_VARIABLES)),
                new Rule("recipe values lie in the variable's range", p -> firstRecipeValue(p).setValue("5.1"), "is outside the range",
                        p -> firstRecipeValue(p).setValue("5")),
                new Rule("recipes only set writable variables", p -> firstRecipeValue(p).setVariable(variable(p, "Tank2.Level")),
                        "is not writable, so a recipe cannot set it", p -> {
                            variable(p, "Tank2.Level").setWritable(true);
                            firstRecipeValue(p).setVariable(variable(p, "Tank2.Level"));
                        }),
                new Rule("exactly one start screen", p -> screen(p, "Trends").setStart(true), "exactly one may be", p -> {
                    screen(p, "Overview").setStart(false);
                    screen(p, "Trends").setStart(true);
                }),
                new Rule("some screen is the start screen", p -> screen(p, "Overview").setStart(false), "no screen is marked as start screen",
                        p -> screen(p, "Alarms").setStart(false)),
                new Rule("buttons write writable variables", p -> button(p).setTargetVariable(variable(p, "Plant.TotalVolume")),
                        "which is not writable", p -> button(p).setTargetVariable(variable(p, "Tank1.LevelSetpoint"))),
                new Rule("button values fit the variable", p -> button(p).setValue("auto"), "is not a valid INT value",
                        p -> button(p).setValue("3")),
                new Rule("colours are #RRGGBB", p -> element(p, "Overview", "filter").setBackground("sand"), "is not a colour of the form #RRGGBB",
                        p -> element(p, "Overview", "filter").setBackground("#c2b280")),
                new Rule("ranges have min below max", p -> variable(p, "Tank1.Level").setRangeMin(5.0), "is not below maximum",
                        p -> variable(p, "Tank1.Level").setRangeMin(-1.0)),
                new Rule("initial values fit the type", p -> variable(p, "Plant.Mode").setInitialValue("1.5"), "initial value:",
                        p -> variable(p, "Plant.Mode").setInitialValue("2")),
                new Rule("bool values are true or false", p -> variable(p, "Intake.Valve.Open").setInitialValue("1"),
                        "initial value: '1' is not a valid BOOL value", p -> variable(p, "Intake.Valve.Open").setInitialValue("false")),
                new Rule("polyline points lie in the element", p -> valve(p).setPoints("0,0 31,20"), "lies outside the element's",
                        p -> valve(p).setPoints("0,0 30,20")),
                new Rule("limit-state colours need a limit alarm", p -> element(p, "Overview", "tank1Alarm").getBindings().get(0)
                        .setVariable(variable(p, "Tank1.Inflow")), "has no limit alarm",
                        p -> element(p, "Overview", "tank1Alarm").getBindings().get(0).setVariable(variable(p, "Chlorine.TankLevel"))),
                new Rule("display formats fit the type", p -> ((NumericDisplay) element(p, "Overview", "tank1Level")).setFormat("%d"),
                        "cannot show a FLOAT value", p -> ((NumericDisplay) element(p, "Overview", "tank1Level")).setFormat("%.3f m")),
                new Rule("bar graphs need a range", p -> bar(p).getVariable().setRangeMax(null), "has no range, so the bar graph cannot scale it",
                        p -> bar(p).getVariable().setRangeMax(3.0)),
                new Rule("trends draw numbers and bools", p -> trend(p).getVariables().add(variable(p, "Plant.OperatorMessage")),
                        "cannot draw the STRING variable", p -> trend(p).getVariables().add(variable(p, "Plant.EmergencyStop"))));
    }

    @ParameterizedTest(name = "{0}: breaking it is reported")
    @MethodSource("rules")
    void breakingARuleIsReportedWithItsMessage(Rule rule) {
        Project project = TestProjects.demo();
        rule.breakIt().accept(project);
        List<Problem> problems = new ProjectValidator().validate(project).problems();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains(rule.message())),
                "expected a problem containing \"" + rule.message() + "\", got " + problems);
    }

    @ParameterizedTest(name = "{0}: a valid variant passes")
    @MethodSource("rules")
    void aValidVariantOfTheRulePasses(Rule rule) {
        Project project = TestProjects.demo();
        rule.keepValid().accept(project);
        ValidationResult result = new ProjectValidator().validate(project);
        assertTrue(result.problems().stream().noneMatch(p -> p.message().contains(rule.message())), result.problems().toString());
        assertEquals(List.of(), result.errors());
    }

    @Test
    void theDemoProjectHasNoProblemsAtAll() {
        assertEquals(List.of(), new ProjectValidator().validate(TestProjects.demo()).problems());
    }

    @Test
    void problemsNameTheElementByItsPathFromTheProject() {
        Project project = TestProjects.demo();
        ((NumericDisplay) element(project, "Overview", "tank1Level")).setVariable(variable(project, "Plant.EmergencyStop"));
        Problem problem = new ProjectValidator().validate(project).errors().get(0);
        assertEquals("Project 'water-treatment' / Screen 'Overview' / NumericDisplay 'tank1Level'", problem.elementPath());
        assertEquals(Severity.ERROR, problem.severity());
    }

    // ---- helpers that reach into the demo ----

    private static Variable detachedVariable(Project project, boolean addToProject) {
        Variable variable = F.createVariable();
        variable.setName("Extra.Level");
        variable.setDataType(DataType.FLOAT);
        variable.setRangeMin(0.0);
        variable.setRangeMax(10.0);
        variable.setDriver(project.getDrivers().get(0));
        variable.setAddress("tank");
        if (addToProject) {
            project.getVariables().add(variable);
        }
        return variable;
    }

    private static void onModbus(Project project, String address) {
        ModbusTcpDriver plc = F.createModbusTcpDriver();
        plc.setName("PLC1");
        plc.setHost("127.0.0.1");
        project.getDrivers().add(plc);
        variable(project, "Tank1.Level").setDriver(plc);
        variable(project, "Tank1.Level").setAddress(address);
    }

    /** The project with its tank level on a Modbus device; the device, to change one of its settings. */
    private static ModbusTcpDriver plcOf(Project project) {
        onModbus(project, "40001");
        return (ModbusTcpDriver) project.getDrivers().get(project.getDrivers().size() - 1);
    }

    private static void onOpcUa(Project project, String address) {
        OpcUaDriver server = F.createOpcUaDriver();
        server.setName("OPC");
        server.setEndpoint("opc.tcp://127.0.0.1:4840/plant");
        project.getDrivers().add(server);
        variable(project, "Tank1.Level").setDriver(server);
        variable(project, "Tank1.Level").setAddress(address);
    }

    private static LimitAlarm limits(Project project) {
        return alarm(project, "Tank1.Level.Limits", LimitAlarm.class);
    }

    private static void intLimitAlarm(Project project) {
        LimitAlarm volume = new tandem.model.build.ProjectBuilder(project).limitAlarm("Volume.Limits", variable(project, "Plant.TotalVolume"),
                null);
        volume.setHigh(tandem.model.build.ProjectBuilder.limit(5000, 10, 0, project.getAlarmClasses().get(2), "High daily volume"));
    }

    private static tandem.model.SymbolDefinition symbol(Project project, String name) {
        return project.getSymbols().stream().filter(s -> name.equals(s.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("demo has no symbol " + name));
    }

    private static tandem.model.ScreenElement pumpBody(Project project) {
        return symbol(project, "Pump").getElements().get(0);
    }

    /** A 130 x 150 group with one 70 x 70 element, added to the overview (the demo draws its pumps as symbols). */
    private static Group group(Project project) {
        Group existing = (Group) screen(project, "Overview").getElements().stream().filter(e -> "g".equals(e.getName())).findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        tandem.model.build.ScreenBuilder s = new tandem.model.build.ScreenBuilder(screen(project, "Overview"));
        Group g = s.group("g", 560, 620, 130, 150);
        new tandem.model.build.ScreenBuilder(g).rectangle("r", 0, 0, 70, 70, "#000000", "#FFFFFF");
        return g;
    }

    private static Role foreignRole(Project project, boolean addToProject) {
        Role role = F.createRole();
        role.setName("Maintenance");
        role.getPermissions().add(tandem.model.Permission.VIEW);
        if (addToProject) {
            project.getRoles().add(role);
        }
        return role;
    }

    private static void eventArchive(Project project, String trigger) {
        Archive archive = project.getArchives().get(1);
        archive.setMode(ArchiveMode.EVENT);
        archive.setTriggerVariable(variable(project, trigger));
    }

    private static RecipeValue firstRecipeValue(Project project) {
        return project.getRecipeGroups().get(0).getRecipes().get(0).getValues().get(0);
    }

    private static Button button(Project project) {
        return element(project, "Overview", "modeAuto");
    }

    private static Polyline valve(Project project) {
        return (Polyline) symbol(project, "Valve").getElements().get(0);
    }

    private static BarGraph bar(Project project) {
        return element(project, "Overview", "chlorineResidualBar");
    }

    private static Trend trend(Project project) {
        return element(project, "Trends", "levels");
    }


    private static Archive archive(Project project, String name) {
        return project.getArchives().stream().filter(a -> name.equals(a.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("demo has no archive " + name));
    }

    private static Role role(Project project, String name) {
        return project.getRoles().stream().filter(r -> name.equals(r.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("demo has no role " + name));
    }
}
