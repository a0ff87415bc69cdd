package tandem.runtime.api.fact;

/**
 * What an operator did. New kinds are only ever appended: the wire and the history encode a kind by its position.
 * SHELVE to RETURN_TO_SERVICE are the alarm management actions of ISA-18.2 (target: {@code alarm:<definition>}).
 */
public enum ActionKind {
	LOGIN, LOGOUT, ACKNOWLEDGE, WRITE, RECIPE_DOWNLOAD, SHELVE, UNSHELVE, REMOVE_FROM_SERVICE, RETURN_TO_SERVICE
}
