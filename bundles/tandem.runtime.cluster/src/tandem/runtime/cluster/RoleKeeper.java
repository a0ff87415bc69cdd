package tandem.runtime.cluster;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jgroups.Address;
import org.jgroups.MergeView;
import org.jgroups.View;

import tandem.runtime.cluster.internal.Announcement;
import tandem.runtime.cluster.internal.Election;
import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.PeerTable;
import tandem.runtime.cluster.internal.Replicator;

/**
 * Keeps a member's role, on its control thread only, so decisions never race each other: from views, announcements
 * and handovers it asks the {@link Election} whether this node serves, stands by or is degraded, changes the role
 * with its reason (starting or stopping the {@link ServerRecording}), tracks the server this member follows, tells
 * a stale server that a newer epoch serves (fence notice), announces the member and checks the server's lease.
 */
final class RoleKeeper {

	private static final Logger LOG = System.getLogger(RoleKeeper.class.getName());

	/** The parts of the member that role keeping drives. */
	record Parts(NodeSpec local, String projectHash, FactStore store, Election election, PeerTable peers,
			AnnouncementSchedule schedule, SwitchBack switchBack, ServerRecording recording,
			AlignmentFollower alignment, ServerLease lease, LeaseGrants grants, ValuePublisher publisher) {
	}

	private final ClusterMember member;
	private final ScheduledExecutorService control;
	private final NodeSpec local;
	private volatile String projectHash;
	private final FactStore store;
	private final Election election;
	private final PeerTable peers;
	private final AnnouncementSchedule schedule;
	private final SwitchBack switchBack;
	private final ServerRecording recording;
	private final AlignmentFollower alignment;
	private final ServerLease lease;
	private final LeaseGrants grants;
	private final ValuePublisher publisher;
	private final Map<Address, Long> fenceNoticesSent = new ConcurrentHashMap<>();
	private final Protection protection = new Protection();
	private volatile MemberRole role = MemberRole.OFFLINE;
	private volatile long epoch;
	private volatile long newestEpoch;
	private volatile String serverNode = "";
	private volatile long serverNodeEpoch;
	/** Whether a view has been installed since this member started (see {@link #aloneSinceStartUntil}). */
	private boolean sawView;
	/**
	 * A node of a pair without witness has quorum alone, so one whose join missed the running other node (a join
	 * answer late on a loaded machine: it founds a cluster of its own, and MERGE3 brings the two together 2–5 s
	 * later) served beside it until the merge: two servers acting on the field, two on-change chains recorded
	 * (OpcUaFailoverTest, both nodes started one after the other). A node whose first view holds no other
	 * server-capable member waits {@link ClusterSettings#startAloneGraceMs()} for one before it serves (the
	 * product's nodes {@value ClusterSettings#START_ALONE_GRACE_MS} ms); it stands by meanwhile (what it observes is
	 * kept in its shadow buffer and recorded when it promotes). Only the start: a survivor of a failover promotes at
	 * once. Until then (0: no wait).
	 */
	private long aloneSinceStartUntil;

	RoleKeeper(ClusterMember member, ScheduledExecutorService control, Parts p) {
		this.member = member;
		this.control = control;
		this.local = p.local();
		this.projectHash = p.projectHash();
		this.store = p.store();
		this.election = p.election();
		this.peers = p.peers();
		this.schedule = p.schedule();
		this.switchBack = p.switchBack();
		this.recording = p.recording();
		this.alignment = p.alignment();
		this.lease = p.lease();
		this.grants = p.grants();
		this.publisher = p.publisher();
	}

	/** Before the channel connects: a node resumes with the newest epoch its history holds. */
	void resumeEpoch(long held) {
		epoch = held;
		newestEpoch = held;
	}

	MemberRole role() { return role; }

	/** The node activated another project version: announced at once, so peers and elections see it. */
	void runningProject(String hash) {
		projectHash = hash;
		if (role != MemberRole.OFFLINE && member.channel() != null && peers.view() != null) {
			announce();
			evaluate();
		}
	}
	long epoch() { return epoch; }
	long newestEpoch() { return newestEpoch; }
	String serverNode() { return serverNode; }
	/** When this serving member lost its aligned standby; 0 while protected or not serving ({@link Protection}). */
	long unprotectedSince() { return protection.unprotectedSince(); }

	void onView(View v) {
		long installed = System.currentTimeMillis();
		peers.view(v);
		lease.view(peers.members(), installed);
		// the failure detector's own figure: the benchmarks set the time of this line beside the role change
		LOG.log(Level.INFO, "node {0}: view {1,number,#} members {2} installed at {3,number,#}", local.name(),
				v.getViewId().getId(), peers.members(), installed);
		long graceMs = schedule.viewInstalled(v);
		boolean peerInView = !peers.serverCapablePeers().isEmpty();
		int aloneGrace = member.settings().startAloneGraceMs();
		if (!sawView && !peerInView && aloneGrace > 0 && member.settings().witness().isEmpty()
				&& member.settings().voters().size() == 2 && local.serverCapable()) {
			aloneSinceStartUntil = installed + aloneGrace;
			LOG.log(Level.INFO, "node {0}: alone in its first view, in a pair without witness: waits up to {1} ms"
					+ " for the other node (it may be running unseen) before it serves", local.name(), aloneGrace);
			control.schedule(this::evaluate, aloneGrace + 10L, TimeUnit.MILLISECONDS);
		}
		if (peerInView) {
			aloneSinceStartUntil = 0;
		}
		sawView = true;
		publisher.retain(v);
		if (v instanceof MergeView) {
			LOG.log(Level.INFO, "node {0}: merged partitions into {1}", local.name(), peers.members());
			// a peer that had this member out of its view forgot what it received from it and never returns those
			// credits: after a pause at 20,000 facts/s every send to it blocked for good (FailureDetectionBenchmark)
			member.channel().refillFlowControlCredits();
			// align again after every merge, even one that only brings a station back: views can disagree in a
			// partial partition, and a standby whose view kept the server can still have missed its stream (the
			// fresh-clone run lost a 7 s cut window on the standby when only merges with a server-capable newcomer
			// realigned)
			if (role != MemberRole.SERVER) {
				alignment.merged();
			}
		}
		Replicator r = recording.replicator();
		if (r != null) {
			r.standbys(peers.serverCapablePeers());
		}
		announce();
		evaluate();
		control.schedule(this::evaluate, graceMs + 10L, TimeUnit.MILLISECONDS);
	}

	void onAnnouncement(Address from, Announcement a) {
		if (a.node().equals(local.name())) {
			return;
		}
		grants.reported(a, System.currentTimeMillis());
		// kept even before the view that contains the sender is installed here (merge): evaluate() filters by view
		if (peers.announced(from, a)) {
			// answer a newcomer directly: our own multicast after the view may have reached it before it installed
			// that view, and JGroups drops messages from non-members
			member.send(from, announcementEnvelope());
		}
		if (schedule.heard(from, a, epoch, peers.view())) {
			control.schedule(this::evaluate, AnnouncementSchedule.MERGE_EXPECTED_MS + 10, TimeUnit.MILLISECONDS);
		}
		long known = Math.max(a.epoch(), a.followsEpoch());
		seeEpoch(known);
		// a stale server; or, answered by the server only, a member of another partition that does not know its
		// epoch yet (it holds promotion while it hears this). Others do not answer outsiders: their unicasts would
		// count as heartbeats there and keep a stale view alive (PartitionTest: a view [a, w] outlived the heal)
		if (a.role() == MemberRole.SERVER && a.epoch() < newestEpoch || role == MemberRole.SERVER
				&& known < newestEpoch && peers.view() != null && !peers.view().containsMember(from)) {
			fenceNotice(from);
		}
		evaluate();
	}

	void seeEpoch(long e) {
		if (e > newestEpoch) {
			newestEpoch = e;
			control.execute(this::evaluate);
		}
	}

	private void evaluate() {
		if (role == MemberRole.OFFLINE || peers.view() == null) {
			return;
		}
		if (local.serverCapable() && peers.superseded(member.channel().address())) {
			if (role != MemberRole.STANDBY) { // a restarted process of this node joined: it is the node now
				changeRole(MemberRole.STANDBY, epoch, "a newer incarnation of " + local.name()
						+ " is in the view; this old incarnation no longer serves");
			}
		} else if (local.serverCapable()) {
			Election.Decision d = election.decide(new Election.Self(local, role, epoch, newestEpoch, projectHash,
					alignment.aligned()), peers.members(), peers.inView(), peers.heardSinceView(),
					schedule.graceExpired());
			boolean promoting = d.role() == MemberRole.SERVER && role != MemberRole.SERVER;
			boolean wait = d.waitForAnnouncements() || promoting && (schedule.mergeComing() || schedule.mergeGrace()
					|| System.currentTimeMillis() < aloneSinceStartUntil);
			if (!wait && (d.role() != role || d.epoch() != epoch)) {
				changeRole(d.role(), d.epoch(), d.reason());
			}
			if (role == MemberRole.SERVER && election.hasQuorum(peers.members())) {
				switchBack.consider(recording.replicator(), peers.inView(), projectHash);
			}
		}
		updateServer();
		checkProtection();
	}

	/**
	 * A standby is a server-capable peer in view that does not serve, or whose SERVER announcement is of an older
	 * epoch (it handed over to this node and its next announcement says STANDBY): the replicator waits for both.
	 * One the replicator judges unreachable (it acknowledges nothing of the stream) does not protect.
	 */
	private void checkProtection() {
		long own = epoch;
		Replicator r = recording.replicator();
		Set<String> unreachable = r == null || role != MemberRole.SERVER ? Set.of() : r.unreachableNodes();
		var standbys = peers.inView().values().stream().filter(a -> a.kind() == NodeKind.SERVER_CAPABLE
				&& (a.role() != MemberRole.SERVER || a.epoch() < own)).toList();
		var ready = standbys.stream().filter(a -> a.aligned()
				&& (a.role() == MemberRole.STANDBY || a.role() == MemberRole.SERVER)).toList();
		boolean aligned = ready.stream().anyMatch(a -> !unreachable.contains(a.node()));
		String state = standbys.isEmpty() ? "no standby in view"
				: aligned ? "standby " + ready.stream().map(Announcement::node).filter(n -> !unreachable.contains(n))
						.findFirst().orElse("") + " is in view and aligned"
						: !ready.isEmpty() ? "standby " + ready.get(0).node() + " is in view but unreachable: it"
								+ " acknowledged nothing of the stream for " + member.settings().detectionTimeMs()
								+ " ms (its packets or the server's to it are lost)"
						: "standby " + standbys.get(0).node() + " is in view but not aligned yet";
		Protection.Change c = protection.update(role == MemberRole.SERVER, aligned, state, System.currentTimeMillis());
		if (c != null) {
			LOG.log(c.isProtected() ? Level.INFO : Level.WARNING, "node {0}: {1}", local.name(), c.reason());
			member.fireEvent(l -> l.protectionChanged(local.name(), c.isProtected(), c.since(), c.reason()));
		}
	}

	void changeRole(MemberRole to, long newEpoch, String reason) {
		changeRole(to, newEpoch, reason, 0, false);
	}

	/**
	 * @param continueAfter a new server's first seq follows this one (the handover point of a planned switch)
	 * @param planned a handover: the new server acts at once, without waiting out the old server's lease
	 */
	private void changeRole(MemberRole to, long newEpoch, String reason, long continueAfter, boolean planned) {
		MemberRole from = role;
		String why = reason;
		if (to == MemberRole.SERVER) {
			if (from != MemberRole.SERVER) { // before the role says SERVER: no moment acts without the wait
				lease.promoted(System.currentTimeMillis(), planned);
			}
			long seq = Math.max(store.highWaterMark().seq(), continueAfter);
			Replicator r = new Replicator(member.channel(), control, newEpoch, seq, local.name(),
					member.settings().detectionTimeMs());
			r.standbys(peers.serverCapablePeers());
			r.onReachabilityChanged(() -> control.execute(this::checkProtection));
			int flushed = recording.start(r, () -> {
				epoch = newEpoch;
				newestEpoch = Math.max(newestEpoch, newEpoch);
				role = to;
			}, from != MemberRole.SERVER);
			alignment.serving();
			if (from != MemberRole.SERVER) {
				why += "; recorded " + flushed + " facts from the shadow buffer";
			}
		} else {
			if (from == MemberRole.SERVER) {
				if (switchBack.target().isEmpty()) {
					alignment.steppedDown(); // not at a sequence point: align again before counting as ready
				}
				why = switchBack.steppedDown(reason);
			}
			if (from == MemberRole.SERVER && to == MemberRole.DEGRADED) {
				int kept = recording.degraded();
				if (kept > 0) {
					why += "; recorded " + kept + " facts kept while its lease had run out";
				}
			}
			recording.stop();
			recording.roleChanged(from, to);
			if (to == MemberRole.DEGRADED && from != MemberRole.DEGRADED) {
				control.schedule(recording::degradedTooLong, recording.keptWhileDegradedMs() + 10, TimeUnit.MILLISECONDS);
			}
			epoch = Math.max(epoch, newEpoch);
			role = to;
		}
		RoleChange change = new RoleChange(local.name(), from, to, epoch, why, System.currentTimeMillis());
		LOG.log(Level.INFO, "{0}", change);
		member.fireEvent(l -> l.roleChanged(change));
		if (to != MemberRole.OFFLINE && member.channel() != null && peers.view() != null) {
			announce();
		}
	}

	private void updateServer() {
		String now;
		long serverEpoch;
		Address address = null;
		if (role == MemberRole.SERVER) {
			now = local.name();
			serverEpoch = epoch;
		} else {
			Optional<Announcement> s = peers.inView().values().stream()
					.filter(a -> a.role() == MemberRole.SERVER && a.epoch() >= newestEpoch).findFirst();
			now = s.map(Announcement::node).orElse("");
			serverEpoch = s.map(Announcement::epoch).orElse(0L);
			address = s.map(a -> peers.addressOf(a.node())).orElse(null);
			if (local.serverCapable()) {
				alignment.follow(address, now);
			}
		}
		if (!now.equals(serverNode) || serverEpoch != serverNodeEpoch) {
			boolean changed = !now.equals(serverNode);
			serverNode = now;
			serverNodeEpoch = serverEpoch;
			long e = serverEpoch;
			if (changed) {
				member.fireEvent(l -> l.serverChanged(now, e));
			}
			if (member.channel() != null && peers.view() != null) {
				announce(); // whom this member follows decides whether another node may promote (Election)
			}
		}
		if (local.kind() != NodeKind.SERVER_CAPABLE || role != MemberRole.SERVER) {
			member.client().serverChanged(address, serverEpoch);
			member.queries().serverChanged(address);
		}
	}

	void onHandover(String fromNode, Envelope e) {
		if (switchBack.accept(e, fromNode, alignment.aligned(), newestEpoch)) {
			long next = Math.max(newestEpoch, e.epoch()) + 1;
			changeRole(MemberRole.SERVER, next, "planned switch-back: " + fromNode + " handed over at (" + e.epoch()
					+ ", " + e.seq() + "), continuing with epoch " + next, e.seq(), true);
		}
	}

	/**
	 * The server's stream skipped facts this standby never received (its seq jumped from {@code applied} to
	 * {@code first} within one epoch): sends to it were lost for good, as after a one-way loss or a cut link that no
	 * view change followed (a standby once lagged 3,751 facts that way until the server died). It aligns again and
	 * counts as ready once that is done; a standby still aligning is left alone (that alignment covers the gap).
	 */
	void streamGap(String server, Stamp applied, long first) {
		if (role == MemberRole.STANDBY && alignment.aligned()) {
			LOG.log(Level.WARNING, "node {0}: the stream from {1} went from {2} to seq {3,number,#}: facts between"
					+ " never arrived; aligning with {1} again", local.name(), server, applied, first);
			alignment.merged();
			announce();
			evaluate();
		}
	}

	/** The first alignment after joining or a merge finished: this node is a ready standby now. */
	void alignedNow() {
		announce();
		evaluate();
	}

	/**
	 * To every other member of the view, one by one: JGroups drops a multicast whose sender is not in the
	 * receiver's view, and after a partial partition views can disagree (a server cut off from its standby may
	 * still count the station as a member while the station's view no longer holds the server). Unicasts get
	 * through, and the station's answer (see {@link #fenceNotice}) tells such a server that a newer epoch serves.
	 */
	private void announce() {
		Envelope env = announcementEnvelope();
		Address self = member.channel().address();
		for (Address a : peers.view().getMembers()) {
			if (!a.equals(self)) {
				member.send(a, env);
			}
		}
	}

	private Envelope announcementEnvelope() {
		return AnnouncementSchedule.envelope(new Announcement(local.name(), local.kind(), role, epoch, projectHash,
				store.highWaterMark(), alignment.aligned(), serverNode, serverNodeEpoch, grants.grants(newestEpoch)));
	}

	/**
	 * {@code from} sent something as server of an epoch older than the newest this member knows: it is a stale
	 * server that may not know it was replaced (it cannot see the new one). Tells it, by this member's own
	 * announcement (which names the server it follows and that server's epoch), at most every 250 ms.
	 */
	void fenceNotice(Address from) {
		long now = System.currentTimeMillis();
		Long last = fenceNoticesSent.get(from);
		if (last == null || now - last >= 250) {
			fenceNoticesSent.put(from, now);
			member.send(from, announcementEnvelope());
		}
	}

	void checkLease() {
		long now = System.currentTimeMillis();
		lease.tick(now);
		if (local.serverCapable() && (role == MemberRole.SERVER || role == MemberRole.STANDBY)
				&& member.channel() != null && peers.view() != null) {
			// a standby pings too (at the newest epoch): it holds a lease the moment a planned switch makes it server
			grants.ping(role == MemberRole.SERVER ? epoch : newestEpoch, now);
		}
		if (role == MemberRole.SERVER) {
			grants.othersLastRenewed(epoch).ifPresent(latest -> lease.othersRenewedBy(latest, now));
		}
		ServerLease.Change c = lease.check(role == MemberRole.SERVER, now);
		if (c != null) {
			LOG.log(c.held() ? Level.INFO : Level.WARNING, "node {0}: {1}", local.name(), c.reason());
			member.fireEvent(l -> l.leaseChanged(local.name(), c.held(), now, c.reason()));
		}
	}

	/** Repeats what a merge or a lost message may have hidden, and renews the server's lease ({@link ServerLease}). */
	void heartbeat() {
		if (role != MemberRole.OFFLINE && peers.view() != null) {
			announce();
		}
	}

	void tick() {
		if (role != MemberRole.OFFLINE && peers.view() != null) {
			Address outside = schedule.outsideServer();
			if (outside != null) { // its answer (a fence notice) keeps the promotion on hold until the merge
				member.send(outside, announcementEnvelope());
			}
		}
		alignment.tick();
		if (role == MemberRole.SERVER || role == MemberRole.STANDBY && alignment.aligned() && !serverNode.isEmpty()) {
			store.completeThrough(System.currentTimeMillis()); // nothing the cluster recorded is missing here
		}
		member.client().resendUnconfirmed();
	}
}
