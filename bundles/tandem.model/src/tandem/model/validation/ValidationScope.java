package tandem.model.validation;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.model.Alarm;
import tandem.model.AlarmClass;
import tandem.model.Archive;
import tandem.model.CelSettings;
import tandem.model.ColorRange;
import tandem.model.DynamicBinding;
import tandem.model.Driver;
import tandem.model.LimitDefinition;
import tandem.model.Node;
import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.RecipeValue;
import tandem.model.Role;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.TandemPackage.Literals;
import tandem.model.Topology;
import tandem.model.User;
import tandem.model.Variable;

/**
 * The groups of rules validation runs, and which of them a change of one attribute or reference can affect. An
 * editor that knows what a command changed re-runs only those groups ({@link ProjectValidator#validate(Project,
 * ValidationResult, Set)}): a limit value touches the alarm rules only, a variable's rate the variable and archive
 * rules. A name can appear in any message, and a list that gains or loses elements can affect anything, so both
 * re-run everything.
 */
public enum ValidationScope {
    PROJECT, NAMES, COLORS, VARIABLES, ALARMS, ARCHIVES_AND_RECIPES, USERS, SCREENS, TOPOLOGY;

    public static final Set<ValidationScope> ALL = Set.copyOf(EnumSet.allOf(ValidationScope.class));

    /** The scopes whose problems may change when feature of owner is set to another value. */
    public static Set<ValidationScope> affectedBy(EObject owner, EStructuralFeature feature) {
        if (feature == Literals.NAMED_ELEMENT__NAME || feature instanceof org.eclipse.emf.ecore.EReference r && r.isContainment()) {
            return ALL;
        }
        if (owner instanceof Variable) {
            return variable(feature);
        }
        if (owner instanceof LimitDefinition || owner instanceof Alarm || owner instanceof CelSettings) {
            return EnumSet.of(ALARMS);
        }
        if (owner instanceof AlarmClass) {
            return EnumSet.of(ALARMS, COLORS);
        }
        if (owner instanceof Archive || owner instanceof RecipeGroup || owner instanceof Recipe || owner instanceof RecipeValue) {
            return EnumSet.of(ARCHIVES_AND_RECIPES);
        }
        if (owner instanceof User || owner instanceof Role) {
            return EnumSet.of(USERS);
        }
        if (owner instanceof Topology || owner instanceof Node) {
            return EnumSet.of(TOPOLOGY);
        }
        if (owner instanceof Screen || owner instanceof ScreenElement || owner instanceof DynamicBinding || owner instanceof ColorRange) {
            return EnumSet.of(SCREENS, COLORS);
        }
        if (owner instanceof Driver) {
            return EnumSet.of(VARIABLES);
        }
        if (owner instanceof Project) {
            return EnumSet.of(PROJECT);
        }
        return ALL;
    }

    private static Set<ValidationScope> variable(EStructuralFeature feature) {
        if (feature == Literals.VARIABLE__DATA_TYPE || feature == Literals.VARIABLE__RANGE_MIN || feature == Literals.VARIABLE__RANGE_MAX) {
            return EnumSet.of(VARIABLES, ALARMS, ARCHIVES_AND_RECIPES, SCREENS);
        }
        if (feature == Literals.VARIABLE__WRITABLE) {
            return EnumSet.of(VARIABLES, ARCHIVES_AND_RECIPES, USERS, SCREENS);
        }
        if (feature == Literals.VARIABLE__RATE_MS) {
            return EnumSet.of(VARIABLES, ARCHIVES_AND_RECIPES);
        }
        if (feature == Literals.VARIABLE__UNIT) {
            return EnumSet.of(VARIABLES, SCREENS);
        }
        if (feature == Literals.VARIABLE__ADDRESS || feature == Literals.VARIABLE__DRIVER || feature == Literals.VARIABLE__INITIAL_VALUE
                || feature == Literals.VARIABLE__DESCRIPTION) {
            return EnumSet.of(VARIABLES);
        }
        return ALL;
    }
}
