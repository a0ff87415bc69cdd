/**
 * The facts a node records, each with a natural key that is identical on every node that observes it (see the
 * redundancy contract): {@link tandem.runtime.api.fact.ArchiveSample} (variable, source time),
 * {@link tandem.runtime.api.fact.AlarmTransition} (alarm definition, raise time, kind),
 * {@link tandem.runtime.api.fact.OperatorAction} (client-generated action id) and
 * {@link tandem.runtime.api.fact.CelEntry} (system events). Storing a fact twice is a no-op.
 * {@link tandem.runtime.api.fact.LoggedFact} stamps a fact with its place {@code (epoch, seq)} in a node's event log.
 */
package tandem.runtime.api.fact;
