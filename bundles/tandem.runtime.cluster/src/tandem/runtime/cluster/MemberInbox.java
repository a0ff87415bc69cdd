package tandem.runtime.cluster;

import java.io.IOException;

import org.jgroups.Address;
import org.jgroups.View;

import tandem.runtime.cluster.internal.Announcement;
import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MemberChannel;
import tandem.runtime.cluster.internal.Wire;

/**
 * Dispatches the accepted messages of a member's channel (JGroups delivery threads): role keeping goes to the
 * control thread, replication, actions and alignment are handled where they arrive. A malformed payload is
 * dropped with its reason, never applied.
 */
final class MemberInbox implements MemberChannel.Inbox {

	private final ClusterMember member;
	private final RoleKeeper roles;
	private final FollowerStream follower;
	private final AlignmentFollower alignment;

	MemberInbox(ClusterMember member, RoleKeeper roles, FollowerStream follower, AlignmentFollower alignment) {
		this.member = member;
		this.roles = roles;
		this.follower = follower;
		this.alignment = alignment;
	}

	@Override
	public void view(View v) {
		member.onControl(() -> roles.onView(v));
	}

	@Override
	public void deliver(Address from, String fromNode, Envelope e) {
		// authenticated and decrypted. Work done here delays this sender's next message (JGroups delivers them in
		// order), so nothing on this thread may wait long (see OperatorDesk.request)
		Announcement announcement = null;
		if (e.type() == tandem.runtime.cluster.internal.MessageType.ANNOUNCE) {
			try { // what the sender says it follows decides whether it renews this member's lease
				announcement = Wire.announcement(e.payload());
				member.announcedToLease(fromNode, announcement);
			} catch (IOException malformed) {
				// read again below, where a malformed message is reported with its sender
			}
		}
		switch (e.type()) {
		case FACTS, VALUES, ACTION_CONFIRM, HANDOVER -> {
			if (e.epoch() < member.newestEpoch()) {
				roles.fenceNotice(from); // a server's traffic of an older epoch: tell it a newer one serves
			}
		}
		default -> {
		}
		}
		try {
			switch (e.type()) {
			case ANNOUNCE -> {
				Announcement a = announcement != null ? announcement : Wire.announcement(e.payload());
				if (!member.peerTable().superseded(from)) { // an old incarnation of a restarted node does not count
					member.onControl(() -> roles.onAnnouncement(from, a));
				}
			}
			case FACTS -> follower.facts(from, fromNode, e);
			case ACK -> member.onAck(from, Wire.stamp(Wire.in(e.payload())));
			case ACTION -> follower.action(from, fromNode, e);
			case ACTION_CONFIRM -> {
				if (!follower.fenced(fromNode, e)) {
					member.client().confirmation(e.payload());
				}
			}
			case SUBSCRIBE -> member.subscribe(from);
			case VALUES -> follower.values(fromNode, e);
			case HANDOVER -> member.onControl(() -> roles.onHandover(fromNode, e));
			case ALIGN_DIGESTS -> alignment.digests(from, fromNode, e);
			case ALIGN_FACTS -> alignment.facts(from, e);
			case MISSED -> follower.missed(fromNode, e);
			case QUERY -> member.queries().question(from, fromNode, e);
			case QUERY_ANSWER -> member.queries().answer(from, e);
			case DEPLOYMENT -> member.deployment(fromNode, e.payload());
			case LEASE_PING -> member.leasePing(from, fromNode, e);
			case LEASE_ECHO -> member.leaseEchoed(fromNode, e);
			default -> member.reject(fromNode, e.type() + " is not handled by this version");
			}
		} catch (IOException ex) {
			member.reject(fromNode, "malformed " + e.type() + " payload: " + ex.getMessage());
		}
	}
}
