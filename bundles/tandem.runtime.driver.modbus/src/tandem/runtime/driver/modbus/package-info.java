/**
 * Modbus TCP driver, kind {@code modbus-tcp} ({@link tandem.runtime.driver.modbus.ModbusDriverFactory}), on the
 * digitalpetri modbus library. Address syntax: {@link tandem.runtime.driver.modbus.ModbusAddress}; device settings:
 * {@link tandem.runtime.driver.modbus.DeviceSettings}.
 */
package tandem.runtime.driver.modbus;
