package tandem.runtime.cluster;

/** A member changed its role; the runtime writes it to the CEL with its reason. */
public record RoleChange(String node, MemberRole from, MemberRole to, long epoch, String reason, long timeMillis) {

	@Override
	public String toString() {
		return node + ": " + from + " -> " + to + " (epoch " + epoch + "): " + reason;
	}
}
