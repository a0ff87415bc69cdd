package tandem.model.build;

import java.util.Arrays;

import tandem.model.AlarmClass;
import tandem.model.AlarmGroup;
import tandem.model.Archive;
import tandem.model.ArchiveMode;
import tandem.model.BinaryAlarm;
import tandem.model.CelSettings;
import tandem.model.DataType;
import tandem.model.Driver;
import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.ModbusTcpDriver;
import tandem.model.Node;
import tandem.model.NodeRole;
import tandem.model.OpcUaDriver;
import tandem.model.Permission;
import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.RecipeValue;
import tandem.model.Role;
import tandem.model.Screen;
import tandem.model.SimulatorDriver;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolParameter;
import tandem.model.TandemFactory;
import tandem.model.Topology;
import tandem.model.User;
import tandem.model.Variable;

/**
 * Short calls for building a project in code (demo project, generator, tests). Every method adds what it creates
 * to the project and returns it for further settings; screen elements are made by {@link ScreenBuilder}.
 */
public final class ProjectBuilder {

    private static final TandemFactory F = TandemFactory.eINSTANCE;
    private final Project project;

    public ProjectBuilder(String name) {
        project = F.createProject();
        project.setName(name);
    }

    public ProjectBuilder(Project project) {
        this.project = project;
    }

    public Project project() {
        return project;
    }

    public SimulatorDriver simulator(String name) {
        SimulatorDriver driver = F.createSimulatorDriver();
        driver.setName(name);
        project.getDrivers().add(driver);
        return driver;
    }

    public ModbusTcpDriver modbus(String name, String host, int port, int unitId) {
        ModbusTcpDriver driver = F.createModbusTcpDriver();
        driver.setName(name);
        driver.setHost(host);
        driver.setPort(port);
        driver.setUnitId(unitId);
        project.getDrivers().add(driver);
        return driver;
    }

    public OpcUaDriver opcUa(String name, String endpoint) {
        OpcUaDriver driver = F.createOpcUaDriver();
        driver.setName(name);
        driver.setEndpoint(endpoint);
        project.getDrivers().add(driver);
        return driver;
    }

    public Variable variable(String name, DataType type, Driver driver, String address) {
        Variable variable = F.createVariable();
        variable.setName(name);
        variable.setDataType(type);
        variable.setDriver(driver);
        variable.setAddress(address);
        project.getVariables().add(variable);
        return variable;
    }

    /** A FLOAT variable with unit and engineering range. */
    public Variable analog(String name, String unit, double min, double max, Driver driver, String address) {
        Variable variable = variable(name, DataType.FLOAT, driver, address);
        variable.setUnit(unit);
        variable.setRangeMin(min);
        variable.setRangeMax(max);
        return variable;
    }

    public Variable bool(String name, Driver driver, String address) {
        return variable(name, DataType.BOOL, driver, address);
    }

    public AlarmClass alarmClass(String name, int priority, String activeColor, boolean ackRequired) {
        AlarmClass alarmClass = F.createAlarmClass();
        alarmClass.setName(name);
        alarmClass.setPriority(priority);
        alarmClass.setActiveColor(activeColor);
        alarmClass.setAckRequired(ackRequired);
        project.getAlarmClasses().add(alarmClass);
        return alarmClass;
    }

    public AlarmGroup alarmGroup(String name, String description) {
        AlarmGroup group = F.createAlarmGroup();
        group.setName(name);
        group.setDescription(description);
        project.getAlarmGroups().add(group);
        return group;
    }

    public LimitAlarm limitAlarm(String name, Variable variable, AlarmGroup group) {
        LimitAlarm alarm = F.createLimitAlarm();
        alarm.setName(name);
        alarm.setVariable(variable);
        alarm.setGroup(group);
        project.getAlarms().add(alarm);
        return alarm;
    }

    public static LimitDefinition limit(double value, double hysteresis, int delayMs, AlarmClass alarmClass, String text) {
        LimitDefinition limit = F.createLimitDefinition();
        limit.setValue(value);
        limit.setHysteresis(hysteresis);
        limit.setDelayMs(delayMs);
        limit.setAlarmClass(alarmClass);
        limit.setText(text);
        return limit;
    }

    public BinaryAlarm binaryAlarm(String name, Variable variable, boolean alarmState, AlarmClass alarmClass, String text,
            AlarmGroup group) {
        BinaryAlarm alarm = F.createBinaryAlarm();
        alarm.setName(name);
        alarm.setVariable(variable);
        alarm.setAlarmState(alarmState);
        alarm.setAlarmClass(alarmClass);
        alarm.setText(text);
        alarm.setGroup(group);
        project.getAlarms().add(alarm);
        return alarm;
    }

    public CelSettings celSettings(int retentionDays, int maxEntries) {
        CelSettings settings = F.createCelSettings();
        settings.setRetentionDays(retentionDays);
        settings.setMaxEntries(maxEntries);
        project.setCelSettings(settings);
        return settings;
    }

    public Archive archive(String name, ArchiveMode mode, int retentionDays, Variable... variables) {
        Archive archive = F.createArchive();
        archive.setName(name);
        archive.setMode(mode);
        archive.setRetentionDays(retentionDays);
        archive.getVariables().addAll(Arrays.asList(variables));
        project.getArchives().add(archive);
        return archive;
    }

    public RecipeGroup recipeGroup(String name, String description) {
        RecipeGroup group = F.createRecipeGroup();
        group.setName(name);
        group.setDescription(description);
        project.getRecipeGroups().add(group);
        return group;
    }

    public static Recipe recipe(RecipeGroup group, String name, String description) {
        Recipe recipe = F.createRecipe();
        recipe.setName(name);
        recipe.setDescription(description);
        group.getRecipes().add(recipe);
        return recipe;
    }

    public static RecipeValue recipeValue(Recipe recipe, Variable variable, String value) {
        RecipeValue recipeValue = F.createRecipeValue();
        recipeValue.setVariable(variable);
        recipeValue.setValue(value);
        recipe.getValues().add(recipeValue);
        return recipeValue;
    }

    public Role role(String name, Permission... permissions) {
        Role role = F.createRole();
        role.setName(name);
        role.getPermissions().addAll(Arrays.asList(permissions));
        project.getRoles().add(role);
        return role;
    }

    public User user(String name, String fullName, String passwordHash, Role... roles) {
        User user = F.createUser();
        user.setName(name);
        user.setFullName(fullName);
        user.setPasswordHash(passwordHash);
        user.getRoles().addAll(Arrays.asList(roles));
        project.getUsers().add(user);
        return user;
    }

    public Screen screen(String name, int width, int height, String background) {
        Screen screen = F.createScreen();
        screen.setName(name);
        screen.setWidth(width);
        screen.setHeight(height);
        screen.setBackground(background);
        project.getScreens().add(screen);
        return screen;
    }

    /** A symbol of the project's library with its parameters, given as name, default pairs (a null default: none). */
    public SymbolDefinition symbol(String name, int width, int height, String... parameterAndDefault) {
        SymbolDefinition symbol = F.createSymbolDefinition();
        symbol.setName(name);
        symbol.setWidth(width);
        symbol.setHeight(height);
        for (int i = 0; i + 1 < parameterAndDefault.length; i += 2) {
            SymbolParameter parameter = F.createSymbolParameter();
            parameter.setName(parameterAndDefault[i]);
            parameter.setDefaultValue(parameterAndDefault[i + 1]);
            symbol.getParameters().add(parameter);
        }
        project.getSymbols().add(symbol);
        return symbol;
    }

    public Topology topology(String clusterName, String secretRef) {
        Topology topology = F.createTopology();
        topology.setClusterName(clusterName);
        topology.setSecretRef(secretRef);
        project.setTopology(topology);
        return topology;
    }

    public static Node node(Topology topology, String name, String host, int port, NodeRole role, int priority) {
        Node node = F.createNode();
        node.setName(name);
        node.setHost(host);
        node.setPort(port);
        node.setRole(role);
        node.setPriority(priority);
        topology.getNodes().add(node);
        return node;
    }
}
