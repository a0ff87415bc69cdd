package tandem.hmi;

import java.util.List;
import java.util.Map;

import tandem.runtime.api.Value;
import tandem.runtime.api.client.AlarmState;

/**
 * What a station knows of the plant at one moment: the last value of each variable, the active alarms, whether
 * the values are live (a server serves the station) and the recent history the station has seen itself.
 *
 * @param values  last known value by variable name
 * @param alarms  active alarms, most urgent first
 * @param live    false while no server serves the station: every value shown is then {@link ShownQuality#STALE}
 * @param trends  values the station has received, for trend elements
 * @param events  what the station saw happen (alarms, switches, its own actions), newest first, for event lists
 */
public record PlantSnapshot(Map<String, Value> values, List<AlarmState> alarms, boolean live, TrendHistory trends,
		List<StationEvent> events) {

	public PlantSnapshot {
		values = Map.copyOf(values);
		alarms = List.copyOf(alarms);
		events = List.copyOf(events);
	}

	public static PlantSnapshot of(Map<String, Value> values, boolean live) {
		return new PlantSnapshot(values, List.of(), live, new TrendHistory(), List.of());
	}

	/** One thing that happened, as an event list shows it. */
	public record StationEvent(long time, String text) {
	}
}
