package tandem.runtime.api.fact;

/**
 * Told about every fact appended to the event log, in log order, on the appending thread: the hook through which
 * replication ships facts to the standby. Must not block for long.
 */
@FunctionalInterface
public interface FactListener {
	void factAppended(LoggedFact fact);
}
