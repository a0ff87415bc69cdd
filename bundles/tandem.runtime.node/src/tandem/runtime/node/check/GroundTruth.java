package tandem.runtime.node.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.driver.sim.SimulatorDriver;
import tandem.runtime.driver.sim.SimulatorDriverFactory;

/**
 * Every archive sample the simulated plant must have produced in a time window, derived only from the project
 * definition and the plant function — not from any node's recording code — so it can judge the nodes.
 *
 * <p>A cyclic archive with period P records, per variable polled at rate R, the first poll slot of every period
 * window: {@code ceil(kP / R) * R} for each window {@code k}. On-change archives are judged by {@link OnChangeCheck},
 * alarms by {@link AlarmTruth}; event archives are not judged.
 */
final class GroundTruth {

	/** One archived variable: its simulator tag and the period of the cyclic archive that records it. */
	private record Archived(String variable, DriverTag tag, long period) {
	}

	private final SimulatorDriver plant;
	private final List<Archived> archived = new ArrayList<>();
	private final long count;

	GroundTruth(RuntimeConfiguration configuration, long from, long to) {
		plant = new SimulatorDriver(new DriverConfiguration("ground-truth", new SimulatorDriverFactory().kind(),
				configuration.seed(), false, Map.of()));
		Map<String, VariableDefinition> variables = configuration.variablesByName();
		for (ArchiveDefinition archive : configuration.archives()) {
			if (archive.mode() != ArchiveDefinition.Mode.CYCLIC) {
				continue;
			}
			for (String name : archive.variables()) {
				VariableDefinition variable = variables.get(name);
				if (variable != null && isSimulated(configuration, variable)) {
					archived.add(new Archived(name, variable.tag(), archive.periodMillis()));
				}
			}
		}
		long n = 0;
		for (Archived a : archived) {
			n += slots(a, from, to).length;
		}
		count = n;
	}

	static boolean isSimulated(RuntimeConfiguration configuration, VariableDefinition variable) {
		String simulator = new SimulatorDriverFactory().kind();
		return configuration.drivers().stream()
				.anyMatch(d -> d.name().equals(variable.driver()) && simulator.equals(d.kind()));
	}

	/** The source times the archive records for a variable with {@code from <= time <= to}. */
	private static long[] slots(Archived a, long from, long to) {
		long rate = a.tag().rateMillis();
		long[] out = new long[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, (to - from) / a.period() + 2))];
		int n = 0;
		for (long window = Math.floorDiv(from, a.period()); window * a.period() <= to; window++) {
			long slot = Math.floorDiv(window * a.period() + rate - 1, rate) * rate;
			if (slot < (window + 1) * a.period() && slot >= from && slot <= to) {
				out[n++] = slot;
			}
		}
		return java.util.Arrays.copyOf(out, n);
	}

	/**
	 * Expected samples with {@code from <= time <= to}, by variable, each by source time with its value. Asked a
	 * slice at a time, so a long window never has to fit in memory.
	 */
	Map<String, Map<Long, Double>> samples(long from, long to) {
		Map<String, Map<Long, Double>> out = new LinkedHashMap<>();
		for (Archived a : archived) {
			Map<Long, Double> values = out.computeIfAbsent(a.variable(), v -> new TreeMap<>());
			for (long slot : slots(a, from, to)) {
				values.put(slot, new Value(plant.valueAt(a.tag(), slot), tandem.runtime.api.Quality.GOOD, slot).asDouble());
			}
		}
		return out;
	}

	/** The plant the truth is computed from (a replay plant: it answers for any slot). */
	SimulatorDriver plant() {
		return plant;
	}

	/** Archived variables checked. */
	long variables() {
		return archived.stream().map(Archived::variable).distinct().count();
	}

	/** Expected samples in the whole window. */
	long count() {
		return count;
	}
}
