package tandem.studio.core.op;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;

import tandem.model.DataType;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.RecipeValue;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.ProjectSession;

/**
 * The rows and columns of a recipe group's grid: a row is a variable every recipe of the group sets, a column a
 * recipe. Adding a row gives every recipe a value for the variable (its initial value, or the bottom of its
 * range); removing a row takes the variable's value out of every recipe; a new column starts with the values of
 * the recipe it is made from. Each is one undo step.
 */
public final class RecipeRowsOperation {

	private final ProjectSession session;
	private final RecipeGroup group;

	public RecipeRowsOperation(ProjectSession session, RecipeGroup group) {
		this.session = session;
		this.group = group;
	}

	/** @return how many recipes got a value for variable (those that had one are left alone) */
	public int addRow(Variable variable) {
		if (group.getRecipes().isEmpty()) {
			throw new IllegalArgumentException("recipe group '" + group.getName() + "' has no recipes to set " + variable.getName() + " in");
		}
		List<Command> commands = new ArrayList<>();
		for (Recipe recipe : group.getRecipes()) {
			if (recipe.getValues().stream().noneMatch(v -> v.getVariable() == variable)) {
				RecipeValue value = TandemFactory.eINSTANCE.createRecipeValue();
				value.setVariable(variable);
				value.setValue(startValue(variable));
				commands.add(AddCommand.create(session.editingDomain(), recipe, Literals.RECIPE__VALUES, value));
			}
		}
		session.execute("Add " + variable.getName() + " to the recipes of " + group.getName(), commands);
		return commands.size();
	}

	/** @return how many values were removed */
	public int removeRow(Variable variable) {
		List<Command> commands = new ArrayList<>();
		for (Recipe recipe : group.getRecipes()) {
			List<RecipeValue> values = recipe.getValues().stream().filter(v -> v.getVariable() == variable).toList();
			if (!values.isEmpty()) {
				commands.add(RemoveCommand.create(session.editingDomain(), recipe, Literals.RECIPE__VALUES, values));
			}
		}
		session.execute("Remove " + variable.getName() + " from the recipes of " + group.getName(), commands);
		return commands.size();
	}

	/** Adds a recipe (a column) named name, with the values of template (or with the group's rows at their start values). */
	public Recipe addColumn(String name, Recipe template) {
		Recipe recipe = TandemFactory.eINSTANCE.createRecipe();
		recipe.setName(name);
		if (template != null) {
			for (RecipeValue v : template.getValues()) {
				RecipeValue copy = TandemFactory.eINSTANCE.createRecipeValue();
				copy.setVariable(v.getVariable());
				copy.setValue(v.getValue());
				recipe.getValues().add(copy);
			}
		}
		new AddElementsOperation(session, group, Literals.RECIPE_GROUP__RECIPES, List.of(recipe), "Add recipe to " + group.getName()).execute();
		return recipe;
	}

	static String startValue(Variable variable) {
		if (variable.getInitialValue() != null && !variable.getInitialValue().isBlank()) {
			return variable.getInitialValue();
		}
		DataType type = variable.getDataType();
		if (type == DataType.BOOL) {
			return "false";
		}
		if (type == DataType.STRING) {
			return "";
		}
		double min = variable.getRangeMin() == null ? 0 : variable.getRangeMin();
		return type == DataType.INT ? String.valueOf((long) Math.ceil(min)) : String.valueOf(min);
	}
}
