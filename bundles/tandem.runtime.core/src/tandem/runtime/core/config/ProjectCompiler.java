package tandem.runtime.core.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.model.Alarm;
import tandem.model.AlarmClass;
import tandem.model.Archive;
import tandem.model.BinaryAlarm;
import tandem.model.Driver;
import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.ModbusTcpDriver;
import tandem.model.OpcUaDriver;
import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.RecipeValue;
import tandem.model.Role;
import tandem.model.SimulatorDriver;
import tandem.model.User;
import tandem.model.Variable;
import tandem.runtime.api.driver.DriverTag.TagType;
import tandem.runtime.core.config.AlarmDefinition.Kind;

/**
 * The one place where the EMF project becomes the runtime's immutable configuration. The project is expected to be
 * valid (the studio and the deploy path validate it); what the runtime cannot use is reported with the element's
 * name.
 */
public final class ProjectCompiler {

	/** Poll rate for variables whose project sets none. */
	public static final int DEFAULT_RATE_MS = 1_000;

	public RuntimeConfiguration compile(Project p) {
		List<DriverDefinition> drivers = p.getDrivers().stream().map(ProjectCompiler::driver).toList();
		List<VariableDefinition> variables = p.getVariables().stream().map(ProjectCompiler::variable).toList();
		List<AlarmDefinition> alarms = new ArrayList<>();
		for (Alarm a : p.getAlarms()) {
			alarms.addAll(alarms(a));
		}
		List<ArchiveDefinition> archives = p.getArchives().stream().map(ProjectCompiler::archive).toList();
		List<RecipeDefinition> recipes = new ArrayList<>();
		for (RecipeGroup g : p.getRecipeGroups()) {
			g.getRecipes().forEach(r -> recipes.add(recipe(r)));
		}
		List<UserDefinition> users = p.getUsers().stream().map(ProjectCompiler::user).toList();
		int celRetention = p.getCelSettings() == null ? 365 : p.getCelSettings().getRetentionDays();
		return new RuntimeConfiguration(p.getName(), p.getVersion(), p.getSeed(), drivers, variables, alarms, archives,
				recipes, users, celRetention);
	}

	static String kind(Driver d) {
		if (d instanceof SimulatorDriver) {
			return "sim";
		}
		if (d instanceof OpcUaDriver) {
			return "opcua";
		}
		if (d instanceof ModbusTcpDriver) {
			return "modbus-tcp";
		}
		throw new IllegalArgumentException("driver " + d.getName() + " has an unknown kind " + d.eClass().getName());
	}

	private static DriverDefinition driver(Driver d) {
		Map<String, String> props = new LinkedHashMap<>();
		if (d instanceof OpcUaDriver o) {
			props.put("endpoint", String.valueOf(o.getEndpoint()));
			props.put("securityPolicy", String.valueOf(o.getSecurityPolicy()));
		} else if (d instanceof ModbusTcpDriver m) {
			props.put("host", String.valueOf(m.getHost()));
			props.put("port", Integer.toString(m.getPort()));
			props.put("unitId", Integer.toString(m.getUnitId()));
			props.put("wordOrder", String.valueOf(m.getWordOrder()));
			props.put("timeoutMs", Integer.toString(m.getTimeoutMs()));
			props.put("maxRegistersPerRead", Integer.toString(m.getMaxRegistersPerRead()));
		}
		return new DriverDefinition(d.getName(), kind(d), props);
	}

	private static VariableDefinition variable(Variable v) {
		if (v.getDriver() == null) {
			throw new IllegalArgumentException("variable " + v.getName() + " has no driver");
		}
		TagType type = TagType.valueOf(v.getDataType().getName());
		int rate = v.getRateMs() > 0 ? v.getRateMs() : DEFAULT_RATE_MS;
		return new VariableDefinition(v.getName(), v.getDriver().getName(), v.getAddress(), rate, type,
				v.isWritable(), v.getRangeMin(), v.getRangeMax(), v.getUnit());
	}

	private static List<AlarmDefinition> alarms(Alarm a) {
		String variable = a.getVariable() == null ? null : a.getVariable().getName();
		if (variable == null) {
			throw new IllegalArgumentException("alarm " + a.getName() + " has no variable");
		}
		List<AlarmDefinition> out = new ArrayList<>();
		if (a instanceof LimitAlarm l) {
			limit(out, a.getName(), variable, Kind.HIGH_HIGH, l.getHighHigh());
			limit(out, a.getName(), variable, Kind.HIGH, l.getHigh());
			limit(out, a.getName(), variable, Kind.LOW, l.getLow());
			limit(out, a.getName(), variable, Kind.LOW_LOW, l.getLowLow());
		} else if (a instanceof BinaryAlarm b) {
			AlarmClass c = b.getAlarmClass();
			out.add(new AlarmDefinition(a.getName(), variable, Kind.BINARY, b.isAlarmState() ? 1 : 0, 0,
					b.getDelayMs(), priority(c), ackRequired(c), text(b.getText(), a.getName()), maxShelve(c)));
		}
		return out;
	}

	private static void limit(List<AlarmDefinition> out, String alarm, String variable, Kind kind, LimitDefinition d) {
		if (d == null) {
			return;
		}
		AlarmClass c = d.getAlarmClass();
		out.add(new AlarmDefinition(alarm + "." + kind, variable, kind, d.getValue(), Math.abs(d.getHysteresis()),
				d.getDelayMs(), priority(c), ackRequired(c), text(d.getText(), alarm + " " + kind), maxShelve(c)));
	}

	private static int priority(AlarmClass c) {
		return c == null ? 0 : c.getPriority();
	}

	private static boolean ackRequired(AlarmClass c) {
		return c == null || c.isAckRequired();
	}

	private static long maxShelve(AlarmClass c) {
		return c == null ? AlarmDefinition.DEFAULT_MAX_SHELVE_MILLIS : Math.max(0, c.getMaxShelveMinutes()) * 60_000L;
	}

	private static String text(String text, String fallback) {
		return text == null || text.isBlank() ? fallback : text;
	}

	private static ArchiveDefinition archive(Archive a) {
		ArchiveDefinition.Mode mode = ArchiveDefinition.Mode.valueOf(a.getMode().getName());
		String trigger = a.getTriggerVariable() == null ? null : a.getTriggerVariable().getName();
		if (mode == ArchiveDefinition.Mode.EVENT && trigger == null) {
			throw new IllegalArgumentException("archive " + a.getName() + " is event-triggered but has no trigger");
		}
		return new ArchiveDefinition(a.getName(), mode, a.getVariables().stream().map(Variable::getName).toList(),
				Math.max(1, a.getPeriodMs()), a.getDeadband(), trigger, a.getRetentionDays());
	}

	private static RecipeDefinition recipe(Recipe r) {
		Map<String, String> values = new LinkedHashMap<>();
		for (RecipeValue v : r.getValues()) {
			values.put(v.getVariable().getName(), v.getValue());
		}
		return new RecipeDefinition(r.getName(), values);
	}

	private static UserDefinition user(User u) {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (Role r : u.getRoles()) {
			r.getPermissions().forEach(p -> permissions.add(Permission.valueOf(p.getName())));
		}
		return new UserDefinition(u.getName(), u.getPasswordHash(), permissions);
	}
}
