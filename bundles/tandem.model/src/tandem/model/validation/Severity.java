package tandem.model.validation;

/** ERROR: the project cannot be deployed. WARNING: it can, but an engineer should look at it. */
public enum Severity {
    ERROR, WARNING
}
