package tandem.runtime.cluster.internal;

import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.Stamp;

/** What a member tells the others about itself after every view and role change. */
public record Announcement(String node, NodeKind kind, MemberRole role, long epoch, String projectHash,
		Stamp highWaterMark) {
}
