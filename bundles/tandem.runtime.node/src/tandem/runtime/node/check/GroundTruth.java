package tandem.runtime.node.check;

import java.util.LinkedHashMap;
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
 * window: {@code ceil(kP / R) * R} for each window {@code k}. On-change and event archives depend on the sequence
 * of values and are not covered here.
 */
final class GroundTruth {

	private final Map<String, Map<Long, Double>> expected = new LinkedHashMap<>();

	GroundTruth(RuntimeConfiguration configuration, long from, long to) {
		SimulatorDriver plant = new SimulatorDriver(
				new DriverConfiguration("ground-truth", new SimulatorDriverFactory().kind(), configuration.seed(), false,
						Map.of()));
		Map<String, VariableDefinition> variables = configuration.variablesByName();
		for (ArchiveDefinition archive : configuration.archives()) {
			if (archive.mode() != ArchiveDefinition.Mode.CYCLIC) {
				continue;
			}
			for (String name : archive.variables()) {
				VariableDefinition variable = variables.get(name);
				if (variable != null && isSimulated(configuration, variable)) {
					expected.computeIfAbsent(name, n -> new TreeMap<>())
							.putAll(samples(plant, variable.tag(), archive.periodMillis(), from, to));
				}
			}
		}
	}

	private static boolean isSimulated(RuntimeConfiguration configuration, VariableDefinition variable) {
		String simulator = new SimulatorDriverFactory().kind();
		return configuration.drivers().stream()
				.anyMatch(d -> d.name().equals(variable.driver()) && simulator.equals(d.kind()));
	}

	private static Map<Long, Double> samples(SimulatorDriver plant, DriverTag tag, long period, long from, long to) {
		Map<Long, Double> result = new TreeMap<>();
		long rate = tag.rateMillis();
		for (long window = Math.floorDiv(from, period); window * period <= to; window++) {
			long slot = Math.floorDiv(window * period + rate - 1, rate) * rate;
			if (slot < (window + 1) * period && slot >= from && slot <= to) {
				result.put(slot, new Value(plant.valueAt(tag, slot), tandem.runtime.api.Quality.GOOD, slot).asDouble());
			}
		}
		return result;
	}

	/** Expected samples by variable, each by source time with its value. */
	Map<String, Map<Long, Double>> samples() {
		return expected;
	}

	long count() {
		return expected.values().stream().mapToLong(Map::size).sum();
	}
}
