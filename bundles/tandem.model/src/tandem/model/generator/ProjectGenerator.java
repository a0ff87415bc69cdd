package tandem.model.generator;

import static tandem.model.build.ProjectBuilder.limit;
import static tandem.model.build.ProjectBuilder.node;
import static tandem.model.build.ScreenBuilder.fillColor;
import static tandem.model.build.ScreenBuilder.fillLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tandem.model.AlarmClass;
import tandem.model.AlarmGroup;
import tandem.model.ArchiveMode;
import tandem.model.DataType;
import tandem.model.Driver;
import tandem.model.LimitAlarm;
import tandem.model.NodeRole;
import tandem.model.Permission;
import tandem.model.Project;
import tandem.model.Role;
import tandem.model.Screen;
import tandem.model.Topology;
import tandem.model.Variable;
import tandem.model.build.ProjectBuilder;
import tandem.model.build.ScreenBuilder;

/**
 * Builds large, valid projects for benchmarks: nVariables variables (70 % FLOAT with a limit alarm on every tenth,
 * 25 % BOOL, 5 % INT) on simulator and Modbus drivers, and nScreens screens of 40 elements bound to them. The same
 * (nVariables, nScreens, seed) always gives the same project, so benchmark runs are comparable.
 */
public final class ProjectGenerator {

    private static final int ELEMENTS_PER_SCREEN = 40;
    /** A fixed, well-formed hash: generating 3 real PBKDF2 hashes would only slow the benchmark setup. */
    private static final String PASSWORD_HASH = "pbkdf2-sha256$120000$AAAAAAAAAAAAAAAAAAAAAA$"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private final int nVariables;
    private final int nScreens;
    private final long seed;

    public ProjectGenerator(int nVariables, int nScreens, long seed) {
        if (nVariables < 1 || nScreens < 1) {
            throw new IllegalArgumentException("need at least one variable and one screen, got " + nVariables + ", " + nScreens);
        }
        this.nVariables = nVariables;
        this.nScreens = nScreens;
        this.seed = seed;
    }

    public Project generate() {
        Random random = new Random(seed);
        ProjectBuilder b = new ProjectBuilder("generated-" + nVariables + "-" + nScreens + "-" + seed);
        b.project().setSeed(seed);
        Driver sim = b.simulator("Simulator");
        Driver modbus = b.modbus("PLC1", "127.0.0.1", 502, 1);
        AlarmClass alarm = b.alarmClass("Alarm", 100, "#FF0000", true);
        AlarmClass warning = b.alarmClass("Warning", 50, "#FFA500", true);
        AlarmGroup group = b.alarmGroup("All", "All generated alarms");
        List<Variable> analog = new ArrayList<>();
        List<Variable> bools = new ArrayList<>();
        for (int i = 0; i < nVariables; i++) {
            variable(b, i, random, i % 2 == 0 ? sim : modbus, analog, bools);
        }
        for (int i = 0; i < analog.size(); i += 10) {
            Variable v = analog.get(i);
            LimitAlarm limits = b.limitAlarm(v.getName() + ".Limits", v, group);
            double max = v.getRangeMax();
            limits.setHigh(limit(0.8 * max, 0.01 * max, 1000, warning, v.getName() + " high"));
            limits.setHighHigh(limit(0.9 * max, 0.01 * max, 1000, alarm, v.getName() + " very high"));
        }
        b.archive("Cyclic", ArchiveMode.CYCLIC, 30, analog.subList(0, Math.min(analog.size(), 1000)).toArray(Variable[]::new));
        for (int s = 0; s < nScreens; s++) {
            screen(b, s, random, analog, bools);
        }
        b.project().getScreens().get(0).setStart(true);
        users(b);
        Topology topology = b.topology("generated", "generated-secret");
        node(topology, "alpha", "127.0.0.1", 7800, NodeRole.SERVER_CAPABLE, 1);
        node(topology, "beta", "127.0.0.1", 7801, NodeRole.SERVER_CAPABLE, 2);
        topology.setWitness(node(topology, "witness", "127.0.0.1", 7802, NodeRole.WITNESS, 0));
        return b.project();
    }

    private static void variable(ProjectBuilder b, int i, Random random, Driver driver, List<Variable> analog, List<Variable> bools) {
        String name = String.format("Area%03d.Var%06d", i / 1000, i);
        boolean onModbus = driver.getName().equals("PLC1");
        String address = onModbus ? "HR:" + (i % 65536) : "sine?min=0&max=100&period=" + (30 + random.nextInt(600));
        int kind = random.nextInt(100);
        if (kind < 70) {
            Variable v = b.analog(name, "unit" + (i % 7), 0, 10 + random.nextInt(990), driver, address);
            analog.add(v);
        } else if (kind < 95) {
            bools.add(b.bool(name, driver, onModbus ? "CO:" + (i % 65536) : address));
        } else {
            Variable v = b.variable(name, DataType.INT, driver, address);
            v.setRangeMin(0.0);
            v.setRangeMax(1000.0);
            v.setWritable(true);
        }
    }

    private static void screen(ProjectBuilder b, int index, Random random, List<Variable> analog, List<Variable> bools) {
        Screen screen = b.screen(String.format("Screen%04d", index), 1280, 800, "#D8DCE0");
        ScreenBuilder s = new ScreenBuilder(screen);
        for (int e = 0; e < ELEMENTS_PER_SCREEN; e++) {
            int x = 10 + (e % 8) * 155;
            int y = 10 + (e / 8) * 155;
            Variable v = analog.get(random.nextInt(analog.size()));
            switch (e % 4) {
            case 0 -> fillLevel(s.rectangle("tank" + e, x, y, 60, 140, "#000000", "#FFFFFF"), v, "#4090E0");
            case 1 -> s.numeric("value" + e, x, y, 140, 28, v, "%.2f");
            case 2 -> {
                Variable state = bools.isEmpty() ? v : bools.get(random.nextInt(bools.size()));
                fillColor(s.ellipse("pump" + e, x, y, 60, 60, "#000000", "#A0A0A0"), state, 0, 0, "#A0A0A0", 1, 1, "#00B050");
            }
            default -> s.line("pipe" + e, x, y + 70, x + 150, y + 70, "#3070B0", 4);
            }
        }
    }

    private static void users(ProjectBuilder b) {
        Role engineer = b.role("Engineer", Permission.values());
        Role operator = b.role("Operator", Permission.VIEW, Permission.ACKNOWLEDGE_ALARMS, Permission.WRITE_VARIABLES);
        b.user("engineer", "Engineer", PASSWORD_HASH, engineer);
        b.user("operator", "Operator", PASSWORD_HASH, operator);
    }
}
