package tandem.runtime.cluster;

/** The role a member plays right now. */
public enum MemberRole {
	/** Not connected to the cluster. */
	OFFLINE,
	/** Acts toward the field, accepts operator writes, streams facts to the standbys. */
	SERVER,
	/** Server-capable, in a view with quorum, receives the server's facts and shadows the drivers. */
	STANDBY,
	/** Server-capable without quorum (minority side of a partition): keeps recording, read-only toward the field. */
	DEGRADED,
	CLIENT,
	STUDIO,
	WITNESS;

	/** True for roles that may write to the field and accept operator actions. */
	public boolean mayWrite() {
		return this == SERVER;
	}
}
