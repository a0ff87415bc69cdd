package tandem.runtime.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import tandem.model.security.PasswordHash;
import tandem.runtime.api.driver.DriverTag.TagType;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.DriverDefinition;
import tandem.runtime.core.config.Permission;
import tandem.runtime.core.config.RecipeDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.UserDefinition;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.driver.sim.SimulatorDriverFactory;

/** A small plant on the simulator, built without EMF, and nodes on it polled by hand with a manual clock. */
public final class TestPlant {

	public static final long T0 = 1_767_225_600_000L;
	public static final String PASSWORD = "s3cret!";

	private TestPlant() {
	}

	public static RuntimeConfiguration configuration() {
		String hash = new PasswordHash(new java.util.Random(1), 1_000).hash(PASSWORD.toCharArray());
		return new RuntimeConfiguration("Waterworks", 3, 42,
				List.of(new DriverDefinition("Plant", "sim", Map.of())),
				List.of(new VariableDefinition("Tank.Level", "Plant", "tank?min=0&max=100&period=60", 100,
						TagType.FLOAT, false, 0.0, 100.0, "%"),
						new VariableDefinition("Pump.Running", "Plant", "pump?period=30", 100, TagType.BOOL, false,
								null, null, ""),
						new VariableDefinition("Tank.Setpoint", "Plant", "sine", 100, TagType.FLOAT, true, 0.0, 80.0,
								"%"),
						new VariableDefinition("Dosing.Rate", "Plant", "sine?min=0&max=20", 100, TagType.INT, true,
								0.0, 20.0, "l/h")),
				List.of(new AlarmDefinition("Tank.Level.HIGH", "Tank.Level", AlarmDefinition.Kind.HIGH, 90, 5, 0, 2,
						true, "Tank level high")),
				List.of(new ArchiveDefinition("Fast", ArchiveDefinition.Mode.ON_CHANGE,
						List.of("Tank.Level", "Pump.Running"), 1, 0.0, null, 30)),
				List.of(new RecipeDefinition("Summer", Map.of("Tank.Setpoint", "70", "Dosing.Rate", "12")),
						new RecipeDefinition("Broken", Map.of("Dosing.Rate", "7", "Tank.Setpoint", "95"))),
				List.of(new UserDefinition("anna", hash, Set.of(Permission.VIEW, Permission.ACKNOWLEDGE_ALARMS,
						Permission.WRITE_VARIABLES, Permission.DOWNLOAD_RECIPES, Permission.SHELVE_ALARMS)),
						new UserDefinition("victor", hash, Set.of(Permission.VIEW)),
						new UserDefinition("otto", hash, Set.of(Permission.VIEW, Permission.REMOVE_ALARMS_FROM_SERVICE)),
						new UserDefinition("erik", hash, Set.of(Permission.VIEW, Permission.EDIT_RECIPES,
								Permission.MANAGE_USERS))),
				365);
	}

	/** Plant time the tank needs at most to reach its high limit (its period is 48–72 s). */
	public static final long ALARM_WITHIN_MS = 10 * 60_000;

	/**
	 * Polls {@code node} every 100 ms of plant time from {@code from} until an alarm is active; fails when none is
	 * after {@link #ALARM_WITHIN_MS}. Returns the time of the poll that raised it.
	 */
	public static long pollUntilAnAlarmIsActive(RuntimeNode node, AtomicLong clock, long from) {
		for (long t = from + 100; t <= from + ALARM_WITHIN_MS; t += 100) {
			clock.set(t);
			node.pollAll(t);
			if (!node.alarms().active().isEmpty()) {
				return t;
			}
		}
		throw new AssertionError("no alarm was raised within " + ALARM_WITHIN_MS / 1000 + " s of plant time from "
				+ java.time.Instant.ofEpochMilli(from));
	}

	/** A node on {@code dir} that does not poll by itself; the clock is the returned node's {@code clock}. */
	public static RuntimeNode node(RuntimeConfiguration configuration, String name, Path dir, AtomicLong clock) {
		return new RuntimeNode(configuration, name, dir, List.of(new SimulatorDriverFactory()),
				NodeOptions.manual(clock::get));
	}
}
