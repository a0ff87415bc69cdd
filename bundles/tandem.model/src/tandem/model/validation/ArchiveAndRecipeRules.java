package tandem.model.validation;

import java.util.HashSet;
import java.util.Set;

import tandem.model.Archive;
import tandem.model.DataType;
import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.RecipeValue;
import tandem.model.Variable;

/** Archives (variables, mode settings, retention) and recipes (values fit writable variables). */
final class ArchiveAndRecipeRules {

    private final Problems problems;

    ArchiveAndRecipeRules(Problems problems) {
        this.problems = problems;
    }

    void check() {
        Project project = problems.project();
        for (Archive archive : project.getArchives()) {
            checkArchive(archive);
        }
        for (RecipeGroup group : project.getRecipeGroups()) {
            if (group.getRecipes().isEmpty()) {
                problems.warning(group, "has no recipes");
            }
            for (Recipe recipe : group.getRecipes()) {
                checkRecipe(recipe);
            }
        }
    }

    private void checkArchive(Archive archive) {
        if (archive.getVariables().isEmpty()) {
            problems.error(archive, "records no variables");
        }
        Set<Variable> seen = new HashSet<>();
        for (Variable variable : archive.getVariables()) {
            if (problems.variableExists(archive, variable, "a recorded variable") && !seen.add(variable)) {
                problems.warning(archive, "records '" + variable.getName() + "' twice");
            }
        }
        if (archive.getMode() == null) {
            problems.error(archive, "has no recording mode");
            return;
        }
        switch (archive.getMode()) {
        case CYCLIC -> {
            if (archive.getPeriodMs() < 10) {
                problems.error(archive, "cyclic period " + archive.getPeriodMs() + " ms is too short; at least 10 ms");
            }
        }
        case ON_CHANGE -> {
            if (archive.getDeadband() < 0) {
                problems.error(archive, "deadband " + archive.getDeadband() + " is negative");
            }
        }
        case EVENT -> {
            if (problems.variableExists(archive, archive.getTriggerVariable(), "the trigger variable")
                    && archive.getTriggerVariable().getDataType() != DataType.BOOL) {
                problems.error(archive, "trigger variable '" + archive.getTriggerVariable().getName() + "' must be BOOL");
            }
        }
        default -> throw new IllegalStateException("unknown archive mode " + archive.getMode());
        }
        if (archive.getRetentionDays() < 1) {
            problems.error(archive, "retention must be at least 1 day, is " + archive.getRetentionDays());
        }
    }

    private void checkRecipe(Recipe recipe) {
        if (recipe.getValues().isEmpty()) {
            problems.warning(recipe, "sets no values");
        }
        Set<Variable> seen = new HashSet<>();
        for (RecipeValue value : recipe.getValues()) {
            if (!problems.variableExists(value, value.getVariable(), "the variable")) {
                continue;
            }
            Variable variable = value.getVariable();
            if (!seen.add(variable)) {
                problems.error(value, "'" + variable.getName() + "' is set twice in this recipe");
            }
            if (!variable.isWritable()) {
                problems.error(value, "'" + variable.getName() + "' is not writable, so a recipe cannot set it");
            }
            String valueProblem = ValueSyntax.check(variable, value.getValue());
            if (valueProblem != null) {
                problems.error(value, valueProblem);
            }
        }
    }
}
