package tandem.runtime.api.fact;

/**
 * What an operator did. New kinds are only ever appended: the wire and the history encode a kind by its position.
 * SHELVE to RETURN_TO_SERVICE are the alarm management actions of ISA-18.2 (target: {@code alarm:<definition>}).
 * RECIPE_EDIT and PASSWORD_CHANGE change runtime data: the server applies them as a new project version (target: the
 * recipe, the user), so every node holds them and a deploy shows where the engineer's model differs.
 */
public enum ActionKind {
	LOGIN, LOGOUT, ACKNOWLEDGE, WRITE, RECIPE_DOWNLOAD, SHELVE, UNSHELVE, REMOVE_FROM_SERVICE, RETURN_TO_SERVICE,
	RECIPE_EDIT, PASSWORD_CHANGE
}
