package tandem.model.validation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The groups of rules validation runs, in the order their problems are reported ({@link ValidationResult#byScope}).
 * Each group is made of rule blocks ({@link Rules#BLOCKS}), the unit {@link IncrementalValidator} re-runs.
 */
public enum ValidationScope {
    PROJECT, NAMES, COLORS, VARIABLES, ALARMS, ARCHIVES_AND_RECIPES, USERS, SCREENS, TOPOLOGY;

    public static final Set<ValidationScope> ALL = Set.copyOf(EnumSet.allOf(ValidationScope.class));
}
