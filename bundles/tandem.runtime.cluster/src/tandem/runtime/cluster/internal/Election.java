package tandem.runtime.cluster.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;

/**
 * Decides the role of a server-capable node from the current view, the announcements of the other members and the
 * epochs it has seen. A pure function, evaluated on every view and announcement, so every rule is unit-testable:
 * <ol>
 * <li>Without a majority of the voters (server-capable nodes + witness) the node is DEGRADED. A pair without
 * witness always has quorum: the survivor promotes.</li>
 * <li>A server that sees a newer epoch steps down (fencing of a paused server).</li>
 * <li>Two servers with the same epoch (start-up race, merge after a partition): the higher-priority one stays and
 * takes epoch + 1 so the other's writes are fenced; the other steps down.</li>
 * <li>A running server is never pre-empted by a returning higher-priority node; switching back is a planned
 * switch.</li>
 * <li>With no server in view, the highest-priority server-capable member with the local project hash promotes
 * with newest epoch + 1; a member whose history is aligned with the last server goes before one that has not
 * finished aligning (a returning node), which promotes only when no aligned member is left, and says so. Server-capable members that have not announced yet (new joiners, the other side of a
 * merge, which may hold a server) are waited for during a short grace time.</li>
 * </ol>
 */
public final class Election {

	/** The outcome: the role to take, the epoch it carries, why; or {@code waitForAnnouncements}. */
	public record Decision(MemberRole role, long epoch, String reason, boolean waitForAnnouncements) {
		static Decision of(MemberRole role, long epoch, String reason) {
			return new Decision(role, epoch, reason, false);
		}
	}

	/**
	 * The local node's own state.
	 *
	 * @param aligned its history is aligned with the server's (see {@link Announcement#aligned()})
	 */
	public record Self(NodeSpec node, MemberRole role, long epoch, long newestEpoch, String projectHash,
			boolean aligned) {
		/** A node that counts as aligned. */
		public Self(NodeSpec node, MemberRole role, long epoch, long newestEpoch, String projectHash) {
			this(node, role, epoch, newestEpoch, projectHash, true);
		}
	}

	private final ClusterSettings settings;

	public Election(ClusterSettings settings) {
		this.settings = settings;
	}

	public boolean hasQuorum(Collection<String> viewNodes) {
		List<String> voters = settings.voters();
		long present = voters.stream().filter(viewNodes::contains).count();
		if (settings.witness().isEmpty() && voters.size() == 2) {
			return present >= 1;
		}
		return present * 2 > voters.size();
	}

	public Decision decide(Self self, Collection<String> viewNodes, Map<String, Announcement> peers,
			boolean graceExpired) {
		return decide(self, viewNodes, peers, Set.of(), graceExpired);
	}

	/**
	 * @param heardSinceView members whose announcement arrived after the current view was installed here (see
	 *                       {@link PeerTable#heardSinceView()}): a station among them that follows another server
	 *                       sees that server now
	 */
	public Decision decide(Self self, Collection<String> viewNodes, Map<String, Announcement> peers,
			Set<String> heardSinceView, boolean graceExpired) {
		if (!hasQuorum(viewNodes)) {
			return Decision.of(MemberRole.DEGRADED, self.epoch(), "view holds " + presentVoters(viewNodes) + " of "
					+ settings.voters().size() + " voters " + settings.voters() + ": no quorum, read-only");
		}
		Optional<Announcement> server = peers.values().stream()
				.filter(a -> a.role() == MemberRole.SERVER && a.epoch() >= self.newestEpoch())
				.min((a, b) -> Integer.compare(priority(a.node()), priority(b.node())));
		if (self.role() == MemberRole.SERVER) {
			return asServer(self, server);
		}
		if (server.isPresent()) {
			return Decision.of(MemberRole.STANDBY, self.epoch(),
					server.get().node() + " serves epoch " + server.get().epoch());
		}
		return withoutServer(self, viewNodes, peers, heardSinceView, graceExpired);
	}

	private Decision asServer(Self self, Optional<Announcement> other) {
		if (self.epoch() < self.newestEpoch()) {
			return Decision.of(MemberRole.STANDBY, self.epoch(),
					"epoch " + self.newestEpoch() + " is newer than own epoch " + self.epoch() + ": stepping down");
		}
		if (other.isPresent()) {
			Announcement o = other.get();
			if (priority(o.node()) < self.node().priority()
					|| (priority(o.node()) == self.node().priority() && o.node().compareTo(self.node().name()) < 0)) {
				return Decision.of(MemberRole.STANDBY, self.epoch(),
						"two servers at epoch " + o.epoch() + ": " + o.node() + " has priority, stepping down");
			}
			return Decision.of(MemberRole.SERVER, self.newestEpoch() + 1,
					"two servers at epoch " + o.epoch() + ": keeping the role over " + o.node() + " with a new epoch");
		}
		return Decision.of(MemberRole.SERVER, self.epoch(), null);
	}

	private Decision withoutServer(Self self, Collection<String> viewNodes, Map<String, Announcement> peers,
			Set<String> heardSinceView, boolean graceExpired) {
		for (Announcement a : peers.values()) {
			// a voter that still follows a server of the newest epoch sees a server this node does not: a partial
			// partition (this node cut off from the server only). Promoting would make a second server. A station
			// counts when it said so after this view came: with one-way loss the cut-off server can install a view
			// of its own that names stations which are in the new server's view (their fence notices reach it);
			// it stepped down on their notice and promoted again 14 ms later, two SERVERs for 4.9 s, no lease
			// anywhere for 3.3 s (long fault schedule)
			if (!a.follows().isEmpty() && !a.follows().equals(self.node().name()) && !a.follows().equals(a.node())
					&& a.followsEpoch() >= self.newestEpoch()
					&& (settings.voters().contains(a.node()) || heardSinceView.contains(a.node()))) {
				return new Decision(self.role(), self.epoch(), a.node() + " follows " + a.follows() + " (epoch "
						+ a.followsEpoch() + "), which this node cannot see: not promoting", true);
			}
		}
		for (String name : viewNodes) {
			Optional<NodeSpec> n = settings.node(name);
			if (name.equals(self.node().name()) || n.isEmpty() || !n.get().serverCapable()) {
				continue;
			}
			Announcement a = peers.get(name);
			if (a == null && !graceExpired) { // it may be a server (merge) or have priority (start-up)
				return new Decision(self.role(), self.epoch(), "waiting for " + name + " to announce itself", true);
			}
			// a peer of another project version is no candidate, unless it is aligned and this node is not: it
			// followed the last server, so its version is the cluster's and this returning node's is not
			boolean sameProject = a != null && (a.projectHash().equals(self.projectHash()) || a.aligned() && !self.aligned());
			if (a != null && goesBefore(a, n.get().priority(), self) && sameProject
					&& a.kind() == NodeKind.SERVER_CAPABLE) {
				return Decision.of(MemberRole.STANDBY, self.epoch(), "no server in view; " + name + " has priority "
						+ n.get().priority() + (a.aligned() && !self.aligned() ? " and an aligned history" : "")
						+ " and promotes");
			}
		}
		long epoch = self.newestEpoch() + 1;
		return Decision.of(MemberRole.SERVER, epoch,
				"no server in view " + viewNodes + ": highest-priority eligible node with quorum, epoch " + epoch
						+ (self.aligned() ? "" : "; promoting before its history is aligned: no aligned node is left"));
	}

	/** An aligned member goes before one still aligning; among equals, the topology priority decides. */
	private static boolean goesBefore(Announcement other, int otherPriority, Self self) {
		if (other.aligned() != self.aligned()) {
			return other.aligned();
		}
		return otherPriority < self.node().priority();
	}

	private int priority(String node) {
		return settings.node(node).map(NodeSpec::priority).orElse(Integer.MAX_VALUE);
	}

	private long presentVoters(Collection<String> viewNodes) {
		return settings.voters().stream().filter(viewNodes::contains).count();
	}
}
