package tandem.runtime.driver.sim;

import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverFactory;

/** Factory of the {@code "sim"} driver kind: a replay plant, or with {@link #liveDevice()} a live device. */
public final class SimulatorDriverFactory implements DriverFactory {

	public static final String KIND = "sim";

	private final boolean liveDevice;

	/** Replay plants (see {@link SimulatorDriver}). */
	public SimulatorDriverFactory() {
		this(false);
	}

	private SimulatorDriverFactory(boolean liveDevice) {
		this.liveDevice = liveDevice;
	}

	/** Live devices on the wall clock: a poll returns the current slot only, a missed slot stays missed. */
	public static SimulatorDriverFactory liveDevice() {
		return new SimulatorDriverFactory(true);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Driver create(DriverConfiguration configuration) {
		return liveDevice ? SimulatorDriver.liveDevice(configuration, System::currentTimeMillis)
				: new SimulatorDriver(configuration);
	}
}
