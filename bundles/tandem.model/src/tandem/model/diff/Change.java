package tandem.model.diff;

/** One difference between two versions of a project, e.g. "Variable 'Tank1.Level': unit changed from 'm' to 'cm'". */
public record Change(Kind kind, String elementPath, String message) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    @Override
    public String toString() {
        return message;
    }
}
