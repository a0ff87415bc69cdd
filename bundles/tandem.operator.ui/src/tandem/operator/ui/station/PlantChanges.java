package tandem.operator.ui.station;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import tandem.runtime.api.Value;
import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.client.PlantListener;
import tandem.runtime.api.client.ServerInfo;

/**
 * Hands what the connection reports on its own threads over to the UI thread. Changes pile up here and the UI takes
 * them in one batch, so a burst of thousands of value changes costs one repaint, and the connection thread never
 * waits for the UI (a frozen window must not slow the plant connection down).
 */
public final class PlantChanges implements PlantListener {

	/**
	 * What changed since the last batch.
	 *
	 * @param server new server info, null if unchanged
	 * @param values changed values by variable
	 * @param alarms the full active list, null if unchanged
	 * @param shelving the shelved and out-of-service alarms, null if unchanged
	 */
	public record Batch(ServerInfo server, Map<String, Value> values, List<AlarmState> alarms,
			List<AlarmShelving> shelving) {

		public boolean isEmpty() {
			return server == null && values.isEmpty() && alarms == null && shelving == null;
		}
	}

	private final Runnable wakeUp;
	private final AtomicBoolean scheduled = new AtomicBoolean();
	private ServerInfo server;
	private Map<String, Value> values = new HashMap<>();
	private List<AlarmState> alarms;
	private List<AlarmShelving> shelving;

	/** @param wakeUp asks the UI thread to call {@link #take()} soon (e.g. {@code display.asyncExec}) */
	public PlantChanges(Runnable wakeUp) {
		this.wakeUp = wakeUp;
	}

	@Override
	public void serverChanged(ServerInfo info) {
		synchronized (this) {
			server = info;
		}
		schedule();
	}

	@Override
	public void valuesChanged(Map<String, Value> changed) {
		synchronized (this) {
			values.putAll(changed);
		}
		schedule();
	}

	@Override
	public void alarmsChanged(List<AlarmState> active) {
		synchronized (this) {
			alarms = List.copyOf(active);
		}
		schedule();
	}

	@Override
	public void shelvingChanged(List<AlarmShelving> shelved) {
		synchronized (this) {
			shelving = List.copyOf(shelved);
		}
		schedule();
	}

	private void schedule() {
		if (scheduled.compareAndSet(false, true)) {
			wakeUp.run();
		}
	}

	/** Takes everything that changed; called on the UI thread. */
	public Batch take() {
		scheduled.set(false);
		synchronized (this) {
			Batch batch = new Batch(server, values, alarms, shelving);
			server = null;
			values = new HashMap<>();
			alarms = null;
			shelving = null;
			return batch;
		}
	}
}
