/**
 * What an operator station sees of the plant, independent of how it is connected: the serving node and the
 * connection state, live values, active alarms, and operator actions that are confirmed only once the standby
 * holds them. The cluster layer implements it; the SWT operator client and tests use it.
 */
package tandem.runtime.api.client;
