/**
 * The node's event log: every fact gets its {@code (epoch, seq)} here, goes to the history and to
 * {@link tandem.runtime.api.fact.FactListener}s (replication hooks in). {@link tandem.runtime.core.log.EventLog#apply}
 * is the idempotent entry point for facts replicated from the server.
 */
package tandem.runtime.core.log;
