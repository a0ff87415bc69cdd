package tandem.model.validation;

import java.util.List;
import java.util.Map;

/**
 * All problems of one project, errors first in model order, then warnings; byScope keeps them per rule group so
 * one can see which rule group reported what.
 */
public record ValidationResult(List<Problem> problems, Map<ValidationScope, List<Problem>> byScope) {

    public ValidationResult {
        problems = List.copyOf(problems);
        byScope = Map.copyOf(byScope);
    }

    public ValidationResult(List<Problem> problems) {
        this(problems, Map.of());
    }

    static ValidationResult of(Map<ValidationScope, List<Problem>> byScope) {
        return new ValidationResult(ProjectValidator.ordered(byScope), byScope);
    }

    /** True when there is no error (warnings allowed). */
    public boolean isValid() {
        return errors().isEmpty();
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }
}
