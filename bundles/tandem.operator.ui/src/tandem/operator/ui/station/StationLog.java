package tandem.operator.ui.station;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.hmi.PlantSnapshot.StationEvent;
import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.client.ServerInfo;

/**
 * What this station saw happen, newest first, for the screens' event lists: alarms raised, acknowledged and
 * gone, the serving node changing, and the answers to this station's own actions. The server's chronological
 * event list is the record; this is what the operator watched happen since the client started.
 */
public final class StationLog {

	private static final int KEPT = 200;

	private final Deque<StationEvent> events = new ArrayDeque<>();
	private final Map<String, AlarmState> known = new HashMap<>();
	private String serving = "";

	public void alarms(List<AlarmState> active, long now) {
		Map<String, AlarmState> next = new HashMap<>();
		for (AlarmState a : active) {
			next.put(a.occurrenceKey(), a);
			AlarmState before = known.get(a.occurrenceKey());
			if (before == null) {
				add(now, "Alarm " + (a.cleared() ? "came and went" : "raised") + ": " + a.text());
			} else if (!before.acknowledged() && a.acknowledged()) {
				add(now, "Alarm acknowledged: " + a.text());
			} else if (!before.cleared() && a.cleared()) {
				add(now, "Alarm condition gone: " + a.text());
			}
		}
		for (AlarmState gone : known.values()) {
			if (!next.containsKey(gone.occurrenceKey())) {
				add(now, "Alarm ended: " + gone.text());
			}
		}
		known.clear();
		known.putAll(next);
	}

	public void server(ServerInfo info, long now) {
		String text = info.serves() ? "Server " + info.node() + " serves (epoch " + info.epoch() + ", " + info.state() + ")"
				: "No server serves this station (" + info.state() + ")";
		if (!text.equals(serving)) {
			serving = text;
			add(now, text);
		}
	}

	public void action(String text, long now) {
		add(now, text);
	}

	public List<StationEvent> events() {
		return List.copyOf(events);
	}

	private void add(long now, String text) {
		events.addFirst(new StationEvent(now, text));
		while (events.size() > KEPT) {
			events.removeLast();
		}
	}
}
