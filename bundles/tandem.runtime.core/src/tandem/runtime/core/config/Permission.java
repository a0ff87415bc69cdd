package tandem.runtime.core.config;

/** What a role allows; names match the model's permissions. */
public enum Permission {
	VIEW, ACKNOWLEDGE_ALARMS, WRITE_VARIABLES, DOWNLOAD_RECIPES, MANAGE_USERS, DEPLOY_PROJECTS, SHELVE_ALARMS,
	REMOVE_ALARMS_FROM_SERVICE, EDIT_RECIPES
}
