package tandem.operator.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import tandem.runtime.api.Value;
import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.client.PlantConnection;
import tandem.runtime.api.client.PlantListener;
import tandem.runtime.api.client.ServerInfo;

/**
 * PLACEHOLDER connection used while this build has no cluster client: it never connects, so the window shows
 * DISCONNECTED and every action is refused with the reason. It exists so the operator window can start and say
 * honestly that it has no plant behind it.
 */
final class UnconnectedPlant implements PlantConnection {

	static final String REASON = "this build has no cluster client (bundle tandem.runtime.redundancy)";

	@Override
	public void addListener(PlantListener listener) {
		// never connects, so never reports a change
	}

	@Override
	public void removeListener(PlantListener listener) {
		// nothing registered
	}

	@Override
	public ServerInfo server() {
		return ServerInfo.none(tandem.runtime.api.client.ConnectionState.DISCONNECTED);
	}

	@Override
	public Map<String, Value> values() {
		return Map.of();
	}

	@Override
	public List<AlarmState> activeAlarms() {
		return List.of();
	}

	private static CompletableFuture<ActionResult> refused() {
		return CompletableFuture.completedFuture(
				new ActionResult(UUID.randomUUID().toString(), ActionResult.Outcome.REFUSED, REASON));
	}

	@Override
	public CompletableFuture<ActionResult> login(String user, char[] password) {
		return refused();
	}

	@Override
	public CompletableFuture<ActionResult> logout() {
		return refused();
	}

	@Override
	public CompletableFuture<ActionResult> write(String variable, Object value) {
		return refused();
	}

	@Override
	public CompletableFuture<ActionResult> acknowledge(String occurrenceKey) {
		return refused();
	}

	@Override
	public CompletableFuture<ActionResult> downloadRecipe(String recipe) {
		return refused();
	}

	@Override
	public String user() {
		return "";
	}

	@Override
	public void close() {
		// nothing open
	}
}
