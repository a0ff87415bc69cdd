package tandem.runtime.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.jgroups.Address;

import tandem.runtime.cluster.internal.Announcement;
import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MessageType;
import tandem.runtime.cluster.internal.PeerTable;

/**
 * Round trips that carry the server's lease ({@link ServerLease}). A serving node pings every voter in its view
 * every {@link #PING_PERIOD_MS} with its own clock; a voter echoes the ping unchanged, and the server counts the
 * voter as heard <em>from the moment it sent that ping</em>. So a message that arrives late (kept by TCP behind a
 * pulled cable, or by the kernel while the server stood still) renews nothing beyond the lease after its ping:
 * the lease runs on the server's own clock, never on an arrival time.
 * <p>
 * A voter echoes only a node in its view, only while it does not serve itself, and never a ping of an epoch older
 * than the newest it knows. It announces the newest epoch it knows and, per server-capable node, how long ago it
 * sent its last echo. From those reports a newly elected server knows when the voters of its view last renewed any
 * other node's lease; one lease plus the margin after the latest of those moments, every earlier server's lease
 * has run out: at most one grant of the old server's majority can come from outside the new server's view, and it
 * needs more. For a server that stopped (killed, frozen, cut off) that moment lies seconds before the promotion,
 * so the new server acts at once instead of waiting {@link ServerLease#promotionWaitMs()} after it. Without a
 * report of the new epoch from every voter in view (a voter of an older version, a lost announcement) the full
 * wait holds, as before.
 */
final class LeaseGrants {

	static final long PING_PERIOD_MS = 100;
	/**
	 * How long a voter that left the view is still pinged at its last address. JGroups can merge partitions in
	 * steps: after a pulled cable was plugged back in, a merged view held the server and the returning standby but
	 * not the witness, which still had the server in its view and went on echoing, and the full view came 3 s later.
	 */
	static final long PING_LEFT_MS = 10_000;
	/**
	 * The key under which a voter reports its own start: its earlier incarnation may have echoed any node up to then,
	 * and nothing of that is remembered, so a restarted voter's report bounds the old leases by its start.
	 */
	static final String BEFORE_START = "";

	private record Report(long receivedAt, Announcement.Grants grants, MemberRole role) {
	}

	private final ClusterMember member;
	private final ClusterSettings settings;
	private final String self;
	private final PeerTable peers;
	private final boolean voter;
	/** When this voter sent its last echo to each node (its own clock). */
	private final Map<String, Long> lastEcho = new HashMap<>();
	private final Map<String, Report> reports = new ConcurrentHashMap<>();
	private final long startedAt = System.currentTimeMillis();
	/** The newest epoch this voter has reported: it echoes no ping of an older one afterwards (guarded by this). */
	private long reportedEpoch;

	LeaseGrants(ClusterMember member, ClusterSettings settings, String self, PeerTable peers) {
		this.member = member;
		this.settings = settings;
		this.self = self;
		this.peers = peers;
		this.voter = settings.voters().contains(self);
	}

	/**
	 * Server, every {@link #PING_PERIOD_MS}: asks every other voter in view to renew the lease, and every voter that
	 * left the view less than {@link #PING_LEFT_MS} ago at its last address: whether it echoes is the voter's
	 * decision (only a node in its own view), so this grants nothing the voter did not.
	 */
	void ping(long epoch, long now) {
		Envelope ping = new Envelope(MessageType.LEASE_PING, epoch, now, new byte[0]);
		for (String v : settings.voters()) {
			if (v.equals(self)) {
				continue;
			}
			Address a = peers.addressOf(v);
			if (a == null) {
				a = peers.leftRecently(v, now, PING_LEFT_MS);
			}
			if (a != null) {
				member.send(a, ping);
			}
		}
	}

	/**
	 * A lease ping from {@code fromNode} (delivery thread): echoed, and remembered, when this member is a voter that
	 * does not serve, the sender is in view as its node's newest incarnation and its epoch is not older than the
	 * newest this member knows. Decided under the same lock as {@link #grants}, so no echo falls after a report
	 * that does not name it.
	 */
	void onPing(Address from, String fromNode, Envelope ping, MemberRole role, long newestEpoch) {
		if (!voter || fromNode.equals(self)) {
			return;
		}
		synchronized (this) {
			if (role == MemberRole.SERVER || ping.epoch() < Math.max(newestEpoch, reportedEpoch)
					|| !from.equals(peers.addressOf(fromNode))) {
				return;
			}
			lastEcho.put(fromNode, System.currentTimeMillis());
		}
		member.send(from, new Envelope(MessageType.LEASE_ECHO, ping.epoch(), ping.seq(), new byte[0]));
	}

	/** What this member announces of its grants: null unless it is a voter. */
	synchronized Announcement.Grants grants(long newestEpoch) {
		if (!voter) {
			return null;
		}
		long now = System.currentTimeMillis();
		reportedEpoch = Math.max(reportedEpoch, newestEpoch);
		Map<String, Long> ago = new HashMap<>();
		ago.put(BEFORE_START, Math.max(0, now - startedAt));
		lastEcho.forEach((node, at) -> ago.put(node, Math.max(0, now - at)));
		return new Announcement.Grants(newestEpoch, ago);
	}

	/** A member's announcement, as the control thread takes it in (a late time only makes the bound later). */
	void reported(Announcement a, long receivedAt) {
		if (a.grants() != null) {
			reports.put(a.node(), new Report(receivedAt, a.grants(), a.role()));
		} else {
			reports.remove(a.node());
		}
	}

	/**
	 * Server of {@code ownEpoch}: the latest moment (this node's clock) at which a voter of its view may have renewed
	 * another node's lease, or empty while that is not known: a voter in view has not yet announced grants of this
	 * epoch or newer, or another server-capable node in view still says it serves.
	 */
	OptionalLong othersLastRenewed(long ownEpoch) {
		long latest = 0;
		List<String> members = peers.members();
		for (String m : members) {
			if (m.equals(self) || !settings.voters().contains(m)) {
				continue;
			}
			Report r = reports.get(m);
			if (r == null || r.grants().newestEpoch() < ownEpoch || r.role() == MemberRole.SERVER) {
				return OptionalLong.empty();
			}
			for (Map.Entry<String, Long> e : r.grants().lastEchoAgoMs().entrySet()) {
				if (!e.getKey().equals(self)) {
					latest = Math.max(latest, r.receivedAt() - e.getValue());
				}
			}
		}
		synchronized (this) {
			latest = Math.max(latest, startedAt); // what this node's own earlier incarnation echoed is forgotten too
			for (Map.Entry<String, Long> e : lastEcho.entrySet()) {
				latest = Math.max(latest, e.getValue());
			}
		}
		return OptionalLong.of(latest);
	}
}
