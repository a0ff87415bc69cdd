/**
 * A deterministic virtual plant: {@link tandem.runtime.driver.sim.SimulatorDriverFactory} (kind {@code "sim"}).
 * Every value is a pure function of (project seed, variable name, poll slot), so two nodes polling their own
 * simulator record identical facts with identical source timestamps.
 */
package tandem.runtime.driver.sim;
