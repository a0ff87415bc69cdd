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

    void checkRecipeGroup(RecipeGroup group) {
        if (group.getRecipes().isEmpty()) {
            problems.warning(group, "has no recipes");
        }
        for (Recipe recipe : group.getRecipes()) {
            checkRecipe(recipe);
        }
    }

    void checkArchive(Archive archive) {
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
            } else {
                checkPeriodAgainstPollRates(archive);
            }
        }
        case ON_CHANGE -> {
            if (archive.getDeadband() < 0) {
                problems.error(archive, "deadband " + archive.getDeadband() + " is negative");
            } else {
                checkDeadbandAgainstRanges(archive);
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

    /**
     * A cyclic archive faster than a variable's poll rate stores the same polled value several times; the history
     * looks finer than it is. Reported once per archive, naming the slowest variable.
     */
    private void checkPeriodAgainstPollRates(Archive archive) {
        Variable slowest = null;
        int slower = 0;
        for (Variable variable : archive.getVariables()) {
            if (variable != null && variable.getRateMs() > archive.getPeriodMs()) {
                slower++;
                if (slowest == null || variable.getRateMs() > slowest.getRateMs()) {
                    slowest = variable;
                }
            }
        }
        if (slowest != null) {
            problems.warning(archive, "records every " + archive.getPeriodMs() + " ms, but " + slower + " of its variables are polled"
                    + " less often (e.g. '" + slowest.getName() + "' every " + slowest.getRateMs()
                    + " ms): it repeats their last polled value instead of recording new ones");
        }
    }

    /** An on-change deadband as wide as a variable's whole range means the archive never records a change of it. */
    private void checkDeadbandAgainstRanges(Archive archive) {
        for (Variable variable : archive.getVariables()) {
            if (variable != null && ValueSyntax.isNumeric(variable) && ValueSyntax.hasRange(variable)
                    && archive.getDeadband() >= variable.getRangeMax() - variable.getRangeMin()) {
                problems.warning(archive, "deadband " + archive.getDeadband() + " is as wide as the whole range of '" + variable.getName()
                        + "' (" + variable.getRangeMin() + " .. " + variable.getRangeMax() + "): no change of it is ever recorded");
                return;
            }
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
