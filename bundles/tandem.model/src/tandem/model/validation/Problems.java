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

    private EObject standIn;
    private String standInPrefix;

    void error(EObject element, String message) {
        errors.add(standIn != null ? new Problem(Severity.ERROR, ElementPath.of(standIn), standInPrefix + message)
                : new Problem(Severity.ERROR, ElementPath.of(element), message));
    }

    void warning(EObject element, String message) {
        warnings.add(standIn != null ? new Problem(Severity.WARNING, ElementPath.of(standIn), standInPrefix + message)
                : new Problem(Severity.WARNING, ElementPath.of(element), message));
    }

    /**
     * Runs rules over elements that are not part of the project (a symbol instance's expansion) and reports what
     * they find on element instead, each message starting with prefix, e.g. "symbol 'Pump', element 'body': ".
     */
    void reportingOn(EObject element, String prefix, Runnable rules) {
        EObject before = standIn;
        String beforePrefix = standInPrefix;
        standIn = element;
        standInPrefix = prefix;
        try {
            rules.run();
        } finally {
            standIn = before;
            standInPrefix = beforePrefix;
        }
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
