package tandem.runtime.api.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tandem.runtime.api.Value;

/**
 * An operator station's connection to whichever node serves the plant. It finds the server by itself,
 * follows a failover or a planned switch without the operator doing anything, and resends unconfirmed
 * actions with their original ids so none is lost or applied twice.
 */
public interface PlantConnection extends AutoCloseable {

	void addListener(PlantListener listener);

	void removeListener(PlantListener listener);

	ServerInfo server();

	/** The last known value of every variable the server has published. */
	Map<String, Value> values();

	/** Active alarms, most urgent first. */
	List<AlarmState> activeAlarms();

	/** Logs a user in on the server; completes REFUSED for a wrong user name or password. */
	CompletableFuture<ActionResult> login(String user, char[] password);

	CompletableFuture<ActionResult> logout();

	CompletableFuture<ActionResult> write(String variable, Object value);

	CompletableFuture<ActionResult> acknowledge(String occurrenceKey);

	CompletableFuture<ActionResult> downloadRecipe(String recipe);

	/** The alarms shelved or out of service, as the server last published them. */
	default List<AlarmShelving> shelving() {
		return List.of();
	}

	/**
	 * Shelves an alarm (one-shot or timed, {@code minutes} within its class's maximum) or takes it out of service
	 * ({@code minutes} ignored); the server checks the permission (SHELVE_ALARMS, REMOVE_ALARMS_FROM_SERVICE), the
	 * maximum and that a reason is given.
	 */
	default CompletableFuture<ActionResult> shelve(String alarm, AlarmShelving.Mode mode, int minutes, String reason) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("this connection cannot shelve"));
	}

	/** Unshelves a shelved alarm, or returns one that is out of service to service. */
	default CompletableFuture<ActionResult> unshelve(String alarm) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("this connection cannot unshelve"));
	}

	/**
	 * Changes a recipe's values on the running system (EDIT_RECIPES): {@code values} maps a variable of the recipe
	 * to its new value text. The server applies it as the next project version, so every node holds it and an
	 * engineer's later deploy sees it as runtime data; the outcome comes once that version is active.
	 */
	default CompletableFuture<ActionResult> editRecipe(String recipe, java.util.Map<String, String> values) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("this connection cannot edit recipes"));
	}

	/**
	 * Sets a user's password on the running system: the logged-in user's own with its {@code current} password, or
	 * another user's with MANAGE_USERS ({@code current} then ignored). Applied like a recipe edit.
	 */
	default CompletableFuture<ActionResult> changePassword(String user, char[] current, char[] password) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException(
				"this connection cannot change passwords"));
	}

	/** The recorded past (trends, CEL, alarm history), when this connection can ask for it. */
	default java.util.Optional<tandem.runtime.api.history.PlantHistory> history() {
		return java.util.Optional.empty();
	}

	/** The logged-in user, empty when nobody is logged in. */
	String user();

	@Override
	void close();
}
