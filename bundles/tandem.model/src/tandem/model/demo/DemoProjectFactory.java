package tandem.model.demo;

import static tandem.model.build.ProjectBuilder.limit;
import static tandem.model.build.ProjectBuilder.node;
import static tandem.model.build.ProjectBuilder.recipe;
import static tandem.model.build.ProjectBuilder.recipeValue;

import java.util.Random;

import tandem.model.AlarmClass;
import tandem.model.AlarmGroup;
import tandem.model.ArchiveMode;
import tandem.model.DataType;
import tandem.model.Driver;
import tandem.model.LimitAlarm;
import tandem.model.Node;
import tandem.model.NodeRole;
import tandem.model.Permission;
import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.Role;
import tandem.model.Topology;
import tandem.model.Variable;
import tandem.model.build.ProjectBuilder;
import tandem.model.security.PasswordHash;

/**
 * The demo project used by {@code tandem demo}: a small water-treatment line (intake pumps, flocculation tank,
 * sand filter, chlorine dosing, clear-water tank, distribution pumps) with 52 variables on the simulator driver.
 * The result is the same on every call (password salts come from a fixed seed), so the committed
 * runtime-launcher/demo/water-treatment.tandem can be checked against it.
 *
 * <p>Addresses use the simulator driver's syntax {@code shape?min=..&max=..&period=..} (shapes tank, flow, pump,
 * sine, ramp, noise). Writable variables follow their shape until an operator writes them. Rare events (faults,
 * emergency stop) use the {@code event} shape: true in about 5 % of short blocks, so the demo shows a fault now
 * and then instead of half of the time.
 */
public final class DemoProjectFactory {

    /** Topology of the demo: two server-capable nodes and one operator client that also votes as witness. */
    public static final String SERVER = "alpha";
    public static final String STANDBY = "beta";
    public static final String CLIENT = "console";

    private static final long SALT_SEED = 20_251_124L;

    private ProjectBuilder b;
    private Driver sim;
    private final DemoVariables v = new DemoVariables();

    public Project create() {
        b = new ProjectBuilder("water-treatment");
        Project project = b.project();
        project.setDescription("Demo: water-treatment line with tanks, pumps, valves, filter and chlorine dosing");
        project.setVersion(1);
        project.setSeed(42L);
        sim = b.simulator("Simulator");
        variables();
        alarms();
        b.celSettings(90, 100_000);
        archives();
        recipes();
        users();
        topology();
        new DemoScreens(b, v).create();
        return project;
    }

    private Variable analog(String name, String unit, double min, double max, String address, String description) {
        Variable variable = b.analog(name, unit, min, max, sim, address);
        variable.setDescription(description);
        return variable;
    }

    private Variable bool(String name, String address, String description) {
        Variable variable = b.bool(name, sim, address);
        variable.setDescription(description);
        return variable;
    }

    private Variable setpoint(String name, String unit, double min, double max, String initial, String description) {
        double value = Double.parseDouble(initial);
        Variable variable = analog(name, unit, min, max, "sine?min=" + (value * 0.98) + "&max=" + (value * 1.02) + "&period=3600",
                description);
        variable.setWritable(true);
        variable.setInitialValue(initial);
        return variable;
    }

    private Variable command(String name, String description) {
        Variable variable = bool(name, "pump?period=3600", description);
        variable.setWritable(true);
        variable.setInitialValue("false");
        return variable;
    }

    private void variables() {
        v.intakeFlow = analog("Intake.Flow", "m³/h", 0, 500, "sine?min=180&max=320&period=300", "Raw water flow from the river intake");
        v.intakeTurbidity = analog("Intake.Turbidity", "NTU", 0, 100, "noise?min=8&max=25", "Turbidity of the raw water");
        v.intakePump1Running = bool("Intake.Pump1.Running", "pump?period=600", "Intake pump 1 running");
        v.intakePump1Speed = analog("Intake.Pump1.Speed", "%", 0, 100, "sine?min=60&max=90&period=120", "Intake pump 1 speed");
        v.intakePump1Fault = bool("Intake.Pump1.Fault", "event?min=0&max=1&period=3600", "Intake pump 1 motor fault");
        v.intakePump2Running = bool("Intake.Pump2.Running", "pump?period=900", "Intake pump 2 running");
        v.intakePump2Speed = analog("Intake.Pump2.Speed", "%", 0, 100, "sine?min=55&max=85&period=150", "Intake pump 2 speed");
        v.intakePump2Fault = bool("Intake.Pump2.Fault", "event?min=0&max=1&period=3600", "Intake pump 2 motor fault");
        v.intakeValveOpen = command("Intake.Valve.Open", "Intake gate valve open");
        v.intakeValveOpen.setInitialValue("true");

        v.tank1Level = analog("Tank1.Level", "m", 0, 5, "tank?min=0&max=5&period=900", "Level of the flocculation tank");
        v.tank1Inflow = analog("Tank1.Inflow", "m³/h", 0, 500, "flow?min=0&max=400&period=600", "Inflow into the flocculation tank");
        v.tank1Outflow = analog("Tank1.Outflow", "m³/h", 0, 500, "sine?min=160&max=300&period=310", "Outflow to the sand filter");
        v.tank1InletOpen = command("Tank1.InletValve.Open", "Inlet valve of the flocculation tank open");
        v.tank1InletOpen.setInitialValue("true");
        v.tank1OutletOpen = command("Tank1.OutletValve.Open", "Outlet valve of the flocculation tank open");
        v.tank1OutletOpen.setInitialValue("true");
        v.tank1Setpoint = setpoint("Tank1.LevelSetpoint", "m", 0, 5, "3.0", "Level setpoint of the flocculation tank");

        v.filterDiffPressure = analog("Filter.DiffPressure", "bar", 0, 2, "ramp?min=0.2&max=1.7&period=1800", "Differential pressure over the sand filter");
        v.filterTurbidity = analog("Filter.Turbidity", "NTU", 0, 10, "noise?min=0.1&max=0.9", "Turbidity after the sand filter");
        v.filterBackwashActive = bool("Filter.BackwashActive", "pump?period=1800", "Backwash of the sand filter running");
        v.filterBackwashRequest = command("Filter.BackwashRequest", "Operator request to start a backwash");

        v.chlorineDosingRate = analog("Chlorine.DosingRate", "l/h", 0, 20, "sine?min=4&max=9&period=200", "Sodium hypochlorite dosing rate");
        v.chlorineSetpoint = setpoint("Chlorine.DosingSetpoint", "mg/l", 0, 5, "0.6", "Free chlorine setpoint");
        v.chlorineResidual = analog("Chlorine.Residual", "mg/l", 0, 5, "sine?min=0.3&max=1.1&period=420", "Free chlorine residual after dosing");
        v.chlorinePumpRunning = bool("Chlorine.PumpRunning", "pump?period=120", "Dosing pump running");
        v.chlorineTankLevel = analog("Chlorine.TankLevel", "%", 0, 100, "ramp?min=15&max=95&period=3600", "Level of the hypochlorite tank");
        v.chlorineLeak = bool("Chlorine.LeakDetected", "event?min=0&max=1&period=7200", "Chlorine gas detector");

        v.tank2Level = analog("Tank2.Level", "m", 0, 6, "tank?min=0&max=6&period=1200", "Level of the clear-water tank");
        v.tank2Inflow = analog("Tank2.Inflow", "m³/h", 0, 500, "sine?min=150&max=290&period=320", "Inflow into the clear-water tank");
        v.tank2Outflow = analog("Tank2.Outflow", "m³/h", 0, 500, "sine?min=140&max=300&period=280", "Outflow to distribution");
        v.tank2InletOpen = command("Tank2.InletValve.Open", "Inlet valve of the clear-water tank open");
        v.tank2InletOpen.setInitialValue("true");
        v.tank2OutletOpen = command("Tank2.OutletValve.Open", "Outlet valve of the clear-water tank open");
        v.tank2OutletOpen.setInitialValue("true");
        v.tank2Setpoint = setpoint("Tank2.LevelSetpoint", "m", 0, 6, "4.0", "Level setpoint of the clear-water tank");
        v.tank2Overflow = bool("Tank2.OverflowSwitch", "event?min=0&max=1&period=3600", "Overflow float switch of the clear-water tank");

        distributionAndPlant();
    }

    private void distributionAndPlant() {
        v.distPump1Running = bool("Dist.Pump1.Running", "pump?period=700", "Distribution pump 1 running");
        v.distPump1Speed = analog("Dist.Pump1.Speed", "%", 0, 100, "sine?min=65&max=80&period=90", "Distribution pump 1 speed");
        v.distPump1Setpoint = setpoint("Dist.Pump1.SpeedSetpoint", "%", 0, 100, "75", "Distribution pump 1 speed setpoint");
        v.distPump1Start = command("Dist.Pump1.Start", "Start command of distribution pump 1");
        v.distPump1Fault = bool("Dist.Pump1.Fault", "event?min=0&max=1&period=3600", "Distribution pump 1 motor fault");
        v.distPump2Running = bool("Dist.Pump2.Running", "pump?period=1100", "Distribution pump 2 running");
        v.distPump2Speed = analog("Dist.Pump2.Speed", "%", 0, 100, "sine?min=60&max=78&period=110", "Distribution pump 2 speed");
        v.distPump2Setpoint = setpoint("Dist.Pump2.SpeedSetpoint", "%", 0, 100, "75", "Distribution pump 2 speed setpoint");
        v.distPump2Start = command("Dist.Pump2.Start", "Start command of distribution pump 2");
        v.distPump2Fault = bool("Dist.Pump2.Fault", "event?min=0&max=1&period=3600", "Distribution pump 2 motor fault");
        v.distPressure = analog("Dist.Pressure", "bar", 0, 10, "sine?min=4.2&max=5.8&period=180", "Pressure in the distribution main");
        v.distFlow = analog("Dist.Flow", "m³/h", 0, 500, "flow?min=0&max=400&period=700", "Flow into the distribution network");

        v.ph = analog("Quality.pH", "pH", 0, 14, "sine?min=6.9&max=7.8&period=600", "pH of the treated water");
        v.temperature = analog("Quality.Temperature", "°C", 0, 40, "sine?min=9&max=14&period=3600", "Temperature of the treated water");
        v.conductivity = analog("Quality.Conductivity", "µS/cm", 0, 2000, "noise?min=380&max=460", "Conductivity of the treated water");

        v.plantMode = b.variable("Plant.Mode", DataType.INT, sim, "sine?min=0.6&max=1.4&period=3600");
        v.plantMode.setDescription("0 = stopped, 1 = automatic, 2 = manual, 3 = maintenance");
        v.plantMode.setRangeMin(0.0);
        v.plantMode.setRangeMax(3.0);
        v.plantMode.setWritable(true);
        v.plantMode.setInitialValue("1");
        v.operatorMessage = b.variable("Plant.OperatorMessage", DataType.STRING, sim, "sine?min=0&max=1&period=14400");
        v.operatorMessage.setDescription("Message of the shift operator shown on the overview");
        v.operatorMessage.setWritable(true);
        v.operatorMessage.setInitialValue("Normal operation");
        v.totalVolume = b.variable("Plant.TotalVolume", DataType.INT, sim, "ramp?min=0&max=6000&period=86400");
        v.totalVolume.setDescription("Water delivered today");
        v.totalVolume.setUnit("m³");
        v.totalVolume.setRangeMin(0.0);
        v.totalVolume.setRangeMax(1.0e9);
        v.power = analog("Plant.PowerConsumption", "kW", 0, 500, "sine?min=120&max=210&period=900", "Electrical power of the plant");
        v.emergencyStop = bool("Plant.EmergencyStop", "event?min=0&max=1&period=14400", "Emergency stop pressed");
    }

    private void alarms() {
        AlarmClass alarm = b.alarmClass("Alarm", 100, "#FF0000", true);
        AlarmClass warning = b.alarmClass("Warning", 50, "#FFA500", true);
        AlarmClass info = b.alarmClass("Info", 10, "#00A0FF", false);
        alarm.setMaxShelveMinutes(60); // the most urgent alarms may be shelved for an hour at most
        info.setAcknowledgedColor("#A0D8FF");
        AlarmGroup intake = b.alarmGroup("Intake", "River intake and raw water pumps");
        AlarmGroup treatment = b.alarmGroup("Treatment", "Flocculation, filtration and clear-water tank");
        AlarmGroup chlorination = b.alarmGroup("Chlorination", "Chlorine dosing");
        AlarmGroup distribution = b.alarmGroup("Distribution", "Distribution pumps and network");
        AlarmGroup plant = b.alarmGroup("Plant", "Whole plant");

        limits("Tank1.Level.Limits", v.tank1Level, treatment, new double[] { 0.3, 0.8, 4.2, 4.7 }, 0.05, alarm, warning, "Flocculation tank level");
        limits("Tank2.Level.Limits", v.tank2Level, treatment, new double[] { 0.5, 1.0, 5.4, 5.8 }, 0.05, alarm, warning, "Clear-water tank level");
        limits("Chlorine.Residual.Limits", v.chlorineResidual, chlorination, new double[] { 0.2, 0.4, 1.5, 2.0 }, 0.02, alarm, warning,
                "Free chlorine");
        limits("Dist.Pressure.Limits", v.distPressure, distribution, new double[] { 1.5, 2.5, 7.0, 8.5 }, 0.1, alarm, warning,
                "Distribution pressure");
        limits("Quality.pH.Limits", v.ph, treatment, new double[] { 6.0, 6.5, 8.5, 9.0 }, 0.05, alarm, warning, "pH");
        LimitAlarm diffPressure = b.limitAlarm("Filter.DiffPressure.Limits", v.filterDiffPressure, treatment);
        diffPressure.setHigh(limit(1.2, 0.05, 5000, warning, "Sand filter clogging: backwash soon"));
        diffPressure.setHighHigh(limit(1.6, 0.05, 2000, alarm, "Sand filter clogged"));
        LimitAlarm rawTurbidity = b.limitAlarm("Intake.Turbidity.Limits", v.intakeTurbidity, intake);
        rawTurbidity.setHigh(limit(40, 2, 10_000, warning, "Raw water turbidity high"));
        rawTurbidity.setHighHigh(limit(70, 2, 10_000, alarm, "Raw water turbidity very high"));
        LimitAlarm filtered = b.limitAlarm("Filter.Turbidity.Limits", v.filterTurbidity, treatment);
        filtered.setHigh(limit(0.8, 0.05, 5000, warning, "Filtered water turbidity high"));
        filtered.setHighHigh(limit(1.0, 0.05, 5000, alarm, "Filtered water turbidity above 1 NTU"));
        LimitAlarm hypochlorite = b.limitAlarm("Chlorine.TankLevel.Limits", v.chlorineTankLevel, chlorination);
        hypochlorite.setLowLow(limit(10, 1, 0, alarm, "Hypochlorite tank almost empty"));
        hypochlorite.setLow(limit(20, 1, 0, info, "Order hypochlorite"));

        b.binaryAlarm("Intake.Pump1.Fault", v.intakePump1Fault, true, alarm, "Intake pump 1 motor fault", intake);
        b.binaryAlarm("Intake.Pump2.Fault", v.intakePump2Fault, true, alarm, "Intake pump 2 motor fault", intake);
        b.binaryAlarm("Dist.Pump1.Fault", v.distPump1Fault, true, alarm, "Distribution pump 1 motor fault", distribution);
        b.binaryAlarm("Dist.Pump2.Fault", v.distPump2Fault, true, alarm, "Distribution pump 2 motor fault", distribution);
        b.binaryAlarm("Chlorine.Leak", v.chlorineLeak, true, alarm, "Chlorine gas detected", chlorination);
        b.binaryAlarm("Tank2.Overflow", v.tank2Overflow, true, warning, "Clear-water tank overflowing", treatment);
        b.binaryAlarm("Plant.EmergencyStop", v.emergencyStop, true, alarm, "Emergency stop pressed", plant);
        b.binaryAlarm("Filter.Backwash", v.filterBackwashActive, true, info, "Sand filter backwash running", treatment).setDelayMs(1000);
    }

    private void limits(String name, Variable variable, AlarmGroup group, double[] llLHHh, double hysteresis, AlarmClass alarm,
            AlarmClass warning, String what) {
        LimitAlarm limitAlarm = b.limitAlarm(name, variable, group);
        limitAlarm.setLowLow(limit(llLHHh[0], hysteresis, 2000, alarm, what + " very low"));
        limitAlarm.setLow(limit(llLHHh[1], hysteresis, 5000, warning, what + " low"));
        limitAlarm.setHigh(limit(llLHHh[2], hysteresis, 5000, warning, what + " high"));
        limitAlarm.setHighHigh(limit(llLHHh[3], hysteresis, 2000, alarm, what + " very high"));
    }

    private void archives() {
        b.archive("ProcessValues", ArchiveMode.CYCLIC, 90, v.intakeFlow, v.tank1Level, v.tank1Inflow, v.tank1Outflow, v.tank2Level,
                v.tank2Inflow, v.tank2Outflow, v.filterDiffPressure, v.distPressure, v.distFlow, v.distPump1Speed, v.distPump2Speed,
                v.power).setPeriodMs(10_000);
        var quality = b.archive("WaterQuality", ArchiveMode.ON_CHANGE, 365, v.intakeTurbidity, v.filterTurbidity, v.chlorineResidual,
                v.ph, v.temperature, v.conductivity);
        quality.setDeadband(0.05);
    }

    private void recipes() {
        RecipeGroup group = b.recipeGroup("OperatingSeasons", "Setpoints for high and low water demand");
        Recipe summer = recipe(group, "Summer", "High demand: full tanks, fast distribution pumps");
        recipeValue(summer, v.tank1Setpoint, "3.5");
        recipeValue(summer, v.tank2Setpoint, "4.8");
        recipeValue(summer, v.chlorineSetpoint, "0.8");
        recipeValue(summer, v.distPump1Setpoint, "85");
        recipeValue(summer, v.distPump2Setpoint, "85");
        Recipe winter = recipe(group, "Winter", "Low demand: lower levels, slower pumps");
        recipeValue(winter, v.tank1Setpoint, "3.0");
        recipeValue(winter, v.tank2Setpoint, "4.0");
        recipeValue(winter, v.chlorineSetpoint, "0.5");
        recipeValue(winter, v.distPump1Setpoint, "60");
        recipeValue(winter, v.distPump2Setpoint, "60");
    }

    private void users() {
        Role engineer = b.role("Engineer", Permission.values());
        Role operator = b.role("Operator", Permission.VIEW, Permission.ACKNOWLEDGE_ALARMS, Permission.WRITE_VARIABLES,
                Permission.DOWNLOAD_RECIPES, Permission.SHELVE_ALARMS);
        Role viewer = b.role("Viewer", Permission.VIEW);
        // A fixed seed keeps the demo file reproducible; real projects hash with SecureRandom salts.
        PasswordHash hasher = new PasswordHash(new Random(SALT_SEED), PasswordHash.DEFAULT_ITERATIONS);
        b.user("engineer", "Demo Engineer", hasher.hash("engineer".toCharArray()), engineer);
        b.user("operator", "Demo Operator", hasher.hash("operator".toCharArray()), operator);
        b.user("viewer", "Demo Viewer", hasher.hash("viewer".toCharArray()), viewer);
    }

    private void topology() {
        Topology topology = b.topology("tandem-water-treatment", "file:cluster.secret");
        node(topology, SERVER, "127.0.0.1", 7800, NodeRole.SERVER_CAPABLE, 1);
        node(topology, STANDBY, "127.0.0.1", 7801, NodeRole.SERVER_CAPABLE, 2);
        Node console = node(topology, CLIENT, "127.0.0.1", 7802, NodeRole.CLIENT, 0);
        topology.setWitness(console);
    }
}
