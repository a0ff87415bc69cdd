package tandem.runtime.cluster;

/** What a node of the topology is built to do; its {@link MemberRole} at a given moment follows from it. */
public enum NodeKind {
	/** May become server; otherwise standby. A voter. */
	SERVER_CAPABLE,
	/** Operator client. A voter only when the topology names it as witness. */
	CLIENT,
	/** Small tie-breaker node on a third machine. A voter when the topology names it as witness. */
	WITNESS,
	/** Engineering studio connected to the cluster. Never a voter. */
	STUDIO
}
