package tandem.operator.ui.station;

import tandem.hmi.Tone;

import tandem.runtime.api.client.ConnectionState;
import tandem.runtime.api.client.ServerInfo;

/**
 * The status bar's statement about the connection: which node serves, with which epoch, and whether the picture is
 * live. Only CONNECTED and DEGRADED deliver live values (DEGRADED: the server has no quorum and refuses writes);
 * in every other state the values on screen are the last known ones and are shown as stale.
 *
 * @param state   the state word, e.g. {@code CONNECTED}
 * @param server  e.g. {@code Server alpha · epoch 3}, or what the station is doing when none serves
 * @param meaning one sentence for the operator
 * @param tone    green, amber or red
 * @param live    whether values on screen are current
 * @param writable whether writes, acknowledgements and recipe downloads can be sent
 */
public record ConnectionBadge(String state, String server, String meaning, Tone tone, boolean live,
		boolean writable) {

	public static ConnectionBadge of(ServerInfo info) {
		ConnectionState state = info == null ? ConnectionState.DISCONNECTED : info.state();
		String server = info == null || info.node().isEmpty() ? "no server"
				: "Server " + info.node() + " · epoch " + info.epoch();
		return switch (state) {
		case CONNECTED -> new ConnectionBadge("CONNECTED", server, "Values are live", Tone.GOOD, true, true);
		case DEGRADED -> new ConnectionBadge("DEGRADED · read-only", server,
				"The server has no quorum: values are live, writes are refused", Tone.WARNING, true, false);
		case SWITCHING -> new ConnectionBadge("SWITCHING", server,
				"Switching to another server: values are frozen at their last known state", Tone.WARNING, false,
				false);
		case CONNECTING -> new ConnectionBadge("CONNECTING", "looking for a server",
				"Not connected yet: no live values", Tone.ALARM, false, false);
		case DISCONNECTED -> new ConnectionBadge("DISCONNECTED", server,
				"No server reachable: values are frozen at their last known state", Tone.ALARM, false, false);
		};
	}
}
