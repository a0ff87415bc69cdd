package tandem.studio.core;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tandem.model.Project;
import tandem.model.RecipeGroup;
import tandem.model.TandemPackage.Literals;

/**
 * The parts of a project as the Project Explorer lists them, each opened by its own editor. An element belongs to
 * the category of the project list that (directly or further up) contains it; a problem to the category of the
 * element its path names.
 */
public enum Category {

	OVERVIEW("Overview", List.of(), Set.of("Project")),
	VARIABLES("Variables", List.of(Literals.PROJECT__VARIABLES), Set.of("Variable")),
	DRIVERS("Drivers", List.of(Literals.PROJECT__DRIVERS), Set.of("SimulatorDriver", "ModbusTcpDriver", "OpcUaDriver")),
	ALARMS("Alarms", List.of(Literals.PROJECT__ALARMS), Set.of("LimitAlarm", "BinaryAlarm")),
	ALARM_CLASSES("Alarm classes and groups", List.of(Literals.PROJECT__ALARM_CLASSES, Literals.PROJECT__ALARM_GROUPS),
			Set.of("AlarmClass", "AlarmGroup")),
	ARCHIVES("Archives", List.of(Literals.PROJECT__ARCHIVES), Set.of("Archive")),
	RECIPES("Recipes", List.of(Literals.PROJECT__RECIPE_GROUPS), Set.of("RecipeGroup")),
	USERS("Users and roles", List.of(Literals.PROJECT__USERS, Literals.PROJECT__ROLES), Set.of("User", "Role")),
	SCREENS("Screens", List.of(Literals.PROJECT__SCREENS), Set.of("Screen")),
	CEL("CEL settings", List.of(Literals.PROJECT__CEL_SETTINGS), Set.of("CelSettings")),
	REDUNDANCY("Redundancy", List.of(Literals.PROJECT__TOPOLOGY), Set.of("Topology"));

	private final String label;
	private final List<EReference> features;
	private final Set<String> typeNames;

	Category(String label, List<EReference> features, Set<String> typeNames) {
		this.label = label;
		this.features = features;
		this.typeNames = typeNames;
	}

	public String label() {
		return label;
	}

	/** The project's containment references this category shows. */
	public List<EReference> features() {
		return features;
	}

	/** How many elements the explorer shows beside the label (recipes: the recipes of all groups; redundancy: nodes). */
	public int count(Project project) {
		return switch (this) {
		case OVERVIEW, CEL -> -1;
		case RECIPES -> project.getRecipeGroups().stream().mapToInt(g -> g.getRecipes().size()).sum();
		case REDUNDANCY -> project.getTopology() == null ? 0 : project.getTopology().getNodes().size();
		default -> features.stream().mapToInt(f -> ((List<?>) project.eGet(f)).size()).sum();
		};
	}

	/** The category of the top-level element that holds element; OVERVIEW for the project itself. */
	public static Category of(EObject element) {
		EObject top = element;
		while (top != null && top.eContainer() != null && !(top.eContainer() instanceof Project)) {
			top = top.eContainer();
		}
		if (top == null || top.eContainer() == null) {
			return OVERVIEW;
		}
		for (Category category : values()) {
			if (category.features.contains(top.eContainmentFeature())) {
				return category;
			}
		}
		return OVERVIEW;
	}

	/**
	 * The category of a problem from its element path ({@code Project 'x' / Variable 'a' / ...}): the type of the
	 * second segment. Recipes are under their group.
	 */
	public static Category ofPath(String elementPath) {
		String[] segments = elementPath.split(" / ", 3);
		if (segments.length < 2) {
			return OVERVIEW;
		}
		String segment = segments[1];
		int end = segment.indexOf(' ');
		String type = end < 0 ? segment : segment.substring(0, end);
		if (segment.startsWith("CEL settings")) {
			return CEL;
		}
		for (Category category : values()) {
			if (category.typeNames.contains(type)) {
				return category;
			}
		}
		return type.equals(RecipeGroup.class.getSimpleName()) ? RECIPES : OVERVIEW;
	}
}
