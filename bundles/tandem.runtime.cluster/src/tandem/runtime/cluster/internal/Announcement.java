package tandem.runtime.cluster.internal;

import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.Stamp;

/**
 * What a member tells the others about itself after every view and role change.
 *
 * @param aligned true once the member's history has been aligned both ways with the current server (or the member
 *                serves itself); an unaligned standby is only promoted when no aligned node is left
 */
public record Announcement(String node, NodeKind kind, MemberRole role, long epoch, String projectHash,
		Stamp highWaterMark, boolean aligned) {

	/** An announcement of a member that does not report alignment (older version): taken as aligned. */
	public Announcement(String node, NodeKind kind, MemberRole role, long epoch, String projectHash, Stamp highWaterMark) {
		this(node, kind, role, epoch, projectHash, highWaterMark, true);
	}
}
