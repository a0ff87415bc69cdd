package tandem.studio.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.ArchiveMode;
import tandem.model.ButtonAction;
import tandem.model.ColorMode;
import tandem.model.DataType;
import tandem.model.Group;
import tandem.model.LimitAlarm;
import tandem.model.ModbusTcpDriver;
import tandem.model.NamedElement;
import tandem.model.NodeRole;
import tandem.model.Permission;
import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.model.naming.ElementPath;
import tandem.studio.core.csv.CsvException;
import tandem.studio.core.csv.ImportVariablesOperation;
import tandem.studio.core.op.AddElementsOperation;
import tandem.studio.core.op.DeleteOperation;
import tandem.studio.core.op.LimitOperation;
import tandem.studio.core.op.RecipeRowsOperation;
import tandem.studio.core.op.ReferenceListOperation;
import tandem.studio.core.screen.ScreenEditOperation;

/**
 * Random but realistic edits of an open project, each one command on the session's stack as the studio makes it:
 * names that clash, are empty or padded; data types, ranges, rates, drivers, addresses; a binding, display, alarm,
 * archive or recipe pointed at another variable or at none; limits added and removed; elements added (pasted
 * copies), removed (plainly, leaving references dangling, or deleted with their uses) and moved; screen elements
 * moved between screens, grouped and ungrouped; roles, users, drivers, nodes, topology and CEL settings changed or
 * removed. Reproducible from the seed.
 */
final class RandomEdits {

	/** Stands for "no value" in a palette: the feature is unset. */
	private static final Object NONE = new Object();

	private record Kind(String name, int weight, Supplier<String> apply) {
	}

	private final ProjectSession session;
	private final Project project;
	private final Random random;
	private final List<Kind> kinds = new ArrayList<>();
	private int totalWeight;
	private final java.util.Map<String, Integer> applied = new java.util.TreeMap<>();

	/** renameProject: whether the project itself is renamed now and then (every element path changes). */
	RandomEdits(ProjectSession session, long seed, boolean renameProject) {
		this.session = session;
		this.project = session.project();
		this.random = new Random(seed);
		names(renameProject);
		variables();
		alarms();
		screens();
		usersArchivesAndTheRest();
		lists();
	}

	/**
	 * Applies one random edit and says what it was, or returns null when the edit picked had nothing to work on
	 * (or would not change anything) and so put nothing on the stack.
	 */
	String next() {
		int r = random.nextInt(totalWeight);
		for (Kind kind : kinds) {
			r -= kind.weight;
			if (r < 0) {
				String what = kind.apply.get();
				if (what == null) {
					return null;
				}
				applied.merge(kind.name, 1, Integer::sum);
				return kind.name + ": " + what;
			}
		}
		throw new IllegalStateException("weights");
	}

	/** The kinds of edit that never put a command on the stack so far (all kinds if none was applied yet). */
	List<String> neverApplied() {
		return kinds.stream().map(Kind::name).filter(name -> !applied.containsKey(name)).toList();
	}

	/** How often each kind of edit was applied. */
	java.util.Map<String, Integer> applied() {
		return applied;
	}

	private void kind(String name, int weight, Supplier<String> apply) {
		kinds.add(new Kind(name, weight, apply));
		totalWeight += weight;
	}

	private void names(boolean renameProject) {
		kind("rename", 12, () -> {
			EReference list = pick(List.of(Literals.PROJECT__DRIVERS, Literals.PROJECT__VARIABLES, Literals.PROJECT__ALARM_CLASSES,
					Literals.PROJECT__ALARM_GROUPS, Literals.PROJECT__ALARMS, Literals.PROJECT__ARCHIVES, Literals.PROJECT__RECIPE_GROUPS,
					Literals.PROJECT__ROLES, Literals.PROJECT__USERS, Literals.PROJECT__SCREENS));
			return rename(pick(list(project, list)));
		});
		kind("rename inside", 6, () -> rename(pick(all(Literals.SCREEN_ELEMENT, Literals.RECIPE, Literals.NODE))));
		if (renameProject) {
			kind("rename the project", 1, () -> set(project, Literals.NAMED_ELEMENT__NAME, pick(List.of("", "water-treatment", "plant 2"))));
		}
	}

	private String rename(EObject element) {
		if (element == null) {
			return null;
		}
		List<?> siblings = element.eContainmentFeature().isMany() ? (List<?>) element.eContainer().eGet(element.eContainmentFeature())
				: List.of(element);
		String other = ((NamedElement) pick(siblings)).getName();
		String own = ((NamedElement) element).getName();
		return set(element, Literals.NAMED_ELEMENT__NAME, pick(Arrays.asList(other, "", " " + own, own + "2", "Renamed", NONE)));
	}

	private void variables() {
		kind("variable type", 4, () -> attribute(Literals.VARIABLE, Literals.VARIABLE__DATA_TYPE, (Object[]) DataType.values()));
		kind("variable range", 6, () -> attribute(Literals.VARIABLE, pick(List.of(Literals.VARIABLE__RANGE_MIN, Literals.VARIABLE__RANGE_MAX)),
				NONE, -10.0, 0.0, 1.0, 5.0, 100.0));
		kind("variable writable", 3, () -> attribute(Literals.VARIABLE, Literals.VARIABLE__WRITABLE, true, false));
		kind("variable rate", 3, () -> attribute(Literals.VARIABLE, Literals.VARIABLE__RATE_MS, 5, 100, 1000, 20_000));
		kind("variable driver", 3, () -> reference(Literals.VARIABLE, Literals.VARIABLE__DRIVER));
		kind("variable address", 2, () -> attribute(Literals.VARIABLE, Literals.VARIABLE__ADDRESS, NONE, "", "HR:1", "sine?min=0&max=1"));
		kind("variable initial value", 2, () -> attribute(Literals.VARIABLE, Literals.VARIABLE__INITIAL_VALUE, NONE, "abc", "1", "true", "2.5"));
		kind("variable unit or description", 1, () -> attribute(Literals.VARIABLE,
				pick(List.of(Literals.VARIABLE__UNIT, Literals.VARIABLE__DESCRIPTION)), NONE, "m", "x"));
		kind("driver settings", 1, () -> attribute(Literals.MODBUS_TCP_DRIVER, Literals.MODBUS_TCP_DRIVER__PORT, 0, 502));
	}

	private void alarms() {
		kind("alarm variable", 5, () -> reference(Literals.ALARM, Literals.ALARM__VARIABLE));
		kind("alarm group", 2, () -> reference(Literals.ALARM, Literals.ALARM__GROUP));
		kind("limit value", 4, () -> attribute(Literals.LIMIT_DEFINITION,
				pick(List.of(Literals.LIMIT_DEFINITION__VALUE, Literals.LIMIT_DEFINITION__HYSTERESIS)), -0.1, 0.5, 2.0, 4.5, 50.0));
		kind("limit or binary alarm class", 3, () -> random.nextBoolean() ? reference(Literals.LIMIT_DEFINITION, Literals.LIMIT_DEFINITION__ALARM_CLASS)
				: reference(Literals.BINARY_ALARM, Literals.BINARY_ALARM__ALARM_CLASS));
		kind("alarm text", 1, () -> attribute(Literals.BINARY_ALARM, Literals.BINARY_ALARM__TEXT, NONE, "", "Fault"));
		kind("add or remove a limit", 4, () -> {
			LimitAlarm alarm = (LimitAlarm) pick(all(Literals.LIMIT_ALARM));
			if (alarm == null) {
				return null;
			}
			LimitOperation.Slot slot = pick(List.of(LimitOperation.Slot.values()));
			LimitOperation limits = new LimitOperation(session, alarm);
			if (slot.of(alarm) == null) {
				limits.add(slot);
				return "add " + slot + " to " + ElementPath.label(alarm);
			}
			limits.remove(slot);
			return "remove " + slot + " from " + ElementPath.label(alarm);
		});
		kind("alarm class", 2, () -> random.nextBoolean() ? attribute(Literals.ALARM_CLASS, Literals.ALARM_CLASS__PRIORITY, -1, 10)
				: attribute(Literals.ALARM_CLASS, Literals.ALARM_CLASS__ACTIVE_COLOR, "orange", "#FF0000", NONE));
	}

	private void screens() {
		kind("binding variable", 6, () -> reference(Literals.DYNAMIC_BINDING, Literals.DYNAMIC_BINDING__VARIABLE));
		kind("element variable", 5, () -> {
			EReference feature = pick(List.of(Literals.NUMERIC_DISPLAY__VARIABLE, Literals.BAR_GRAPH__VARIABLE, Literals.BUTTON__TARGET_VARIABLE,
					Literals.BUTTON__TARGET_SCREEN, Literals.BUTTON__ALARM_GROUP));
			return reference(feature.getEContainingClass(), feature);
		});
		kind("button action", 1, () -> attribute(Literals.BUTTON, Literals.BUTTON__ACTION, (Object[]) ButtonAction.values()));
		kind("fill colour mode", 5, () -> attribute(Literals.FILL_COLOR_BINDING, Literals.FILL_COLOR_BINDING__MODE, (Object[]) ColorMode.values()));
		kind("trend variables", 2, () -> referenceList(Literals.TREND__VARIABLES));
		kind("element geometry", 4, () -> {
			ScreenElement element = (ScreenElement) pick(all(Literals.SCREEN_ELEMENT));
			if (element == null || !(element.eContainer() instanceof Screen screen)) {
				return element == null ? null : attribute(element, Literals.SCREEN_ELEMENT__WIDTH, 0, 40);
			}
			new ScreenEditOperation(session, screen).moveBy(List.of(element), pick(List.of(-5000, -10, 10, 3000)), 0);
			return "move " + ElementPath.label(element);
		});
		kind("element colour", 2, () -> attribute(Literals.SCREEN_ELEMENT, Literals.SCREEN_ELEMENT__FOREGROUND, "red", "#102030", NONE));
		kind("screen", 2, () -> random.nextBoolean() ? attribute(Literals.SCREEN, Literals.SCREEN__START, true, false)
				: attribute(Literals.SCREEN, Literals.SCREEN__WIDTH, 0, 1280));
		kind("paste an element", 3, () -> {
			ScreenElement element = (ScreenElement) pick(all(Literals.SCREEN_ELEMENT));
			if (element == null || !(element.eContainer() instanceof Screen screen)) {
				return null;
			}
			new ScreenEditOperation(session, screen).paste("Paste", List.of(element), 10, 10);
			return "paste " + ElementPath.label(element);
		});
		kind("group or ungroup", 2, this::groupOrUngroup);
		kind("z-order", 2, () -> {
			Screen screen = (Screen) pick(project.getScreens());
			ScreenElement element = screen == null ? null : (ScreenElement) pick(screen.getElements());
			return element != null && new ScreenEditOperation(session, screen).zOrder(List.of(element), pick(List.of(ScreenEditOperation.ZOrder.values())))
					? "z-order of " + ElementPath.label(element) : null;
		});
	}

	private String groupOrUngroup() {
		Screen screen = (Screen) pick(project.getScreens());
		if (screen == null) {
			return null;
		}
		ScreenEditOperation edit = new ScreenEditOperation(session, screen);
		List<ScreenElement> groups = screen.getElements().stream().filter(Group.class::isInstance).toList();
		if (!groups.isEmpty() && random.nextBoolean()) {
			Group group = (Group) pick(groups);
			edit.ungroup(group);
			return "ungroup " + ElementPath.label(group);
		}
		if (screen.getElements().size() < 3) {
			return null;
		}
		int from = random.nextInt(screen.getElements().size() - 1);
		edit.group(List.copyOf(screen.getElements().subList(from, from + 2)));
		return "group two elements of " + ElementPath.label(screen);
	}

	private void usersArchivesAndTheRest() {
		kind("role permissions", 3, () -> {
			EObject role = pick(project.getRoles());
			List<Permission> permissions = new ArrayList<>(List.of(Permission.values()));
			permissions.removeIf(p -> random.nextInt(3) == 0);
			return role == null ? null : set(role, Literals.ROLE__PERMISSIONS, random.nextInt(4) == 0 ? List.of() : permissions);
		});
		kind("user roles", 3, () -> referenceList(Literals.USER__ROLES));
		kind("user password", 1, () -> attribute(Literals.USER, Literals.USER__PASSWORD_HASH, "secret", NONE));
		kind("archive variables", 3, () -> referenceList(Literals.ARCHIVE__VARIABLES));
		kind("archive mode", 2, () -> attribute(Literals.ARCHIVE, Literals.ARCHIVE__MODE, (Object[]) ArchiveMode.values()));
		kind("archive figures", 2, () -> attribute(Literals.ARCHIVE, pick(List.of(Literals.ARCHIVE__PERIOD_MS, Literals.ARCHIVE__DEADBAND)), 5, 500, 1000));
		kind("archive trigger", 1, () -> reference(Literals.ARCHIVE, Literals.ARCHIVE__TRIGGER_VARIABLE));
		kind("recipe value", 3, () -> random.nextBoolean() ? reference(Literals.RECIPE_VALUE, Literals.RECIPE_VALUE__VARIABLE)
				: attribute(Literals.RECIPE_VALUE, Literals.RECIPE_VALUE__VALUE, "1", "abc", "true", "99"));
		kind("recipe rows and columns", 2, this::recipeRowsOrColumns);
		kind("import variables from CSV", 2, this::importVariables);
		kind("topology", 4, () -> random.nextBoolean()
				? attribute(Literals.TOPOLOGY, pick(List.of(Literals.TOPOLOGY__HEARTBEAT_INTERVAL_MS, Literals.TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS)), 5,
						100, 900, 3000)
				: attribute(Literals.NODE, pick(List.of(Literals.NODE__PORT, Literals.NODE__ROLE, Literals.NODE__PRIORITY)), 7800, 0, 1,
						NodeRole.WITNESS, NodeRole.SERVER_CAPABLE));
		kind("CEL settings and project", 1, () -> random.nextBoolean() ? attribute(Literals.CEL_SETTINGS, Literals.CEL_SETTINGS__RETENTION_DAYS, 0, 90)
				: set(project, Literals.PROJECT__VERSION, pick(List.of(0, 1, 2))));
	}

	private String recipeRowsOrColumns() {
		RecipeGroup group = (RecipeGroup) pick(project.getRecipeGroups());
		Variable variable = (Variable) pick(project.getVariables());
		if (group == null || variable == null || group.getRecipes().isEmpty()) {
			return null;
		}
		RecipeRowsOperation rows = new RecipeRowsOperation(session, group);
		switch (random.nextInt(3)) {
		case 0 -> {
			return rows.addRow(variable) == 0 ? null : "add a row for " + ElementPath.label(variable);
		}
		case 1 -> {
			return rows.removeRow(variable) == 0 ? null : "remove the row of " + ElementPath.label(variable);
		}
		default -> {
			Recipe template = (Recipe) pick(group.getRecipes());
			rows.addColumn(pick(Arrays.asList(template.getName(), "Winter", "")), template);
			return "add a recipe like " + ElementPath.label(template);
		}
		}
	}

	/** One line updates an existing variable (type, range, rate), one adds a new one. */
	private String importVariables() {
		Variable existing = (Variable) pick(project.getVariables());
		if (existing == null || project.getDrivers().isEmpty()) {
			return null;
		}
		String driver = project.getDrivers().get(0).getName();
		String csv = "name,dataType,driver,address,rangeMin,rangeMax,rateMs\n" + existing.getName() + ","
				+ pick(List.of(DataType.values())) + "," + driver + ",sine?min=0&max=1," + pick(List.of("0", "", "50")) + ","
				+ pick(List.of("10", "", "1")) + "," + pick(List.of("5", "1000")) + "\nImported" + random.nextInt(5) + ",FLOAT," + driver
				+ ",ramp?min=0&max=9,0,9,1000\n";
		try {
			ImportVariablesOperation.Result result = new ImportVariablesOperation(session, csv, "test.csv").execute();
			return result.added() + result.updated() == 0 ? null : "import " + csv.replace('\n', ' ');
		} catch (CsvException e) {
			return null; // e.g. a driver name the import does not accept
		}
	}

	private void lists() {
		List<EReference> tops = List.of(Literals.PROJECT__DRIVERS, Literals.PROJECT__VARIABLES, Literals.PROJECT__ALARM_CLASSES,
				Literals.PROJECT__ALARM_GROUPS, Literals.PROJECT__ALARMS, Literals.PROJECT__ARCHIVES, Literals.PROJECT__RECIPE_GROUPS,
				Literals.PROJECT__ROLES, Literals.PROJECT__USERS, Literals.PROJECT__SCREENS);
		kind("add a copy", 6, () -> {
			EReference list = pick(tops);
			EObject original = pick(list(project, list));
			if (original == null) {
				return null;
			}
			new AddElementsOperation(session, project, list, AddElementsOperation.copies(List.of(original)), "Paste").execute();
			return "copy of " + ElementPath.label(original);
		});
		kind("remove, leaving its uses", 5, () -> {
			EObject element = pick(random.nextInt(3) == 0
					? all(Literals.SCREEN_ELEMENT, Literals.RECIPE, Literals.RECIPE_VALUE, Literals.DYNAMIC_BINDING, Literals.COLOR_RANGE, Literals.NODE)
					: list(project, pick(tops)));
			return element == null ? null
					: execute("remove " + ElementPath.label(element), RemoveCommand.create(session.editingDomain(), element.eContainer(),
							element.eContainmentFeature(), element));
		});
		kind("delete with its uses", 4, () -> {
			EObject element = pick(random.nextInt(3) == 0 ? all(Literals.SCREEN_ELEMENT) : list(project, pick(tops)));
			if (element == null) {
				return null;
			}
			String what = ElementPath.label(element);
			try {
				new DeleteOperation(session, List.of(element), DeleteOperation.Uses.REMOVE).execute();
			} catch (tandem.studio.core.op.InUseException e) {
				throw new AssertionError(e);
			}
			return "delete " + what;
		});
		kind("move an element to another screen", 2, () -> {
			ScreenElement element = (ScreenElement) pick(all(Literals.SCREEN_ELEMENT));
			Screen to = (Screen) pick(project.getScreens());
			if (element == null || to == null || element.eContainer() == to) {
				return null;
			}
			Command cut = RemoveCommand.create(session.editingDomain(), element.eContainer(), element.eContainmentFeature(), element);
			Command paste = AddCommand.create(session.editingDomain(), to, Literals.SCREEN__ELEMENTS, element, random.nextInt(to.getElements().size() + 1));
			session.execute("move " + ElementPath.label(element) + " to " + ElementPath.label(to), List.of(cut, paste));
			return "move " + ElementPath.label(element) + " to " + ElementPath.label(to);
		});
		kind("add a Modbus driver or a node", 2, () -> {
			if (random.nextBoolean()) {
				ModbusTcpDriver plc = TandemFactory.eINSTANCE.createModbusTcpDriver();
				plc.setName("PLC");
				plc.setHost("10.0.0.1");
				plc.setPort(502);
				plc.setWordOrder("ABCD");
				plc.setTimeoutMs(1000);
				plc.setMaxRegistersPerRead(100);
				new AddElementsOperation(session, project, Literals.PROJECT__DRIVERS, List.of(plc), "Add driver").execute();
				return "add " + ElementPath.label(plc);
			}
			EObject node = pick(all(Literals.NODE));
			return node == null ? null
					: new AddElementsOperation(session, node.eContainer(), Literals.TOPOLOGY__NODES, AddElementsOperation.copies(List.of(node)),
							"Paste").execute().isEmpty() ? null : "copy of " + ElementPath.label(node);
		});
		kind("topology or CEL settings", 2, () -> {
			EObject settings = random.nextBoolean() ? project.getTopology() : project.getCelSettings();
			if (settings != null && random.nextInt(4) == 0) {
				return execute("remove " + ElementPath.label(settings),
						SetCommand.create(session.editingDomain(), project, settings.eContainmentFeature(), SetCommand.UNSET_VALUE));
			}
			return project.getTopology() == null ? null : reference(Literals.TOPOLOGY, Literals.TOPOLOGY__WITNESS);
		});
		kind("move within its list", 4, () -> {
			EReference list = pick(tops);
			List<EObject> elements = list(project, list);
			EObject element = pick(elements);
			return element == null ? null
					: execute("move " + ElementPath.label(element),
							MoveCommand.create(session.editingDomain(), project, list, element, random.nextInt(elements.size())));
		});
	}

	/** Sets feature of a random element of type to a random value of values. */
	private String attribute(EClass type, EStructuralFeature feature, Object... values) {
		EObject owner = pick(all(type));
		return owner == null ? null : attribute(owner, feature, values);
	}

	private String attribute(EObject owner, EStructuralFeature feature, Object... values) {
		Object value = pick(Arrays.asList(values));
		if (value instanceof Integer i && feature.getEType().getInstanceClass() == double.class) {
			value = i.doubleValue();
		}
		if (value != NONE && value != null && !feature.getEType().isInstance(value)) {
			return null; // a palette shared by features of different types
		}
		return set(owner, feature, value);
	}

	/** Points feature of a random element of type to a random element of the project of the referenced type, or to none. */
	private String reference(EClass type, EReference feature) {
		EObject owner = pick(all(type));
		if (owner == null) {
			return null;
		}
		List<EObject> targets = feature == Literals.TOPOLOGY__WITNESS ? all(Literals.NODE)
				: new ArrayList<>(list(project, topListOf(feature.getEReferenceType())));
		return set(owner, feature, random.nextInt(5) == 0 || targets.isEmpty() ? NONE : pick(targets));
	}

	/** Adds a random element to, or removes one from, the reference list feature of a random element. */
	private String referenceList(EReference feature) {
		EObject owner = pick(all(feature.getEContainingClass()));
		if (owner == null) {
			return null;
		}
		ReferenceListOperation operation = new ReferenceListOperation(session, owner, feature);
		List<?> current = (List<?>) owner.eGet(feature);
		if (!current.isEmpty() && random.nextBoolean()) {
			EObject target = (EObject) current.get(random.nextInt(current.size()));
			return operation.remove(List.of(target)) == 0 ? null : "remove " + ElementPath.label(target) + " from " + ElementPath.label(owner);
		}
		EObject target = pick(list(project, topListOf(feature.getEReferenceType())));
		return target == null || operation.add(List.of(target)) == 0 ? null : "add " + ElementPath.label(target) + " to " + ElementPath.label(owner);
	}

	private static EReference topListOf(EClass type) {
		for (EReference list : Literals.PROJECT.getEAllContainments()) {
			if (list.getEReferenceType().isSuperTypeOf(type)) {
				return list;
			}
		}
		throw new IllegalArgumentException("no list of the project holds " + type.getName());
	}

	private String set(EObject owner, EStructuralFeature feature, Object value) {
		Object newValue = value == NONE ? SetCommand.UNSET_VALUE : value;
		if (value == NONE ? !owner.eIsSet(feature) : java.util.Objects.equals(owner.eGet(feature), value)) {
			return null;
		}
		String shown = value == NONE ? "(none)" : value instanceof EObject target ? ElementPath.label(target) : String.valueOf(value);
		return execute(ElementPath.label(owner) + "." + feature.getName() + " = " + shown,
				SetCommand.create(session.editingDomain(), owner, feature, newValue));
	}

	private String execute(String what, Command command) {
		if (!command.canExecute()) {
			return null;
		}
		session.execute(what, command);
		return what;
	}

	/** Every element of the project of one of types, in model order. */
	private List<EObject> all(EClass... types) {
		List<EObject> found = new ArrayList<>();
		for (Iterator<EObject> it = project.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			for (EClass type : types) {
				if (type.isInstance(element)) {
					found.add(element);
					break;
				}
			}
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> list(Project project, EReference list) {
		return list.isMany() ? (List<EObject>) project.eGet(list) : List.of();
	}

	private <T> T pick(List<T> from) {
		return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
	}
}
