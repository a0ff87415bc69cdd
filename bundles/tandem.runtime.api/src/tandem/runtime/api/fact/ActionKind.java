package tandem.runtime.api.fact;

/** What an operator did. */
public enum ActionKind {
	LOGIN, LOGOUT, ACKNOWLEDGE, WRITE, RECIPE_DOWNLOAD
}
