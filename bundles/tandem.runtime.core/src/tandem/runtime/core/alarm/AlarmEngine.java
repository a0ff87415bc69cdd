package tandem.runtime.core.alarm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tandem.runtime.api.Value;
import tandem.runtime.api.ValueListener;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.history.h2.AlarmRecord;

/**
 * Evaluates every alarm definition on each new value of its variable and emits the resulting transitions (to the
 * event log). Acknowledgement permission is checked by the operator layer before {@link #acknowledge} is called.
 */
public final class AlarmEngine implements ValueListener {

	private final Map<String, List<AlarmTracker>> byVariable = new HashMap<>();
	private final Map<String, AlarmTracker> byId = new LinkedHashMap<>();
	private final Consumer<AlarmTransition> sink;

	public AlarmEngine(List<AlarmDefinition> definitions, Consumer<AlarmTransition> sink) {
		this.sink = sink;
		for (AlarmDefinition d : definitions) {
			AlarmTracker t = new AlarmTracker(d);
			if (byId.put(d.id(), t) != null) {
				throw new IllegalArgumentException("alarm " + d.id() + " is defined twice");
			}
			byVariable.computeIfAbsent(d.variable(), v -> new ArrayList<>()).add(t);
		}
	}

	/** Continues the occurrences that were active when the node last stopped. */
	public synchronized void restore(List<AlarmRecord> active) {
		for (AlarmRecord r : active) {
			AlarmTracker t = byId.get(r.alarm());
			if (t != null) {
				t.restore(r.raiseTime(), r.ackTime() != null, r.clearTime() != null);
			}
		}
	}

	@Override
	public void valueChanged(String variable, Value value) {
		List<AlarmTracker> trackers = byVariable.get(variable);
		if (trackers == null) {
			return;
		}
		synchronized (this) {
			for (AlarmTracker t : trackers) {
				AlarmTransition transition = t.evaluate(value);
				if (transition != null) {
					sink.accept(transition);
				}
			}
		}
	}

	/**
	 * Acknowledges one occurrence.
	 *
	 * @return false when the occurrence is unknown or already acknowledged (a repeat is harmless)
	 */
	public synchronized boolean acknowledge(String alarm, long raiseTime, String user, long time) {
		AlarmTracker t = byId.get(alarm);
		AlarmTransition transition = t == null ? null : t.acknowledge(raiseTime, user, time);
		if (transition == null) {
			return false;
		}
		sink.accept(transition);
		return true;
	}

	/** The active list, highest priority first, then newest first. */
	public synchronized List<ActiveAlarm> active() {
		List<ActiveAlarm> out = new ArrayList<>();
		byId.values().forEach(t -> out.addAll(t.active()));
		out.sort(Comparator.comparingInt(ActiveAlarm::priority).reversed()
				.thenComparing(Comparator.comparingLong(ActiveAlarm::raiseTime).reversed()));
		return out;
	}
}
