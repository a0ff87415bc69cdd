package tandem.runtime.node.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.driver.sim.SimulatorDriver;

/**
 * Every alarm episode the simulated plant caused, per alarm definition, derived from the plant's value in every poll
 * slot of the alarm's variable and from the project's limits, written here again rather than taken from the alarm
 * engine (a checker that shared the engine's code would share its mistakes): a limit alarm is raised when the value
 * is past the limit for at least the delay (in source time, from the first slot past it) and cleared at the first
 * slot back past the limit by more than the hysteresis; a binary alarm is raised when the value equals its alarm
 * state. Evaluation starts {@link #WARM_UP_MS} before the window, so an episode that began before it is known.
 */
final class AlarmTruth {

	/** An episode: raise and clear source times; {@code clear} is -1 while it still holds at the window's end. */
	record Episode(String alarm, long raise, long clear) {
		boolean overlaps(long otherRaise, Long otherClear) {
			long end = clear < 0 ? Long.MAX_VALUE : clear;
			long otherEnd = otherClear == null ? Long.MAX_VALUE : otherClear;
			return raise < otherEnd && otherRaise < end;
		}
	}

	static final long WARM_UP_MS = 10 * 60_000;

	private final Map<String, List<Episode>> episodes = new LinkedHashMap<>();

	AlarmTruth(RuntimeConfiguration configuration, SimulatorDriver plant, long from, long to) {
		Map<String, VariableDefinition> variables = configuration.variablesByName();
		for (AlarmDefinition d : configuration.alarms()) {
			VariableDefinition v = variables.get(d.variable());
			if (v != null && GroundTruth.isSimulated(configuration, v)) {
				episodes.put(d.id(), derive(d, plant, v.tag(), from - WARM_UP_MS, to));
			}
		}
	}

	private static List<Episode> derive(AlarmDefinition d, SimulatorDriver plant, DriverTag tag, long from, long to) {
		long rate = tag.rateMillis();
		List<Episode> out = new ArrayList<>();
		Long pastSince = null;
		Long raised = null;
		for (long slot = Math.floorDiv(from, rate) * rate; slot <= to; slot += rate) {
			double x = new Value(plant.valueAt(tag, slot), Quality.GOOD, slot).asDouble();
			if (raised == null) {
				if (!past(d, x, 0)) {
					pastSince = null;
				} else {
					pastSince = pastSince == null ? slot : pastSince;
					if (slot - pastSince >= d.delayMillis()) {
						raised = slot;
					}
				}
			} else if (!past(d, x, d.hysteresis())) {
				out.add(new Episode(d.id(), raised, slot));
				raised = null;
				pastSince = null;
			}
		}
		if (raised != null) {
			out.add(new Episode(d.id(), raised, -1));
		}
		return out;
	}

	/** Whether {@code x} is past the alarm's limit, pulled back by {@code band} (the hysteresis once raised). */
	private static boolean past(AlarmDefinition d, double x, double band) {
		return switch (d.kind()) {
		case HIGH, HIGH_HIGH -> x > d.limit() - band;
		case LOW, LOW_LOW -> x < d.limit() + band;
		case BINARY -> (x != 0) == (d.limit() != 0);
		};
	}

	/** The alarm definitions judged (those on simulated variables). */
	Map<String, List<Episode>> episodes() {
		return episodes;
	}

	long count(long from, long to) {
		return episodes.values().stream().flatMap(List::stream).filter(e -> e.raise() >= from && e.raise() <= to)
				.count();
	}
}
