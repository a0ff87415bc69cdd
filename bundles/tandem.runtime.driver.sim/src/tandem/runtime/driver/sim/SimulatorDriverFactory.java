package tandem.runtime.driver.sim;

import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverFactory;

/** Factory of the {@code "sim"} driver kind. */
public final class SimulatorDriverFactory implements DriverFactory {

	public static final String KIND = "sim";

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Driver create(DriverConfiguration configuration) {
		return new SimulatorDriver(configuration);
	}
}
