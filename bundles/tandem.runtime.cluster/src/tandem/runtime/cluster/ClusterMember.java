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
 * reported with its reason. The parts: {@link RoleKeeper} (role decisions, on one control thread),
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
	private volatile String projectHash;
	private volatile DeploymentPort deployment;
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
	private final SwitchBack switchBack;
	private final ServerRecording recording;
	private final ServerLease lease;
	private final LeaseGrants grants;
	private final RoleKeeper roles;
	private final QueryDesk queries;
	private MemberChannel channel;
	private ClientConnection client;

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
		this.switchBack = new SwitchBack(this, settings, local);
		this.recording = new ServerRecording(this, store, shadow);
		this.lease = new ServerLease(settings, election, localNode);
		this.grants = new LeaseGrants(this, settings, localNode, peers);
		this.queries = new QueryDesk(this, control, localNode);
		this.roles = new RoleKeeper(this, control, new RoleKeeper.Parts(local, projectHash, store, election, peers,
				new AnnouncementSchedule(settings), switchBack, recording, alignment, lease, grants, publisher));
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

	/**
	 * What the runtime does with the deployment messages of this member (staging, activation, version sync, the
	 * studio's requests). The cluster moves them authenticated like every message and never interprets them.
	 */
	public interface DeploymentPort {
		void received(String fromNode, byte[] payload);
	}

	/** Installs the runtime's deployment handling; without one, deployment messages are dropped with a reason. */
	public void onDeployment(DeploymentPort port) {
		this.deployment = port;
	}

	/**
	 * Sends a deployment message to one member of the view, past flow control (a frozen client must not stall the
	 * server); large payloads are fragmented by the stack.
	 *
	 * @throws IllegalStateException when {@code node} is not in this member's view
	 */
	public void sendDeployment(String node, byte[] payload) {
		Address to = peers.addressOf(node);
		if (to == null) {
			throw new IllegalStateException(node + " is not in the view of " + local.name());
		}
		send(to, new Envelope(tandem.runtime.cluster.internal.MessageType.DEPLOYMENT, epoch(), 0, payload));
	}

	/** The project version this member runs now (its content hash): announced, and used by elections. */
	public void runningProject(String hash) {
		projectHash = hash;
		onControl(() -> roles.runningProject(hash));
	}

	/** Content hash of the project this member runs now. */
	public String projectHash() {
		return projectHash;
	}

	void deployment(String fromNode, byte[] payload) {
		DeploymentPort port = deployment;
		if (port == null) {
			reject(fromNode, "deployment message, but " + local.name() + " takes no deployments");
		} else {
			port.received(fromNode, payload);
		}
	}

	public void addListener(ClusterListener l) {
		listeners.add(l);
	}

	public void start() throws Exception {
		roles.resumeEpoch(store.highWaterMark().epoch());
		channel = new MemberChannel(settings, local, new MemberInbox(this, roles, follower, alignment),
				(from, why) -> fire(l -> l.messageRejected(from, why)));
		client = new ClientConnection(channel, answer -> fire(l -> l.operatorActionAnswered(answer)));
		MemberRole initial = switch (local.kind()) {
		case SERVER_CAPABLE -> MemberRole.STANDBY;
		case CLIENT -> MemberRole.CLIENT;
		case WITNESS -> MemberRole.WITNESS;
		case STUDIO -> MemberRole.STUDIO;
		};
		control.execute(() -> roles.changeRole(initial, roles.epoch(), "joining cluster " + settings.clusterName()));
		channel.connect();
		control.scheduleWithFixedDelay(roles::tick, 500, 500, TimeUnit.MILLISECONDS);
		control.scheduleWithFixedDelay(roles::checkLease, 100, 100, TimeUnit.MILLISECONDS);
		long period = lease.announcePeriodMs();
		control.scheduleWithFixedDelay(roles::heartbeat, period, period, TimeUnit.MILLISECONDS);
		control.scheduleWithFixedDelay(queries::resendQuiet, 1000, 1000, TimeUnit.MILLISECONDS);
	}

	/** Leaves the cluster; the others see a regular view change at once. */
	public void stop() {
		if (control.isShutdown()) {
			return;
		}
		runOnControl(() -> {
			alignment.stop();
			recording.stop();
			roles.changeRole(MemberRole.OFFLINE, roles.epoch(), "stopped");
		});
		if (channel != null) {
			channel.close();
		}
		queries.stop();
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
	public MemberRole role() { return roles.role(); }
	public long epoch() { return roles.epoch(); }
	/** Newest epoch this member has seen anywhere; writes stamped older are refused. */
	public long newestEpoch() { return roles.newestEpoch(); }
	/** The member serving the cluster as this member sees it; empty when there is none in view. */
	public Optional<String> serverNode() { String s = roles.serverNode(); return s.isEmpty() ? Optional.empty() : Optional.of(s); }
	/** Node names in the current view, each once (a restarted node's newest incarnation). */
	public List<String> members() { return peers.members(); }
	/**
	 * Every member of the view with its role, epoch, alignment, project hash and high-water mark, this one included
	 * (the others as they last announced themselves; one not heard from yet is left out). For status displays.
	 */
	public List<MemberInfo> memberInfos() {
		return MemberInfo.inView(members(), new MemberInfo(local.name(), local.kind(), role(), epoch(), alignment.aligned(),
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
	public boolean actsOnField() { return role() == MemberRole.SERVER && lease.held(System.currentTimeMillis()); }
	/** True when this member's lease ran out ({@link ServerLease#lapsed}); see {@link #observeOrRecord}. */
	boolean leaseLapsed() { return lease.lapsed(System.currentTimeMillis()); }
	/**
	 * Serving without an aligned standby in view since this time (millis; 0 while protected or not serving): operator
	 * actions are then confirmed once durable in this node's own history ({@link Protection}).
	 */
	public long unprotectedSince() { return roles.unprotectedSince(); }
	/** How long a server may go without hearing from a majority of the voters before it stops acting. */
	public long leaseMs() { return lease.leaseMs(); }
	public ShadowBuffer shadowBuffer() { return shadow; }

	void fireMissed(String standby, List<ReplicatedFact> facts) {
		fire(l -> l.missedByServer(standby, facts));
	}
	public long rejectedMessages() { return channel.rejectedCount(); }
	public String lastRejection() { return channel.lastRejection(); }
	public List<String> unconfirmedActions() { return client.unconfirmedActions(); }
	/** Facts the server has queued for its standbys but not sent yet. */
	public int replicationBacklog() { Replicator r = recording.replicator(); return r == null ? 0 : r.backlog(); }
	MemberChannel channel() { return channel; }
	ClusterSettings settings() { return settings; }
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
	/** Fault injection for tests: this member hears nobody and nobody hears it until {@link #faultHeal()}. */
	public void faultIsolate() { channel.faultIsolate(); }
	/** Takes back every {@link #faultCut} and {@link #faultIsolate}. */
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
		MemberRole role = role();
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

	/**
	 * Server and standby: installs the answer to stations' history questions (see {@link QueryDesk}); a member
	 * without one answers that it does not serve.
	 */
	public void setQueryHandler(QueryHandler handler) {
		queries.handler(handler);
	}

	/**
	 * Client: asks the serving node a history question; completes with its answer (from the new server when a
	 * failover falls in between), fails with IllegalArgumentException when the node refused it (naming why) or
	 * with TimeoutException when no node answered in time.
	 */
	public CompletableFuture<byte[]> ask(byte[] question, long timeoutMs) {
		return queries.ask(question, timeoutMs);
	}

	/** Client: history questions not answered yet. */
	public List<String> openQuestions() {
		return queries.openQuestions();
	}

	/** Client: sends an operator action to the server; completes once the standby holds it, across failovers. */
	public CompletableFuture<Confirmation> submitOperatorAction(ReplicatedFact action) {
		return client.submit(action.key(), action);
	}

	/** Server: publishes a value or alarm to every subscribed client, without flow control (see notes). */
	public void publish(List<ReplicatedFact> values) {
		if (role() == MemberRole.SERVER) {
			publisher.publish(channel, epoch(), values);
		}
	}

	/** Standby: a fact its shadow drivers observed (kept for the seamless window). */
	public void observe(ReplicatedFact fact) {
		shadow.observe(fact);
	}

	/**
	 * What a server-capable node's drivers call for every fact they observe: the server records it (unless it holds
	 * the key already); a standby, a server at the sequence point of a planned switch, or a server whose lease ran
	 * out (it may have been replaced while paused or cut off, and a successor's on-change chain and alarm decisions
	 * must not get a second, stale set beside them) keeps it in the shadow buffer. The lapsed server records what it
	 * kept once its lease is renewed, or alone once it is degraded. Atomic with promotion, so no fact falls between
	 * the two.
	 *
	 * @return the stamped fact when it was recorded here
	 */
	public Optional<ReplicatedFact> observeOrRecord(ReplicatedFact fact) throws InterruptedException {
		return recording.observeOrRecord(fact);
	}

	/**
	 * What a degraded member's drivers call for a fact whose recording depends on the one before it (an on-change
	 * archive's sample): kept in the shadow buffer while the member may yet turn out to be a standby, recorded in its
	 * own history once it stayed degraded too long to keep it ({@link ServerRecording#observeWhileDegraded}).
	 *
	 * @return the fact when it was recorded in the history; empty when it is kept
	 */
	public Optional<ReplicatedFact> observeWhileDegraded(ReplicatedFact fact) {
		return recording.observeWhileDegraded(fact);
	}

	/** The first alignment after joining or a merge finished: this node is a ready standby now. */
	void alignedNow() { roles.alignedNow(); }
	/** The stream from the server as it reaches this member (tests feed it what a lossy network delivers). */
	FollowerStream followerStream() { return follower; }
	void streamGap(String server, Stamp applied, long first) { onControl(() -> roles.streamGap(server, applied, first)); }
	void seeEpoch(long e) { roles.seeEpoch(e); }

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
	/** A planned switch sealed the stream ({@code why}), or was abandoned (null): the lease follows, reported at once. */
	void handingOver(String why) { lease.handingOver(why); roles.checkLease(); }
	/** A lease ping of a serving node: echoed by a voter that may renew its lease ({@link LeaseGrants}). */
	void leasePing(Address from, String fromNode, tandem.runtime.cluster.internal.Envelope ping) {
		grants.onPing(from, fromNode, ping, role(), newestEpoch());
	}

	/**
	 * A voter echoed a lease ping of this node's current epoch or newer (a standby pings at the newest it knows): it
	 * counts from the ping's time.
	 */
	void leaseEchoed(String fromNode, tandem.runtime.cluster.internal.Envelope echo) {
		if (echo.epoch() >= epoch()) {
			lease.heard(fromNode, echo.seq());
		}
	}

	void announcedToLease(String node, tandem.runtime.cluster.internal.Announcement a) {
		lease.announced(node, a.role(), a.epoch(), a.follows(), a.followsEpoch(), epoch());
	}
	void onAck(Address from, Stamp s) { Replicator r = recording.replicator(); if (r != null) r.onAck(from, s); }
	void subscribe(Address client) { publisher.subscribe(client); }
	ClientConnection client() { return client; }
	QueryDesk queries() { return queries; }
	FactStore store() { return store; }
	PeerTable peerTable() { return peers; }
	void onControl(Runnable r) { if (!control.isShutdown()) control.execute(r); }
	void onControlAfter(Runnable r, long ms) { if (!control.isShutdown()) control.schedule(r, ms, TimeUnit.MILLISECONDS); }
	void fireEvent(Consumer<ClusterListener> event) { fire(event); }
}
