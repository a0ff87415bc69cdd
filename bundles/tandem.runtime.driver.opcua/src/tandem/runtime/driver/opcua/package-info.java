/**
 * OPC UA client driver, kind {@code opcua} ({@link tandem.runtime.driver.opcua.OpcUaDriverFactory}), on Eclipse
 * Milo 1.1; {@link tandem.runtime.driver.opcua.AddressSpaceBrowser} lists a server's variables for the studio.
 */
package tandem.runtime.driver.opcua;
