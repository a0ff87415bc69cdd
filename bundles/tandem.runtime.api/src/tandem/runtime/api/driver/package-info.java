/**
 * Driver SPI. A {@link tandem.runtime.api.driver.DriverFactory} per driver kind ("sim", later "opcua",
 * "modbus-tcp") creates {@link tandem.runtime.api.driver.Driver}s; the runtime core polls them at each variable's
 * rate and never knows the protocol. New protocols are added in their own bundle without touching the core.
 */
package tandem.runtime.api.driver;
