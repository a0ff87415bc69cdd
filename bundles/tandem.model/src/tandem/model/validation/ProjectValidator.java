package tandem.model.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.model.Project;

/**
 * Checks a whole project and reports every problem an engineer should be told before deploying it. Plain code
 * rather than an EMF EValidator: rules need the whole project (unique names, topology, bindings), and the result
 * must read like the engineer's words, with the element path. The rules run in groups ({@link ValidationScope});
 * an editor re-runs only the groups a change can affect and keeps the others' problems.
 */
public class ProjectValidator {

    public ValidationResult validate(Project project) {
        return validate(project, null, ValidationScope.ALL);
    }

    /**
     * The problems of project after a change that can only affect scopes: those are checked again, the problems
     * of every other scope are taken from previous (the result of the last run on the same project). Without a
     * previous result every scope runs.
     */
    public ValidationResult validate(Project project, ValidationResult previous, Set<ValidationScope> scopes) {
        Map<ValidationScope, List<Problem>> byScope = new EnumMap<>(ValidationScope.class);
        for (ValidationScope scope : ValidationScope.values()) {
            if (previous == null || previous.byScope().isEmpty() || scopes.contains(scope)) {
                Problems problems = new Problems(project);
                run(scope, problems);
                byScope.put(scope, problems.result().problems());
            } else {
                byScope.put(scope, previous.byScope().getOrDefault(scope, List.of()));
            }
        }
        return ValidationResult.of(byScope);
    }

    private static void run(ValidationScope scope, Problems problems) {
        Project project = problems.project();
        switch (scope) {
        case PROJECT -> {
            if (project.getName() == null || project.getName().isBlank()) {
                problems.error(project, "the project has no name");
            }
            if (project.getVersion() < 1) {
                problems.error(project, "version must be 1 or higher, is " + project.getVersion());
            }
        }
        case NAMES -> new NameRules(problems).check();
        case COLORS -> new ColorRules(problems).check();
        case VARIABLES -> new VariableRules(problems).check();
        case ALARMS -> new AlarmRules(problems).check();
        case ARCHIVES_AND_RECIPES -> new ArchiveAndRecipeRules(problems).check();
        case USERS -> new UserRules(problems).check();
        case SCREENS -> new ScreenRules(problems).check();
        case TOPOLOGY -> new TopologyRules(problems).check();
        default -> throw new IllegalStateException("unknown validation scope " + scope);
        }
    }

    static List<Problem> ordered(Map<ValidationScope, List<Problem>> byScope) {
        List<Problem> all = new ArrayList<>();
        byScope.values().forEach(list -> list.stream().filter(p -> p.severity() == Severity.ERROR).forEach(all::add));
        byScope.values().forEach(list -> list.stream().filter(p -> p.severity() == Severity.WARNING).forEach(all::add));
        return all;
    }
}
