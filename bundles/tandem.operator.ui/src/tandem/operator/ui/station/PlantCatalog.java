package tandem.operator.ui.station;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tandem.model.Alarm;
import tandem.model.AlarmClass;
import tandem.model.BinaryAlarm;
import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.Node;
import tandem.model.NodeRole;
import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.RecipeValue;
import tandem.model.Screen;
import tandem.model.Variable;

/**
 * What an operator station takes from the project file: variables with their units and ranges, how each alarm
 * looks, the recipes and the station's own node. Read once at start; the live data comes from the connection.
 */
public final class PlantCatalog {

	/**
	 * A recipe as the download panel shows it.
	 *
	 * @param name        recipe name (what is sent to the server)
	 * @param group       recipe group name
	 * @param description engineer's description
	 * @param values      variable → value text, in project order
	 */
	public record RecipeInfo(String name, String group, String description, Map<String, String> values) {
	}

	private final String projectName;
	private final String projectDescription;
	private final Map<String, VariableInfo> variables = new LinkedHashMap<>();
	private final Map<String, AlarmLook> looks = new LinkedHashMap<>();
	private final Map<String, AlarmInfo> alarmInfo = new LinkedHashMap<>();
	private final java.util.SortedSet<Integer> priorities = new java.util.TreeSet<>();
	private final List<RecipeInfo> recipes = new ArrayList<>();
	private final List<String> clientNodes = new ArrayList<>();
	private final String startScreen;

	public PlantCatalog(Project project) {
		projectName = project.getName();
		projectDescription = project.getDescription() == null ? "" : project.getDescription();
		for (Variable v : project.getVariables()) {
			variables.put(v.getName(), variable(v));
		}
		project.getAlarmClasses().forEach(c -> priorities.add(c.getPriority()));
		for (Alarm a : project.getAlarms()) {
			addLooks(a);
		}
		for (RecipeGroup g : project.getRecipeGroups()) {
			for (Recipe r : g.getRecipes()) {
				recipes.add(recipe(g, r));
			}
		}
		if (project.getTopology() != null) {
			for (Node n : project.getTopology().getNodes()) {
				if (n.getRole() == NodeRole.CLIENT) {
					clientNodes.add(n.getName());
				}
			}
		}
		startScreen = project.getScreens().stream().filter(Screen::isStart).map(Screen::getName).findFirst()
				.orElse(project.getScreens().isEmpty() ? "" : project.getScreens().get(0).getName());
	}

	private static VariableInfo variable(Variable v) {
		VariableInfo.Kind kind = VariableInfo.Kind.valueOf(v.getDataType().getName());
		return new VariableInfo(v.getName(), v.getDescription(), v.getUnit(), kind, v.getRangeMin(), v.getRangeMax(),
				v.isWritable());
	}

	/** Alarm definition ids follow the runtime's compiler: the alarm name, plus {@code .HIGH} etc. for limits. */
	private void addLooks(Alarm a) {
		String group = a.getGroup() == null ? "" : a.getGroup().getName();
		String variable = a.getVariable() == null ? "" : a.getVariable().getName();
		if (a instanceof BinaryAlarm b) {
			looks.put(a.getName(), look(b.getAlarmClass()).inGroup(group));
			alarmInfo.put(a.getName(), info(a.getName(), b.getText(), variable, b.getAlarmClass()));
		} else if (a instanceof LimitAlarm l) {
			addLimit(a.getName() + ".HIGH_HIGH", l.getHighHigh(), group, variable);
			addLimit(a.getName() + ".HIGH", l.getHigh(), group, variable);
			addLimit(a.getName() + ".LOW", l.getLow(), group, variable);
			addLimit(a.getName() + ".LOW_LOW", l.getLowLow(), group, variable);
		}
	}

	private void addLimit(String id, LimitDefinition limit, String group, String variable) {
		if (limit != null) {
			looks.put(id, look(limit.getAlarmClass()).inGroup(group));
			alarmInfo.put(id, info(id, limit.getText(), variable, limit.getAlarmClass()));
		}
	}

	private static AlarmInfo info(String id, String text, String variable, AlarmClass c) {
		return new AlarmInfo(id, text == null || text.isBlank() ? id : text, variable,
				c == null ? AlarmInfo.unknown(id).maxShelveMinutes() : c.getMaxShelveMinutes());
	}

	/** Text, variable and shelving limit of an alarm definition id; {@link AlarmInfo#unknown} when not defined. */
	public AlarmInfo alarmInfo(String alarmDefinition) {
		return alarmInfo.getOrDefault(alarmDefinition, AlarmInfo.unknown(alarmDefinition));
	}

	private static AlarmLook look(AlarmClass c) {
		if (c == null) {
			return AlarmLook.UNKNOWN;
		}
		AlarmLook d = AlarmLook.UNKNOWN;
		return new AlarmLook(c.getName(), Rgb.parse(c.getActiveColor(), d.active()),
				Rgb.parse(c.getAcknowledgedColor(), d.acknowledged()), Rgb.parse(c.getInactiveColor(), d.inactive()),
				Rgb.parse(c.getTextColor(), d.text()));
	}

	private static RecipeInfo recipe(RecipeGroup g, Recipe r) {
		Map<String, String> values = new LinkedHashMap<>();
		for (RecipeValue v : r.getValues()) {
			values.put(v.getVariable() == null ? "?" : v.getVariable().getName(), v.getValue());
		}
		return new RecipeInfo(r.getName(), g.getName(), r.getDescription() == null ? "" : r.getDescription(),
				Collections.unmodifiableMap(values));
	}

	public String projectName() {
		return projectName;
	}

	public String projectDescription() {
		return projectDescription;
	}

	/** Variables in project order. */
	public List<VariableInfo> variables() {
		return List.copyOf(variables.values());
	}

	/** The variable, or {@link VariableInfo#unknown} for a name the project does not have. */
	public VariableInfo variable(String name) {
		VariableInfo v = variables.get(name);
		return v == null ? VariableInfo.unknown(name) : v;
	}

	/** The look of an alarm definition id; {@link AlarmLook#UNKNOWN} when the project does not define it. */
	/** The project's alarm groups and classes in use, sorted: the choices of the alarm list's filters. */
	public List<String> alarmGroups() {
		return AlarmFilter.choices(looks.values().stream().map(AlarmLook::group).toList());
	}

	public List<String> alarmClasses() {
		return AlarmFilter.choices(looks.values().stream().map(AlarmLook::alarmClass).toList());
	}

	/** The alarm classes' priorities, lowest first: the steps of the alarm list's priority filter. */
	public List<Integer> alarmPriorities() {
		return List.copyOf(priorities);
	}

	public AlarmLook look(String alarmDefinition) {
		return looks.getOrDefault(alarmDefinition, AlarmLook.UNKNOWN);
	}

	public List<RecipeInfo> recipes() {
		return List.copyOf(recipes);
	}

	public String startScreen() {
		return startScreen;
	}

	/**
	 * The node this station joins the cluster as: the one named on the command line, else the project's first
	 * CLIENT node.
	 *
	 * @throws IllegalArgumentException when the name is not a CLIENT node of the project, or there is none
	 */
	public String stationNode(Optional<String> requested) {
		if (requested.isPresent()) {
			if (!clientNodes.contains(requested.get())) {
				throw new IllegalArgumentException("project '" + projectName + "': node '" + requested.get()
						+ "' is not a CLIENT node of the topology; CLIENT nodes: " + clientNodes);
			}
			return requested.get();
		}
		if (clientNodes.isEmpty()) {
			throw new IllegalArgumentException("project '" + projectName
					+ "': the topology has no CLIENT node for an operator station; add one in the studio");
		}
		return clientNodes.get(0);
	}
}
