package tandem.model.validation;

/**
 * One finding of the validation: how bad, which element (path such as
 * {@code Project 'x' / Screen 'Overview' / NumericDisplay 'level1'}) and what is wrong, in the engineer's words.
 */
public record Problem(Severity severity, String elementPath, String message) {

    @Override
    public String toString() {
        return severity + " " + elementPath + ": " + message;
    }
}
