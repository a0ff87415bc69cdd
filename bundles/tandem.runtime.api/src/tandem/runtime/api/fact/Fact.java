package tandem.runtime.api.fact;

/** A recorded fact. {@link #key()} is its natural key: equal keys mean the same fact, on any node. */
public sealed interface Fact permits ArchiveSample, AlarmTransition, OperatorAction, CelEntry {

	String key();

	/** Source time of the fact in epoch milliseconds: when it happened in the plant or at the operator. */
	long time();
}
