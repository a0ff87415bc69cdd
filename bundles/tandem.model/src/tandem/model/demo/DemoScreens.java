package tandem.model.demo;

import static tandem.model.build.ScreenBuilder.blinkWhen;
import static tandem.model.build.ScreenBuilder.fillColor;
import static tandem.model.build.ScreenBuilder.fillLevel;
import static tandem.model.build.ScreenBuilder.limitStateColor;
import static tandem.model.build.ScreenBuilder.named;
import static tandem.model.build.ScreenBuilder.textFrom;
import static tandem.model.build.ScreenBuilder.visibleWhen;

import tandem.model.ButtonAction;
import tandem.model.ComparisonOperator;
import tandem.model.NumericDisplay;
import tandem.model.Orientation;
import tandem.model.Rectangle;
import tandem.model.Screen;
import tandem.model.SymbolDefinition;
import tandem.model.Text;
import tandem.model.TextAlignment;
import tandem.model.Variable;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;

/**
 * The three demo screens: a process overview drawn like a plant HMI (tanks with fill levels, pumps coloured by
 * state, pipes, valves, values with units, buttons), a trend screen and an alarm screen. Pumps and valves are
 * instances of the project's Pump and Valve symbols. Colours follow ISA-101:
 * a calm grey screen, equipment dark slate when running or open and white when stopped or closed; bright colour
 * only for alarms (limit bars, the emergency stop, the chlorine leak).
 */
final class DemoScreens {

    static final String PIPE = "#3070B0";
    static final String TANK_FILL = "#4090E0";
    static final String OFF = "#F4F5F6";
    static final String ON = "#6B7B8C";
    static final String VALUE_FONT = "Monospaced-BOLD-14";
    static final String LABEL_FONT = "Sans-PLAIN-12";

    private final ProjectBuilder b;
    private final DemoVariables v;
    private Screen overview;
    private Screen trends;
    private Screen alarms;
    private SymbolDefinition pump;
    private SymbolDefinition valve;

    DemoScreens(ProjectBuilder b, DemoVariables v) {
        this.b = b;
        this.v = v;
    }

    void create() {
        pumpSymbol();
        valveSymbol();
        overview = b.screen("Overview", 1280, 800, "#D8DCE0");
        overview.setStart(true);
        trends = b.screen("Trends", 1280, 800, "#D8DCE0");
        alarms = b.screen("Alarms", 1280, 800, "#D8DCE0");
        overview();
        trends();
        alarms();
    }

    private ScreenBuilder header(Screen screen, String title) {
        ScreenBuilder s = new ScreenBuilder(screen);
        s.rectangle("header", 0, 0, 1280, 56, "#203040", "#2F4F6F");
        s.text("title", 16, 10, 640, 36, title, "Sans-BOLD-22").setForeground("#FFFFFF");
        s.screenButton("toOverview", 820, 10, 140, 36, "Overview", overview);
        s.screenButton("toTrends", 970, 10, 140, 36, "Trends", trends);
        s.screenButton("toAlarms", 1120, 10, 140, 36, "Alarms", alarms);
        Rectangle footer = s.rectangle("footer", 0, 764, 1280, 36, "#203040", "#2F4F6F");
        footer.setLineWidth(0);
        Text state = s.text("plantState", 16, 770, 400, 24, "Plant running", "Sans-BOLD-14");
        state.setForeground("#FFFFFF");
        textFrom(state, v.emergencyStop, "EMERGENCY STOP", "Plant running");
        blinkWhen(state, v.emergencyStop, ComparisonOperator.EQUAL, "true");
        // the simulator drives Plant.OperatorMessage with numbers; the footer tells a visitor what to try instead
        Text hint = s.text("demoHint", 440, 770, 820, 24,
                "Simulated plant · try a failover: kill -9 the server (tandem demo prints the command)", LABEL_FONT);
        hint.setForeground("#C8D4E0");
        hint.setAlignment(TextAlignment.RIGHT);
        return s;
    }

    private void overview() {
        ScreenBuilder s = header(overview, "Water treatment plant — Overview");
        intake(s);
        tank(s, "tank1", 330, 170, v.tank1Level, "Flocculation tank");
        filter(s);
        chlorine(s);
        tank(s, "tank2", 860, 170, v.tank2Level, "Clear-water tank");
        distribution(s);
        // Pipes: intake -> tank 1 -> filter -> dosing -> tank 2 -> distribution
        s.line("pipeIntakeTank1", 180, 250, 330, 250, PIPE, 6);
        s.line("pipeTank1Filter", 490, 430, 560, 430, PIPE, 6);
        s.line("pipeFilterDosing", 700, 430, 760, 430, PIPE, 6);
        s.line("pipeDosingTank2", 760, 430, 860, 430, PIPE, 6);
        s.line("pipeTank2Dist", 1020, 430, 1080, 430, PIPE, 6);
        valve(s, "valveTank1Inlet", 290, 240, v.tank1InletOpen);
        valve(s, "valveTank1Outlet", 505, 420, v.tank1OutletOpen);
        valve(s, "valveTank2Inlet", 820, 420, v.tank2InletOpen);
        valve(s, "valveTank2Outlet", 1035, 420, v.tank2OutletOpen);
        Rectangle estop = s.rectangle("emergencyStopBanner", 440, 700, 400, 50, "#800000", "#FF0000");
        visibleWhen(estop, v.emergencyStop, ComparisonOperator.EQUAL, "true");
        blinkWhen(estop, v.emergencyStop, ComparisonOperator.EQUAL, "true").setBlinkColor("#FFFF00");
        Text estopText = s.text("emergencyStopText", 450, 710, 380, 30, "EMERGENCY STOP", "Sans-BOLD-20");
        estopText.setAlignment(TextAlignment.CENTER);
        visibleWhen(estopText, v.emergencyStop, ComparisonOperator.EQUAL, "true");
        s.text("modeLabel", 20, 710, 120, 24, "Plant mode", LABEL_FONT);
        NumericDisplay mode = s.numeric("plantMode", 140, 706, 60, 28, v.plantMode, "%d");
        mode.setShowUnit(false);
        s.writeButton("modeAuto", 210, 706, 90, 28, "Automatic", v.plantMode, "1");
        s.writeButton("modeManual", 310, 706, 90, 28, "Manual", v.plantMode, "2");
        s.text("volumeLabel", 880, 710, 140, 24, "Delivered today", LABEL_FONT);
        s.numeric("totalVolume", 1020, 706, 140, 28, v.totalVolume, "%d");
        s.numeric("power", 1170, 706, 100, 28, v.power, "%.0f");
    }

    private void intake(ScreenBuilder s) {
        s.text("intakeLabel", 20, 80, 200, 24, "River intake", "Sans-BOLD-14");
        pump(s, "intakePump1", 40, 120, v.intakePump1Running);
        pump(s, "intakePump2", 40, 290, v.intakePump2Running);
        s.line("pipePump1", 120, 160, 180, 160, PIPE, 6);
        s.line("pipePump2", 120, 330, 180, 330, PIPE, 6);
        s.line("pipeCollector", 180, 160, 180, 330, PIPE, 6);
        s.text("intakeFlowLabel", 20, 470, 120, 24, "Raw water", LABEL_FONT);
        s.numeric("intakeFlow", 20, 494, 150, 28, v.intakeFlow, "%.0f").setFont(VALUE_FONT);
        s.numeric("intakeTurbidity", 20, 526, 150, 28, v.intakeTurbidity, "%.1f").setFont(VALUE_FONT);
        Rectangle gate = s.rectangle("intakeGate", 20, 570, 150, 30, "#000000", OFF);
        fillColor(gate, v.intakeValveOpen, 0, 0, OFF, 1, 1, ON);
        textFrom(s.text("intakeGateText", 24, 574, 142, 22, "Gate", LABEL_FONT), v.intakeValveOpen, "Gate open", "Gate closed");
    }

    /**
     * The pump symbol: a state-coloured circle that blinks on fault, an impeller, the pump's name and its speed.
     * $UNIT is the prefix of the pump's variables (Intake.Pump1 for Intake.Pump1.Running, .Fault, .Speed).
     */
    private void pumpSymbol() {
        pump = b.symbol("Pump", 130, 150, "UNIT", null, "LABEL", "Pump");
        pump.setDescription("A pump with its running state, fault and speed; $UNIT is the prefix of its variables");
        ScreenBuilder g = new ScreenBuilder(pump);
        var body = g.ellipse("body", 10, 0, 70, 70, "#000000", OFF);
        body.setLineWidth(2);
        named(fillColor(body, null, 0, 0, OFF, 1, 1, ON), "$UNIT.Running");
        named(blinkWhen(body, null, ComparisonOperator.EQUAL, "true"), "$UNIT.Fault");
        g.polyline("impeller", 25, 15, 40, 40, "0,20 20,0 40,20 20,40 0,20", "#000000");
        g.text("name", 0, 76, 130, 20, "$LABEL", LABEL_FONT);
        named(g.numeric("speed", 0, 100, 110, 26, null, "%.0f"), "$UNIT.Speed").setFont(VALUE_FONT);
    }

    /** The valve symbol: a bow tie, dark while open; $UNIT is the prefix of its variable (Tank1.InletValve). */
    private void valveSymbol() {
        valve = b.symbol("Valve", 30, 20, "UNIT", null);
        valve.setDescription("A valve coloured by $UNIT.Open");
        var body = new ScreenBuilder(valve).polyline("body", 0, 0, 30, 20, "0,0 30,20 30,0 0,20 0,0", "#000000");
        body.setBackground(OFF);
        named(fillColor(body, null, 0, 0, OFF, 1, 1, ON), "$UNIT.Open");
    }

    /** An instance of the pump symbol bound to the variables of running's unit. */
    private void pump(ScreenBuilder s, String name, int x, int y, Variable running) {
        s.instance(name, x, y, 130, 150, pump, "UNIT", unit(running, ".Running"), "LABEL", pumpLabel(name));
    }

    /** "intakePump1" -> "Intake pump 1", "distPump2" -> "Distribution pump 2". */
    private static String pumpLabel(String name) {
        String section = name.startsWith("intake") ? "Intake" : "Distribution";
        return section + " pump " + name.charAt(name.length() - 1);
    }

    private void valve(ScreenBuilder s, String name, int x, int y, Variable open) {
        s.instance(name, x, y, 30, 20, valve, "UNIT", unit(open, ".Open"));
    }

    /** "Tank1.InletValve.Open" without ".Open". */
    private static String unit(Variable variable, String suffix) {
        String name = variable.getName();
        if (!name.endsWith(suffix)) {
            throw new IllegalStateException("demo variable " + name + " does not end with " + suffix);
        }
        return name.substring(0, name.length() - suffix.length());
    }

    private void tank(ScreenBuilder s, String name, int x, int y, Variable level, String label) {
        s.text(name + "Label", x, y - 30, 160, 24, label, "Sans-BOLD-14");
        Rectangle shell = s.rectangle(name, x, y, 160, 280, "#202020", "#FFFFFF");
        shell.setLineWidth(3);
        fillLevel(shell, level, TANK_FILL);
        limitStateColor(s.rectangle(name + "Alarm", x + 168, y, 12, 280, "#202020", "#E0E0E0"), level, "#E0E0E0");
        NumericDisplay value = s.numeric(name + "Level", x + 20, y + 290, 120, 28, level, "%.2f");
        value.setFont(VALUE_FONT);
    }

    private void filter(ScreenBuilder s) {
        s.text("filterLabel", 560, 330, 140, 24, "Sand filter", "Sans-BOLD-14");
        Rectangle body = s.rectangle("filter", 560, 360, 140, 140, "#202020", "#D2B48C");
        body.setCornerRadius(8);
        blinkWhen(body, v.filterBackwashActive, ComparisonOperator.EQUAL, "true").setBlinkColor("#80C0FF");
        s.numeric("filterDiffPressure", 560, 510, 140, 28, v.filterDiffPressure, "%.2f").setFont(VALUE_FONT);
        s.numeric("filterTurbidity", 560, 542, 140, 28, v.filterTurbidity, "%.2f").setFont(VALUE_FONT);
        s.writeButton("backwash", 560, 580, 140, 32, "Start backwash", v.filterBackwashRequest, "true").setConfirm(true);
    }

    private void chlorine(ScreenBuilder s) {
        s.text("chlorineLabel", 720, 80, 160, 24, "Chlorine dosing", "Sans-BOLD-14");
        Rectangle tank = s.rectangle("hypochloriteTank", 720, 110, 50, 90, "#202020", "#FFFFFF");
        fillLevel(tank, v.chlorineTankLevel, "#E0E040");
        var pump = s.ellipse("dosingPump", 740, 230, 40, 40, "#000000", OFF);
        fillColor(pump, v.chlorinePumpRunning, 0, 0, OFF, 1, 1, ON);
        s.line("dosingLine", 760, 270, 760, 430, "#C0C000", 3);
        s.numeric("dosingRate", 600, 230, 130, 28, v.chlorineDosingRate, "%.1f").setFont(VALUE_FONT);
        var residual = s.barGraph("chlorineResidualBar", 790, 110, 30, 160, v.chlorineResidual);
        residual.setOrientation(Orientation.VERTICAL);
        s.numeric("chlorineResidual", 600, 270, 130, 28, v.chlorineResidual, "%.2f").setFont(VALUE_FONT);
        var leak = s.text("chlorineLeak", 600, 300, 200, 24, "CHLORINE LEAK", "Sans-BOLD-14");
        leak.setForeground("#FF0000");
        visibleWhen(leak, v.chlorineLeak, ComparisonOperator.EQUAL, "true");
    }

    private void distribution(ScreenBuilder s) {
        s.text("distLabel", 1080, 80, 180, 24, "Distribution", "Sans-BOLD-14");
        pump(s, "distPump1", 1090, 120, v.distPump1Running);
        s.writeButton("distPump1Start", 1090, 272, 80, 28, "Start", v.distPump1Start, "true");
        s.writeButton("distPump1Stop", 1175, 272, 80, 28, "Stop", v.distPump1Start, "false").setConfirm(true);
        pump(s, "distPump2", 1090, 320, v.distPump2Running);
        s.writeButton("distPump2Start", 1090, 472, 80, 28, "Start", v.distPump2Start, "true");
        s.writeButton("distPump2Stop", 1175, 472, 80, 28, "Stop", v.distPump2Start, "false").setConfirm(true);
        s.text("distPressureLabel", 1090, 520, 160, 24, "Network pressure", LABEL_FONT);
        NumericDisplay pressure = s.numeric("distPressure", 1090, 544, 160, 28, v.distPressure, "%.2f");
        pressure.setFont(VALUE_FONT);
        limitStateColor(pressure, v.distPressure, "#FFFFFF");
        s.numeric("distFlow", 1090, 580, 160, 28, v.distFlow, "%.0f").setFont(VALUE_FONT);
    }

    private void trends() {
        ScreenBuilder s = header(trends, "Water treatment plant — Trends");
        s.text("levelsTitle", 20, 66, 600, 24, "Tank levels (1 h)", "Sans-BOLD-14");
        s.trend("levels", 20, 92, 610, 300, 3600, v.tank1Level, v.tank2Level, v.tank1Setpoint, v.tank2Setpoint);
        s.text("qualityTitle", 650, 66, 600, 24, "Water quality (1 h)", "Sans-BOLD-14");
        s.trend("quality", 650, 92, 610, 300, 3600, v.chlorineResidual, v.ph, v.filterTurbidity);
        s.text("flowsTitle", 20, 404, 600, 24, "Flows and pressure (10 min)", "Sans-BOLD-14");
        s.trend("flows", 20, 430, 610, 320, 600, v.intakeFlow, v.distFlow, v.distPressure);
        s.text("pumpsTitle", 650, 404, 600, 24, "Pumps (10 min)", "Sans-BOLD-14");
        s.trend("pumps", 650, 430, 610, 320, 600, v.distPump1Speed, v.distPump2Speed, v.distPump1Running, v.distPump2Running);
    }

    private void alarms() {
        ScreenBuilder s = header(alarms, "Water treatment plant — Alarms");
        s.text("activeTitle", 20, 66, 600, 24, "Active alarms", "Sans-BOLD-14");
        s.alarmList("alarmList", 20, 92, 1240, 330);
        s.button("acknowledgeAll", 20, 430, 200, 32, "Acknowledge all", ButtonAction.ACKNOWLEDGE);
        s.text("celTitle", 20, 474, 600, 24, "Chronological event list", "Sans-BOLD-14");
        s.celList("celList", 20, 500, 1240, 250);
    }
}
