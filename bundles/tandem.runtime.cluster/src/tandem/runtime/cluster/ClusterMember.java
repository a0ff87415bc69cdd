package tandem.runtime.cluster;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jgroups.Address;
import org.jgroups.JChannel;
import org.jgroups.MergeView;
import org.jgroups.View;

import tandem.runtime.cluster.internal.Announcement;
import tandem.runtime.cluster.internal.ClientConnection;
import tandem.runtime.cluster.internal.Election;
import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MemberChannel;
import tandem.runtime.cluster.internal.PeerTable;
import tandem.runtime.cluster.internal.Replicator;

/**
 * One node's membership in its project's cluster: the entry point for a headless runtime node, an operator client,
 * a witness or the studio. It keeps the member's role from views and announcements ({@link Election}), streams
 * facts to the standbys while serving ({@link Replicator}), applies and acknowledges them while standing by, and
 * keeps a client's operator actions until the standby holds them ({@link ClientConnection}). Every role change is
 * reported with its reason. Role decisions run on one control thread, so they never race each other. The parts:
 * {@link ServerRecording} (what the server records), {@link AlignmentFollower} / {@link NetworkAlignment} (history
 * alignment before a node counts as ready), {@link SwitchBack} (planned return to the preferred server),
 * {@link ActionDesk} (operator action admission and confirmation), {@link AnnouncementSchedule},
 * {@link MemberInbox}, {@link ValuePublisher}.
 */
public final class ClusterMember implements AutoCloseable {

	private static final Logger LOG = System.getLogger(ClusterMember.class.getName());
	static final long ACTION_TIMEOUT_MS = 2000;

	private final ClusterSettings settings;
	private final NodeSpec local;
	private final FactStore store;
	private final String projectHash;
	private final Election election;
	private final ShadowBuffer shadow;
	private final List<ClusterListener> listeners = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService control;
	private final ExecutorService events;
	private final ExecutorService worker;
	private final PeerTable peers;
	private final ValuePublisher publisher = new ValuePublisher();
	private final FollowerStream follower;
	private final ActionDesk actions;
	private final AlignmentFollower alignment;
	private final AnnouncementSchedule schedule;
	private final SwitchBack switchBack;
	private final ServerRecording recording;
	private final ServerLease lease;
	private MemberChannel channel;
	private ClientConnection client;
	private volatile MemberRole role = MemberRole.OFFLINE;
	private volatile long epoch;
	private volatile long newestEpoch;
	private volatile String serverNode = "";
	private volatile long serverNodeEpoch;
	private final java.util.Map<Address, Long> fenceNoticesSent = new java.util.concurrent.ConcurrentHashMap<>();

	public ClusterMember(ClusterSettings settings, String localNode, FactStore store, String projectHash) {
		this.settings = settings;
		this.local = settings.node(localNode).orElseGet(() -> NodeSpec.of(localNode, NodeKind.CLIENT));
		this.store = store;
		this.projectHash = projectHash;
		this.election = new Election(settings);
		this.shadow = ShadowBuffer.forSettings(settings);
		this.control = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tandem-cluster-" + localNode));
		this.events = Executors.newSingleThreadExecutor(r -> daemon(r, "tandem-cluster-events-" + localNode));
		this.worker = Executors.newFixedThreadPool(2, r -> daemon(r, "tandem-cluster-align-" + localNode));
		this.peers = new PeerTable(settings, localNode);
		this.follower = new FollowerStream(this, store, shadow);
		this.actions = new ActionDesk(this, store);
		this.alignment = new AlignmentFollower(this, settings, store, worker);
		this.schedule = new AnnouncementSchedule(settings);
		this.switchBack = new SwitchBack(this, settings, local);
		this.recording = new ServerRecording(this, store, shadow);
		this.lease = new ServerLease(settings, election, localNode);
	}

	/** Creates, starts and returns a member: the one call a runtime node needs. */
	public static ClusterMember start(ClusterSettings settings, String localNode, FactStore store, String projectHash,
			ClusterListener... listeners) throws Exception {
		ClusterMember m = new ClusterMember(settings, localNode, store, projectHash);
		for (ClusterListener l : listeners) {
			m.addListener(l);
		}
		m.start();
		return m;
	}

	public void addListener(ClusterListener l) {
		listeners.add(l);
	}

	public void start() throws Exception {
		long held = store.highWaterMark().epoch();
		epoch = held;
		newestEpoch = held;
		channel = new MemberChannel(settings, local, new MemberInbox(this, follower, alignment), (from, why) -> fire(l -> l.messageRejected(from, why)));
		client = new ClientConnection(channel, answer -> fire(l -> l.operatorActionAnswered(answer)));
		MemberRole initial = switch (local.kind()) {
		case SERVER_CAPABLE -> MemberRole.STANDBY;
		case CLIENT -> MemberRole.CLIENT;
		case WITNESS -> MemberRole.WITNESS;
		case STUDIO -> MemberRole.STUDIO;
		};
		control.execute(() -> changeRole(initial, epoch, "joining cluster " + settings.clusterName()));
		channel.connect();
		control.scheduleWithFixedDelay(this::tick, 500, 500, TimeUnit.MILLISECONDS);
		control.scheduleWithFixedDelay(this::checkLease, 100, 100, TimeUnit.MILLISECONDS);
		long period = lease.announcePeriodMs();
		control.scheduleWithFixedDelay(this::heartbeat, period, period, TimeUnit.MILLISECONDS);
	}

	/** Leaves the cluster; the others see a regular view change at once. */
	public void stop() {
		if (control.isShutdown()) {
			return;
		}
		runOnControl(() -> {
			alignment.stop();
			recording.stop();
			changeRole(MemberRole.OFFLINE, epoch, "stopped");
		});
		if (channel != null) {
			channel.close();
		}
		control.shutdownNow();
		worker.shutdownNow();
		events.shutdown();
		try {
			events.awaitTermination(2, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		stop();
	}

	public String nodeName() { return local.name(); }
	public MemberRole role() { return role; }
	public long epoch() { return epoch; }
	/** Newest epoch this member has seen anywhere; writes stamped older are refused. */
	public long newestEpoch() { return newestEpoch; }
	/** The member serving the cluster as this member sees it; empty when there is none in view. */
	public Optional<String> serverNode() { return serverNode.isEmpty() ? Optional.empty() : Optional.of(serverNode); }
	/** Node names in the current view, each once (a restarted node's newest incarnation). */
	public List<String> members() { return peers.members(); }
	/**
	 * Every member of the view with its role, epoch, alignment, project hash and high-water mark, this one included
	 * (the others as they last announced themselves; one not heard from yet is left out). For status displays.
	 */
	public List<MemberInfo> memberInfos() {
		return MemberInfo.inView(members(), new MemberInfo(local.name(), local.kind(), role, epoch, alignment.aligned(),
				projectHash, store.highWaterMark()), peers.inView());
	}
	/**
	 * True once this node's history is aligned both ways with the server's (or it serves itself): only then does it
	 * count as a ready standby. False after start and after a merge of partitions.
	 */
	public boolean aligned() { return alignment.aligned(); }
	/** What the last completed alignment of this node did. */
	public Optional<AlignmentReport> lastAlignment() { return alignment.last(); }
	public boolean hasQuorum() { return election.hasQuorum(members()); }
	/**
	 * True while this member serves and holds its lease ({@link ServerLease}): only then may the runtime act on the
	 * field. An isolated server loses the lease before the other side can promote.
	 */
	public boolean actsOnField() { return role == MemberRole.SERVER && lease.held(System.currentTimeMillis()); }
	/** How long a server may go without hearing from a majority of the voters before it stops acting. */
	public long leaseMs() { return lease.leaseMs(); }
	public ShadowBuffer shadowBuffer() { return shadow; }
	public long rejectedMessages() { return channel.rejectedCount(); }
	public String lastRejection() { return channel.lastRejection(); }
	public List<String> unconfirmedActions() { return client.unconfirmedActions(); }
	/** Facts the server has queued for its standbys but not sent yet. */
	public int replicationBacklog() { Replicator r = recording.replicator(); return r == null ? 0 : r.backlog(); }
	MemberChannel channel() { return channel; }
	/**
	 * The JGroups channel, for the test-only fault control of {@code tandem node --fault-control} (it drives the
	 * DISCARD protocol that {@link ClusterSettings#faultInjection()} adds); null before {@link #start()}.
	 */
	public JChannel jgroups() { MemberChannel c = channel; return c == null ? null : c.jgroups(); }
	/**
	 * Fault injection for tests (needs {@link ClusterSettings#faultInjection()}): drops every message from
	 * {@code node}'s member now in the view until {@link #faultHeal()}.
	 */
	public void faultCut(String node) { channel.faultCut(peers.addressOf(node)); }
	/** Takes back every {@link #faultCut}. */
	public void faultHeal() { channel.faultHeal(); }

	/** Server: stamps a fact with the current epoch and the next seq, stores it locally and streams it. */
	public ReplicatedFact record(ReplicatedFact fact) throws InterruptedException {
		return recording.record(fact);
	}

	/** Server: streams a fact the runtime's own event log has stamped (and stored) with the current epoch. */
	public void replicate(ReplicatedFact stamped) throws InterruptedException {
		recording.replicate(stamped);
	}

	/**
	 * Server: records an operator action and completes when every standby holds it (or the timeout passes). An
	 * action whose id is already recorded or in flight is not recorded again.
	 */
	public CompletableFuture<Confirmation> confirmOperatorAction(ReplicatedFact action, long timeoutMs) {
		return confirmOperatorAction(action, local.name(), false, timeoutMs, true);
	}

	/**
	 * Server: like {@link #confirmOperatorAction(ReplicatedFact, long)} for the outcome of a request this server has
	 * executed already. Not held by a lost lease ({@link #actsOnField()}): what was done on the field must be on
	 * record, or a resend of the request would execute it again.
	 */
	public CompletableFuture<Confirmation> confirmOutcome(ReplicatedFact outcome, long timeoutMs) {
		return confirmOperatorAction(outcome, local.name(), false, timeoutMs, false);
	}

	/**
	 * Server: installs the runtime's admission check, asked before every new operator action is recorded (local or
	 * from a client); a refused action is answered {@link Confirmation.Outcome#DENIED} and not recorded.
	 */
	public void setOperatorActionHandler(OperatorActionHandler handler) {
		actions.handler(handler);
	}

	CompletableFuture<Confirmation> confirmOperatorAction(ReplicatedFact action, String fromNode, boolean remote,
			long timeoutMs) {
		return confirmOperatorAction(action, fromNode, remote, timeoutMs, true);
	}

	private CompletableFuture<Confirmation> confirmOperatorAction(ReplicatedFact action, String fromNode,
			boolean remote, long timeoutMs, boolean leased) {
		Replicator r = recording.replicator();
		if (r == null || role != MemberRole.SERVER || r.sealed()) {
			String why = r != null && r.sealed() ? " handing over to " + switchBack.target().orElse("the next server") : "";
			return CompletableFuture.completedFuture(new Confirmation(action.key(), Confirmation.Outcome.REFUSED,
					local.name() + " is " + role + why + ", not server; resend to the server"));
		}
		long now = System.currentTimeMillis();
		if (leased && !lease.held(now)) {
			return CompletableFuture.completedFuture(new Confirmation(action.key(), Confirmation.Outcome.REFUSED,
					local.name() + " serves but its " + lease.whyNotHeld(now) + "; resend to the server"));
		}
		return actions.confirm(r, action, fromNode, remote, timeoutMs);
	}

	/** Client: sends an operator action to the server; completes once the standby holds it, across failovers. */
	public CompletableFuture<Confirmation> submitOperatorAction(ReplicatedFact action) {
		return client.submit(action.key(), action);
	}

	/** Server: publishes a value or alarm to every subscribed client, without flow control (see notes). */
	public void publish(List<ReplicatedFact> values) {
		if (role == MemberRole.SERVER) {
			publisher.publish(channel, epoch, values);
		}
	}

	/** Standby: a fact its shadow drivers observed (kept for the seamless window). */
	public void observe(ReplicatedFact fact) {
		shadow.observe(fact);
	}

	/**
	 * What a server-capable node's drivers call for every fact they observe: the server records it (unless it holds
	 * the key already); a standby, or a server at the sequence point of a planned switch, keeps it in the shadow
	 * buffer. Atomic with promotion, so no fact falls between the two.
	 *
	 * @return the stamped fact when it was recorded here
	 */
	public Optional<ReplicatedFact> observeOrRecord(ReplicatedFact fact) throws InterruptedException {
		return recording.observeOrRecord(fact);
	}

	// ---- role keeping (control thread) ----

	void onView(View v) {
		long installed = System.currentTimeMillis();
		peers.view(v);
		lease.view(peers.members(), installed);
		// the failure detector's own figure: the benchmarks set the time of this line beside the role change
		LOG.log(Level.INFO, "node {0}: view {1,number,#} members {2} installed at {3,number,#}", local.name(),
				v.getViewId().getId(), peers.members(), installed);
		long graceMs = schedule.viewInstalled(v);
		publisher.retain(v);
		if (v instanceof MergeView) {
			LOG.log(Level.INFO, "node {0}: merged partitions into {1}", local.name(), peers.members());
			// a peer that had this member out of its view forgot what it received from it and never returns those
			// credits: after a pause at 20,000 facts/s every send to it blocked for good (FailureDetectionBenchmark)
			channel.refillFlowControlCredits();
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
		// kept even before the view that contains the sender is installed here (merge): evaluate() filters by view
		if (peers.announced(from, a)) {
			// answer a newcomer directly: our own multicast after the view may have reached it before it installed
			// that view, and JGroups drops messages from non-members
			send(from, announcementEnvelope());
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
		if (local.serverCapable() && peers.superseded(channel.address())) {
			if (role != MemberRole.STANDBY) { // a restarted process of this node joined: it is the node now
				changeRole(MemberRole.STANDBY, epoch, "a newer incarnation of " + local.name()
						+ " is in the view; this old incarnation no longer serves");
			}
		} else if (local.serverCapable()) {
			Election.Decision d = election.decide(new Election.Self(local, role, epoch, newestEpoch, projectHash,
					alignment.aligned()), members(), peers.inView(), schedule.graceExpired());
			boolean promoting = d.role() == MemberRole.SERVER && role != MemberRole.SERVER;
			boolean wait = d.waitForAnnouncements() || promoting && (schedule.mergeComing() || schedule.mergeGrace());
			if (!wait && (d.role() != role || d.epoch() != epoch)) {
				changeRole(d.role(), d.epoch(), d.reason());
			}
			if (role == MemberRole.SERVER && hasQuorum()) {
				switchBack.consider(recording.replicator(), peers.inView(), projectHash);
			}
		}
		updateServer();
	}

	private void changeRole(MemberRole to, long newEpoch, String reason) {
		changeRole(to, newEpoch, reason, 0);
	}

	/** @param continueAfter a new server's first seq follows this one (the handover point of a planned switch) */
	private void changeRole(MemberRole to, long newEpoch, String reason, long continueAfter) {
		MemberRole from = role;
		String why = reason;
		if (to == MemberRole.SERVER) {
			long seq = Math.max(store.highWaterMark().seq(), continueAfter);
			Replicator r = new Replicator(channel, control, newEpoch, seq, local.name());
			r.standbys(peers.serverCapablePeers());
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
			recording.stop();
			epoch = Math.max(epoch, newEpoch);
			role = to;
		}
		RoleChange change = new RoleChange(local.name(), from, to, epoch, why, System.currentTimeMillis());
		LOG.log(Level.INFO, "{0}", change);
		fire(l -> l.roleChanged(change));
		if (to != MemberRole.OFFLINE && channel != null && peers.view() != null) {
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
				fire(l -> l.serverChanged(now, e));
			}
			if (channel != null && peers.view() != null) {
				announce(); // whom this member follows decides whether another node may promote (Election)
			}
		}
		if (local.kind() != NodeKind.SERVER_CAPABLE || role != MemberRole.SERVER) {
			client.serverChanged(address, serverEpoch);
		}
	}

	void onHandover(String fromNode, Envelope e) {
		if (switchBack.accept(e, fromNode, alignment.aligned(), newestEpoch)) {
			long next = Math.max(newestEpoch, e.epoch()) + 1;
			changeRole(MemberRole.SERVER, next, "planned switch-back: " + fromNode + " handed over at (" + e.epoch()
					+ ", " + e.seq() + "), continuing with epoch " + next, e.seq());
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
		Address self = channel.address();
		for (Address a : peers.view().getMembers()) {
			if (!a.equals(self)) {
				send(a, env);
			}
		}
	}

	private Envelope announcementEnvelope() {
		return AnnouncementSchedule.envelope(new Announcement(local.name(), local.kind(), role, epoch, projectHash,
				store.highWaterMark(), alignment.aligned(), serverNode, serverNodeEpoch));
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
			send(from, announcementEnvelope());
		}
	}

	private void checkLease() {
		ServerLease.Change c = lease.check(role == MemberRole.SERVER, System.currentTimeMillis());
		if (c != null) {
			LOG.log(c.held() ? Level.INFO : Level.WARNING, "node {0}: {1}", local.name(), c.reason());
			fire(l -> l.leaseChanged(local.name(), c.held(), c.reason()));
		}
	}

	/** Repeats what a merge or a lost message may have hidden, and renews the server's lease ({@link ServerLease}). */
	private void heartbeat() {
		if (role != MemberRole.OFFLINE && peers.view() != null) {
			announce();
		}
	}

	private void tick() {
		if (role != MemberRole.OFFLINE && peers.view() != null) {
			Address outside = schedule.outsideServer();
			if (outside != null) { // its answer (a fence notice) keeps the promotion on hold until the merge
				send(outside, announcementEnvelope());
			}
		}
		alignment.tick();
		if (role == MemberRole.SERVER || role == MemberRole.STANDBY && alignment.aligned() && !serverNode.isEmpty()) {
			store.completeThrough(System.currentTimeMillis()); // nothing the cluster recorded is missing here
		}
		client.resendUnconfirmed();
	}

	// ---- plumbing ----

	/**
	 * Announcements, fence notices, acknowledgements, confirmations, alignment and handover go past JGroups flow
	 * control: they are small or windowed by the alignment itself, and a sender whose credits for a peer ran out
	 * must not block the control thread on them. Only the replication stream (the {@code Replicator}) is
	 * flow-controlled, so a slow standby throttles the server's stream and nothing else.
	 */
	void send(Address to, Envelope e) {
		try {
			channel.send(to, e, true);
		} catch (Exception ex) {
			LOG.log(Level.WARNING, "node " + local.name() + ": cannot send " + e.type() + ": " + ex);
		}
	}

	void reject(String from, String reason) {
		channel.reject(from, reason);
	}

	private void fire(Consumer<ClusterListener> event) {
		if (events.isShutdown()) {
			return;
		}
		events.execute(() -> listeners.forEach(l -> {
			try {
				event.accept(l);
			} catch (RuntimeException e) {
				LOG.log(Level.ERROR, "cluster listener " + l + " failed", e);
			}
		}));
	}

	private void runOnControl(Runnable r) {
		try {
			control.submit(r).get(2, TimeUnit.SECONDS);
		} catch (Exception e) {
			LOG.log(Level.WARNING, "node " + local.name() + ": control thread did not finish " + e);
		}
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}

	/** A planned switch was abandoned: the server records again, first what it kept while sealed. */
	int resumeRecording(Replicator r) { return recording.resume(r); }
	void heard(String node) { lease.heard(node, System.currentTimeMillis()); }
	void onAck(Address from, Stamp s) { Replicator r = recording.replicator(); if (r != null) r.onAck(from, s); }
	void subscribe(Address client) { publisher.subscribe(client); }
	ClientConnection client() { return client; }
	FactStore store() { return store; }
	PeerTable peerTable() { return peers; }
	void onControl(Runnable r) { if (!control.isShutdown()) control.execute(r); }
	void onControlAfter(Runnable r, long ms) { if (!control.isShutdown()) control.schedule(r, ms, TimeUnit.MILLISECONDS); }
	void fireEvent(Consumer<ClusterListener> event) { fire(event); }
}
