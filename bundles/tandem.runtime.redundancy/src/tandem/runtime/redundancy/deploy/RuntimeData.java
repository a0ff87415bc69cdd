package tandem.runtime.redundancy.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.RecipeValue;
import tandem.model.TandemFactory;
import tandem.model.User;
import tandem.model.Variable;

/**
 * Recipes and user passwords are runtime data: what the running system holds may differ from the engineer's model
 * (set on the running system, or by another engineer's deploy), and a deploy must not overwrite it blindly. An item
 * is {@code recipe:GROUP/RECIPE} or {@code user:NAME}; only items present in both versions with different content
 * count. By default the running content is kept; the engineer names the items to overwrite.
 */
public final class RuntimeData {

	/** One item whose running content differs from the engineer's model. */
	public record Difference(String item, String running, String model) {
		@Override
		public String toString() {
			return item + ": running " + running + ", model " + model;
		}
	}

	private RuntimeData() {
	}

	public static List<Difference> differences(Project running, Project model) {
		List<Difference> out = new ArrayList<>();
		Map<String, Recipe> before = recipes(running);
		for (Map.Entry<String, Recipe> e : recipes(model).entrySet()) {
			Recipe was = before.get(e.getKey());
			if (was != null && !values(was).equals(values(e.getValue()))) {
				out.add(new Difference("recipe:" + e.getKey(), values(was).toString(), values(e.getValue()).toString()));
			}
		}
		for (User u : model.getUsers()) {
			User was = user(running, u.getName());
			if (was != null && !Objects.equals(was.getPasswordHash(), u.getPasswordHash())) {
				out.add(new Difference("user:" + u.getName(), "password set on the running system",
						"password of the model"));
			}
		}
		return out;
	}

	/**
	 * Writes the running content of every differing item not named in {@code overwrite} into {@code model}
	 * (changed in place). Returns the items kept.
	 */
	public static List<String> keepRunning(Project running, Project model, Set<String> overwrite) {
		List<String> kept = new ArrayList<>();
		for (Difference d : differences(running, model)) {
			if (overwrite.contains(d.item())) {
				continue;
			}
			kept.add(d.item());
			if (d.item().startsWith("recipe:")) {
				String path = d.item().substring("recipe:".length());
				copyValues(recipes(running).get(path), recipes(model).get(path), model);
			} else {
				String name = d.item().substring("user:".length());
				user(model, name).setPasswordHash(user(running, name).getPasswordHash());
			}
		}
		return kept;
	}

	private static void copyValues(Recipe from, Recipe to, Project model) {
		to.getValues().clear();
		for (RecipeValue v : from.getValues()) {
			Variable target = v.getVariable() == null ? null : variable(model, v.getVariable().getName());
			if (target != null) { // a variable the new version removed has no place in its recipe
				RecipeValue copy = TandemFactory.eINSTANCE.createRecipeValue();
				copy.setVariable(target);
				copy.setValue(v.getValue());
				to.getValues().add(copy);
			}
		}
	}

	private static Map<String, Recipe> recipes(Project p) {
		Map<String, Recipe> out = new LinkedHashMap<>();
		for (RecipeGroup g : p.getRecipeGroups()) {
			for (Recipe r : g.getRecipes()) {
				out.put(g.getName() + "/" + r.getName(), r);
			}
		}
		return out;
	}

	private static Map<String, String> values(Recipe r) {
		Map<String, String> out = new LinkedHashMap<>();
		for (RecipeValue v : r.getValues()) {
			out.put(v.getVariable() == null ? "?" : v.getVariable().getName(), v.getValue());
		}
		return out;
	}

	private static User user(Project p, String name) {
		return p.getUsers().stream().filter(u -> name.equals(u.getName())).findFirst().orElse(null);
	}

	private static Variable variable(Project p, String name) {
		return p.getVariables().stream().filter(v -> name.equals(v.getName())).findFirst().orElse(null);
	}
}
