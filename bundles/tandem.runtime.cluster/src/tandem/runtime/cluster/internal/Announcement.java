package tandem.runtime.cluster.internal;

import java.util.Map;

import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.Stamp;

/**
 * What a member tells the others about itself after every view and role change and whenever the server it follows
 * changes.
 *
 * @param aligned      true once the member's history has been aligned both ways with the current server (or the
 *                     member serves itself); an unaligned standby is only promoted when no aligned node is left
 * @param follows      the node this member takes as server right now (itself when it serves; empty: none)
 * @param followsEpoch the epoch that server serves
 * @param grants       what this voter granted to the leases of server-capable nodes, or null from a member that does
 *                     not say (a client, or an older version)
 */
public record Announcement(String node, NodeKind kind, MemberRole role, long epoch, String projectHash,
		Stamp highWaterMark, boolean aligned, String follows, long followsEpoch, Grants grants) {

	/**
	 * A voter's lease grants, as it announces them: the newest epoch it knows (it echoes no lease ping of an older
	 * epoch, ever again) and, per server-capable node it ever echoed, how long ago it sent its last echo.
	 */
	public record Grants(long newestEpoch, Map<String, Long> lastEchoAgoMs) {

		public Grants {
			lastEchoAgoMs = Map.copyOf(lastEchoAgoMs);
		}
	}

	public Announcement {
		follows = follows == null ? "" : follows;
	}

	/** A member that does not report lease grants. */
	public Announcement(String node, NodeKind kind, MemberRole role, long epoch, String projectHash,
			Stamp highWaterMark, boolean aligned, String follows, long followsEpoch) {
		this(node, kind, role, epoch, projectHash, highWaterMark, aligned, follows, followsEpoch, null);
	}

	/** A member that does not say whom it follows (older version). */
	public Announcement(String node, NodeKind kind, MemberRole role, long epoch, String projectHash,
			Stamp highWaterMark, boolean aligned) {
		this(node, kind, role, epoch, projectHash, highWaterMark, aligned, "", 0);
	}

	/** An announcement of a member that does not report alignment (older version): taken as aligned. */
	public Announcement(String node, NodeKind kind, MemberRole role, long epoch, String projectHash, Stamp highWaterMark) {
		this(node, kind, role, epoch, projectHash, highWaterMark, true);
	}
}
