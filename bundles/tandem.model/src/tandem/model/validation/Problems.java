package tandem.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import tandem.model.Project;
import tandem.model.Variable;
import tandem.model.naming.ElementPath;

/** Collects problems while the rules run; element paths are computed only for elements that have a problem. */
final class Problems {

    private final Project project;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    Problems(Project project) {
        this.project = project;
    }

    Project project() {
        return project;
    }

    void error(EObject element, String message) {
        errors.add(new Problem(Severity.ERROR, ElementPath.of(element), message));
    }

    void warning(EObject element, String message) {
        warnings.add(new Problem(Severity.WARNING, ElementPath.of(element), message));
    }

    /**
     * Checks that a reference to a variable is set and points into this project; reports and returns false otherwise.
     * what says which reference it is, e.g. "the displayed variable".
     */
    boolean variableExists(EObject owner, Variable variable, String what) {
        if (variable == null) {
            error(owner, what + " is not set");
            return false;
        }
        if (variable.eIsProxy() || variable.eContainer() != project) {
            error(owner, what + " refers to variable '" + variable.getName() + "', which is not part of the project");
            return false;
        }
        return true;
    }

    /** Where the problems found so far end; {@link #since} returns what was found after it. */
    long mark() {
        return (long) errors.size() << 32 | warnings.size();
    }

    /** The problems found since mark, or null when there are none. */
    Slice since(long mark) {
        int e = (int) (mark >>> 32);
        int w = (int) mark;
        if (errors.size() == e && warnings.size() == w) {
            return null;
        }
        return new Slice(List.copyOf(errors.subList(e, errors.size())), List.copyOf(warnings.subList(w, warnings.size())));
    }

    /** The errors and warnings one rule group found on one element. */
    record Slice(List<Problem> errors, List<Problem> warnings) {
    }

    ValidationResult result() {
        List<Problem> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return new ValidationResult(all);
    }
}
