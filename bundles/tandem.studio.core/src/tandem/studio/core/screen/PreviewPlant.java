package tandem.studio.core.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.model.Project;
import tandem.model.Variable;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;
import tandem.runtime.driver.sim.SimulatorDriver;
import tandem.runtime.driver.sim.SimulatorDriverFactory;

/**
 * The plant a screen preview shows: the project's simulator drivers run inside the studio, read-only (no field
 * writes), with the project's seed, so the values are the ones a runtime node of the same project would poll at
 * the same moment. Variables of other drivers (OPC UA, Modbus) are not read: the preview leaves them at their
 * design values, as does a variable whose address the simulator cannot read (validation names it). Built once per preview; {@link #read} is cheap enough for a timer on the UI thread.
 */
public final class PreviewPlant implements AutoCloseable {

	private static final int DEFAULT_RATE_MS = 1000;

	private final Map<SimulatorDriver, List<DriverTag>> tags = new LinkedHashMap<>();

	public PreviewPlant(Project project) {
		Map<tandem.model.Driver, SimulatorDriver> drivers = new HashMap<>();
		for (Variable v : project.getVariables()) {
			if (!(v.getDriver() instanceof tandem.model.SimulatorDriver model) || v.getDataType() == null || v.getName() == null) {
				continue;
			}
			SimulatorDriver driver = drivers.computeIfAbsent(model, d -> {
				SimulatorDriver created = new SimulatorDriver(new DriverConfiguration(d.getName(), SimulatorDriverFactory.KIND,
						project.getSeed(), false, Map.of()));
				created.connect();
				return created;
			});
			int rate = v.getRateMs() > 0 ? v.getRateMs() : DEFAULT_RATE_MS;
			tags.computeIfAbsent(driver, d -> new ArrayList<>())
					.add(new DriverTag(v.getName(), v.getAddress(), rate, TagType.valueOf(v.getDataType().getName()), false));
		}
	}

	/** How many variables the preview simulates. */
	public int simulated() {
		return tags.values().stream().mapToInt(List::size).sum();
	}

	/** The simulated variables' values at time nowMs, by variable name. */
	public Map<String, Value> read(long nowMs) {
		Map<String, Value> values = new HashMap<>();
		for (Map.Entry<SimulatorDriver, List<DriverTag>> entry : tags.entrySet()) {
			for (DriverTag tag : entry.getValue()) {
				try {
					values.put(tag.variable(), entry.getKey().read(List.of(tag), nowMs).get(0));
				} catch (DriverException | IllegalArgumentException e) {
					// an address the simulator cannot read (validation reports it): the variable keeps its design value
				}
			}
		}
		return values;
	}

	@Override
	public void close() {
		tags.keySet().forEach(SimulatorDriver::close);
		tags.clear();
	}
}
