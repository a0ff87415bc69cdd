package tandem.runtime.api.client;

/** How an operator station is connected to the plant, as the status bar shows it. */
public enum ConnectionState {
	/** Looking for a server; no values yet. */
	CONNECTING,
	/** A server serves this station; values are live. */
	CONNECTED,
	/** The server was lost and a new one is taking over; values shown are the last known ones. */
	SWITCHING,
	/** The server serves but has no quorum: values are live, writes to the field are refused. */
	DEGRADED,
	/** No server is reachable. */
	DISCONNECTED
}
