package tandem.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tandem.model.Project;

/**
 * Checks a whole project and reports every problem an engineer should be told before deploying it. Plain code
 * rather than an EMF EValidator: rules need the whole project (unique names, topology, bindings), and the result
 * must read like the engineer's words, with the element path. The rules run in blocks ({@link Rules#BLOCKS});
 * an editor keeps an {@link IncrementalValidator}, which re-checks only what a change can affect and reports the
 * same.
 */
public class ProjectValidator {

    public ValidationResult validate(Project project) {
        return IncrementalValidator.once(project);
    }

    static List<Problem> ordered(Map<ValidationScope, List<Problem>> byScope) {
        List<Problem> all = new ArrayList<>();
        byScope.values().forEach(list -> list.stream().filter(p -> p.severity() == Severity.ERROR).forEach(all::add));
        byScope.values().forEach(list -> list.stream().filter(p -> p.severity() == Severity.WARNING).forEach(all::add));
        return all;
    }
}
