package tandem.runtime.api.client;

/**
 * The node that serves an operator station.
 *
 * @param node        node name from the project topology, empty when none serves
 * @param epoch       the server's epoch (increments with every promotion)
 * @param projectHash content hash of the project the server runs
 * @param state       connection state of this station
 */
public record ServerInfo(String node, long epoch, String projectHash, ConnectionState state) {

	public static ServerInfo none(ConnectionState state) {
		return new ServerInfo("", 0, "", state);
	}

	public boolean serves() {
		return !node.isEmpty() && (state == ConnectionState.CONNECTED || state == ConnectionState.DEGRADED);
	}
}
