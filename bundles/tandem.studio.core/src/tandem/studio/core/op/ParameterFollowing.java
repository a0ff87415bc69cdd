package tandem.studio.core.op;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.model.ParameterValue;
import tandem.model.Project;
import tandem.model.SymbolInstance;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.model.naming.ElementPath;
import tandem.model.symbol.Parameters;
import tandem.studio.core.refs.ParameterNames;
import tandem.studio.core.refs.ParameterNames.NameUse;

/**
 * What a rename of variables does to the symbol instances that name them through parameters: an instance with
 * UNIT=Pump3 whose symbol shows {@code $UNIT.Speed} gets UNIT=P3 when Pump3.Speed becomes P3.Speed. A parameter
 * value usually names several variables (UNIT for .Running, .Fault and .Speed), so it changes only when every name
 * it builds then stays right: a name whose variable is renamed now becomes the new name, a name whose variable
 * still exists stays the same, and a name that changes otherwise must lead from a variable that no longer exists
 * (renamed or deleted before) to one that does. Renaming the three variables of a pump one after the other thus
 * changes UNIT with the last one; until then the instance names a missing variable, which validation reports on
 * it. An instance with no such value, or more than one, is left as it is and named in the result.
 */
final class ParameterFollowing {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

	/** The commands that change parameter values, and the instances that still name an old name, in words. */
	record Result(List<Command> commands, List<String> unfollowed) {
	}

	private final EditingDomain domain;
	private final Project project;
	private final Map<String, String> renames;
	private final Set<String> before = new HashSet<>();
	private final Set<String> after = new HashSet<>();

	/** renames: old variable name to new, for the variables renamed in one step. */
	ParameterFollowing(EditingDomain domain, Project project, Map<String, String> renames) {
		this.domain = domain;
		this.project = project;
		this.renames = renames;
		for (Variable v : project.getVariables()) {
			before.add(v.getName());
			after.add(renames.getOrDefault(v.getName(), v.getName()));
		}
	}

	Result follow() {
		Map<SymbolInstance, List<NameUse>> byInstance = new LinkedHashMap<>();
		for (NameUse use : new ParameterNames(project).uses()) {
			byInstance.computeIfAbsent(use.instance(), i -> new ArrayList<>()).add(use);
		}
		List<Command> commands = new ArrayList<>();
		List<String> unfollowed = new ArrayList<>();
		byInstance.forEach((instance, uses) -> {
			NameUse hit = uses.stream().filter(u -> renames.containsKey(u.name())).findFirst().orElse(null);
			if (hit == null) {
				return;
			}
			Set<Map.Entry<String, String>> fitting = new LinkedHashSet<>();
			for (String parameter : Parameters.usedIn(hit.template())) {
				String value = valueFor(instance, hit.template(), parameter, renames.get(hit.name()));
				if (value != null && keepsEveryName(instance, uses, parameter, value)) {
					fitting.add(Map.entry(parameter, value));
				}
			}
			if (fitting.size() == 1) {
				Map.Entry<String, String> change = fitting.iterator().next();
				commands.add(set(instance, change.getKey(), change.getValue()));
			} else {
				unfollowed.add(ElementPath.inProject(instance) + " still names '" + hit.name() + "' as " + hit.template() + ": "
						+ (fitting.isEmpty() ? "no value of its parameters names '" + renames.get(hit.name()) + "' and keeps its other variables"
								: "more than one parameter could change"));
			}
		});
		return new Result(commands, unfollowed);
	}

	/** The value of parameter that makes template name newName, the other parameters kept; null when none does. */
	private static String valueFor(SymbolInstance instance, String template, String parameter, String newName) {
		String[] parts = Parameters.of(instance).substitute(mark(template, parameter, "\u0000")).split("\u0000", -1);
		if (parts.length != 2) {
			return null; // the parameter is used twice in the name: not worth guessing
		}
		String pre = parts[0];
		String post = parts[1];
		if (newName.length() <= pre.length() + post.length() || !newName.startsWith(pre) || !newName.endsWith(post)) {
			return null;
		}
		String value = newName.substring(pre.length(), newName.length() - post.length());
		return value.indexOf('$') >= 0 ? null : value;
	}

	private boolean keepsEveryName(SymbolInstance instance, List<NameUse> uses, String parameter, String value) {
		Parameters values = Parameters.of(instance);
		for (NameUse use : uses) {
			String now = use.name();
			String then = values.substitute(mark(use.template(), parameter, value));
			boolean right = renames.containsKey(now) ? then.equals(renames.get(now))
					: then.equals(now) || !before.contains(now) && after.contains(then);
			if (!right) {
				return false;
			}
		}
		return true;
	}

	/** template with every $parameter replaced by text, the other placeholders left in. */
	private static String mark(String template, String parameter, String text) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).equals(parameter) ? text : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private Command set(SymbolInstance instance, String parameter, String value) {
		for (ParameterValue given : instance.getParameterValues()) {
			if (parameter.equals(given.getParameter()) && given.getValue() != null) {
				return SetCommand.create(domain, given, Literals.PARAMETER_VALUE__VALUE, value);
			}
		}
		ParameterValue v = TandemFactory.eINSTANCE.createParameterValue(); // it used the default: other instances keep it
		v.setParameter(parameter);
		v.setValue(value);
		return AddCommand.create(domain, instance, Literals.SYMBOL_INSTANCE__PARAMETER_VALUES, v);
	}
}
