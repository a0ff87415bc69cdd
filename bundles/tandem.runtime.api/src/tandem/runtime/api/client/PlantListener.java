package tandem.runtime.api.client;

import java.util.List;
import java.util.Map;

import tandem.runtime.api.Value;

/**
 * Receives what changes at an operator station. Called on a connection thread: a UI hands the calls over to
 * its own thread.
 */
public interface PlantListener {

	default void serverChanged(ServerInfo server) {
	}

	/** Changed values by variable name. */
	default void valuesChanged(Map<String, Value> changed) {
	}

	/** The full list of active alarms after a change, most urgent first. */
	default void alarmsChanged(List<AlarmState> active) {
	}

	/** The alarms shelved or out of service after a change (see {@link AlarmShelving}). */
	default void shelvingChanged(List<AlarmShelving> shelved) {
	}
}
