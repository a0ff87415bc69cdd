package tandem.runtime.driver.modbus;

import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverFactory;

/** Factory of the {@code "modbus-tcp"} driver kind. */
public final class ModbusDriverFactory implements DriverFactory {

	public static final String KIND = "modbus-tcp";

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Driver create(DriverConfiguration configuration) throws DriverException {
		try {
			return new ModbusDriver(configuration);
		} catch (IllegalArgumentException e) {
			throw new DriverException(e.getMessage(), e);
		}
	}
}
