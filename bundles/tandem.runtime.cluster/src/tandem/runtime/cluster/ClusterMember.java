package tandem.runtime.cluster;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jgroups.Address;
import org.jgroups.MergeView;
import org.jgroups.View;

import tandem.runtime.cluster.internal.Announcement;
import tandem.runtime.cluster.internal.ClientConnection;
import tandem.runtime.cluster.internal.Election;
import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MemberChannel;
import tandem.runtime.cluster.internal.MessageType;
import tandem.runtime.cluster.internal.Replicator;
import tandem.runtime.cluster.internal.Wire;

/**
 * One node's membership in its project's cluster: the entry point for a headless runtime node, an operator client,
 * a witness or the studio. It keeps the member's role from views and announcements ({@link Election}), streams
 * facts to the standbys while serving ({@link Replicator}), applies and acknowledges them while standing by, and
 * keeps a client's operator actions until the standby holds them ({@link ClientConnection}). Every role change is
 * reported with its reason. Role decisions run on one control thread, so they never race each other.
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
	private final Map<String, Announcement> peers = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<Confirmation>> actionsInFlight = new ConcurrentHashMap<>();
	private final Map<Address, Boolean> subscribers = new ConcurrentHashMap<>();
	private final FollowerStream follower;
	private MemberChannel channel;
	private ClientConnection client;
	private volatile MemberRole role = MemberRole.OFFLINE;
	private volatile long epoch;
	private volatile long newestEpoch;
	private volatile View view;
	private volatile String serverNode = "";
	private volatile Replicator replicator;
	private long viewInstalledAt;
	private long graceMs;

	public ClusterMember(ClusterSettings settings, String localNode, FactStore store, String projectHash) {
		this.settings = settings;
		this.local = settings.node(localNode).orElseGet(() -> NodeSpec.of(localNode, NodeKind.CLIENT));
		this.store = store;
		this.projectHash = projectHash;
		this.election = new Election(settings);
		this.shadow = ShadowBuffer.forSettings(settings);
		this.control = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tandem-cluster-" + localNode));
		this.events = Executors.newSingleThreadExecutor(r -> daemon(r, "tandem-cluster-events-" + localNode));
		this.follower = new FollowerStream(this, store, shadow);
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
		channel = new MemberChannel(settings, local, new Inbox(), (from, why) -> fire(l -> l.messageRejected(from, why)));
		client = new ClientConnection(channel);
		MemberRole initial = switch (local.kind()) {
		case SERVER_CAPABLE -> MemberRole.STANDBY;
		case CLIENT -> MemberRole.CLIENT;
		case WITNESS -> MemberRole.WITNESS;
		case STUDIO -> MemberRole.STUDIO;
		};
		control.execute(() -> changeRole(initial, epoch, "joining cluster " + settings.clusterName()));
		channel.connect();
		control.scheduleWithFixedDelay(this::tick, 500, 500, TimeUnit.MILLISECONDS);
	}

	/** Leaves the cluster; the others see a regular view change at once. */
	public void stop() {
		if (control.isShutdown()) {
			return;
		}
		runOnControl(() -> {
			stopReplicator();
			changeRole(MemberRole.OFFLINE, epoch, "stopped");
		});
		if (channel != null) {
			channel.close();
		}
		control.shutdownNow();
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
	public List<String> members() { View v = view; return v == null ? List.of() : MemberChannel.nodesOf(v); }
	public boolean hasQuorum() { return election.hasQuorum(members()); }
	public ShadowBuffer shadowBuffer() { return shadow; }
	public long rejectedMessages() { return channel.rejectedCount(); }
	public String lastRejection() { return channel.lastRejection(); }
	public List<String> unconfirmedActions() { return client.unconfirmedActions(); }
	/** Facts the server has queued for its standbys but not sent yet. */
	public int replicationBacklog() { Replicator r = replicator; return r == null ? 0 : r.backlog(); }
	MemberChannel channel() { return channel; }

	/** Server: stamps a fact with the current epoch and the next seq, stores it locally and streams it. */
	public ReplicatedFact record(ReplicatedFact fact) throws InterruptedException {
		Replicator r = serving();
		ReplicatedFact stamped = r.append(fact);
		store.upsert(List.of(stamped));
		return stamped;
	}

	/** Server: streams a fact the runtime's own event log has stamped (and stored) with the current epoch. */
	public void replicate(ReplicatedFact stamped) throws InterruptedException {
		serving().appendStamped(stamped);
	}

	/**
	 * Server: records an operator action and completes when every standby holds it (or the timeout passes). An
	 * action whose id is already recorded or in flight is not recorded again.
	 */
	public CompletableFuture<Confirmation> confirmOperatorAction(ReplicatedFact action, long timeoutMs) {
		Replicator r = replicator;
		if (r == null || role != MemberRole.SERVER) {
			return CompletableFuture.completedFuture(
					new Confirmation(action.key(), Confirmation.Outcome.REFUSED, local.name() + " is " + role + ", not server"));
		}
		CompletableFuture<Confirmation> inFlight = actionsInFlight.get(action.key());
		if (inFlight != null) {
			return inFlight;
		}
		if (store.contains(action.key())) {
			return CompletableFuture.completedFuture(new Confirmation(action.key(),
					Confirmation.Outcome.HELD_BY_STANDBY, "already recorded; resend of the same action id"));
		}
		try {
			ReplicatedFact stamped = record(action);
			CompletableFuture<Confirmation> f = r.awaitHeld(action.key(), stamped.stamp(), timeoutMs);
			actionsInFlight.put(action.key(), f);
			f.whenComplete((c, e) -> actionsInFlight.remove(action.key()));
			return f;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return CompletableFuture.failedFuture(e);
		}
	}

	/** Client: sends an operator action to the server; completes once the standby holds it, across failovers. */
	public CompletableFuture<Confirmation> submitOperatorAction(ReplicatedFact action) {
		return client.submit(action.key(), action);
	}

	/** Server: publishes a value or alarm to every subscribed client, without flow control (see notes). */
	public void publish(List<ReplicatedFact> values) {
		if (role != MemberRole.SERVER) {
			return;
		}
		Envelope e = new Envelope(MessageType.VALUES, epoch, 0, Wire.facts(values));
		for (Address a : subscribers.keySet()) {
			try {
				channel.send(a, e, true);
			} catch (Exception ex) {
				LOG.log(Level.WARNING, "cannot publish to " + MemberChannel.nodeOf(a) + ": " + ex);
			}
		}
	}

	/** Standby: a fact its shadow drivers observed (kept for the seamless window). */
	public void observe(ReplicatedFact fact) {
		shadow.observe(fact);
	}

	private Replicator serving() {
		Replicator r = replicator;
		if (r == null || role != MemberRole.SERVER) {
			throw new IllegalStateException("node " + local.name() + " is " + role + "; only the server records");
		}
		return r;
	}

	// ---- role keeping (control thread) ----

	private void onView(View v) {
		view = v;
		viewInstalledAt = System.currentTimeMillis();
		// after a merge, first announcements may be dropped as coming from non-members until every side has
		// installed the merge view: wait for the periodic re-announcement before promoting anyone
		graceMs = settings.announceGraceMs() + (v instanceof MergeView ? 1500 : 0);
		List<String> names = MemberChannel.nodesOf(v);
		peers.keySet().retainAll(names);
		subscribers.keySet().retainAll(v.getMembers());
		if (v instanceof MergeView) {
			LOG.log(Level.INFO, "node {0}: merged partitions into {1}", local.name(), names);
		}
		Replicator r = replicator;
		if (r != null) {
			r.standbys(standbyAddresses());
		}
		announce();
		evaluate();
		control.schedule(this::evaluate, graceMs + 10L, TimeUnit.MILLISECONDS);
	}

	private void onAnnouncement(Address from, Announcement a) {
		if (a.node().equals(local.name())) {
			return;
		}
		// kept even before the view that contains the sender is installed here (merge): evaluate() filters by view
		Announcement before = peers.put(a.node(), a);
		if (before == null) {
			// answer a newcomer directly: our own multicast after the view may have reached it before it installed
			// that view, and JGroups drops messages from non-members
			send(from, announcementEnvelope());
		}
		seeEpoch(a.epoch());
		evaluate();
	}

	void seeEpoch(long e) {
		if (e > newestEpoch) {
			newestEpoch = e;
			control.execute(this::evaluate);
		}
	}

	private void evaluate() {
		if (role == MemberRole.OFFLINE || view == null) {
			return;
		}
		if (local.serverCapable()) {
			boolean graceExpired = System.currentTimeMillis() - viewInstalledAt >= graceMs;
			Election.Decision d = election.decide(new Election.Self(local, role, epoch, newestEpoch, projectHash),
					members(), peersInView(), graceExpired);
			if (!d.waitForAnnouncements() && (d.role() != role || d.epoch() != epoch)) {
				changeRole(d.role(), d.epoch(), d.reason());
			}
		}
		updateServer();
	}

	private void changeRole(MemberRole to, long newEpoch, String reason) {
		MemberRole from = role;
		String why = reason;
		if (to == MemberRole.SERVER) {
			stopReplicator();
			epoch = newEpoch;
			newestEpoch = Math.max(newestEpoch, newEpoch);
			replicator = new Replicator(channel, control, newEpoch, store.highWaterMark().seq(), local.name());
			replicator.standbys(standbyAddresses());
			role = to;
			if (from != MemberRole.SERVER) {
				why += "; recorded " + flushShadowBuffer() + " facts from the shadow buffer";
			}
		} else {
			stopReplicator();
			epoch = Math.max(epoch, newEpoch);
			role = to;
		}
		RoleChange change = new RoleChange(local.name(), from, to, epoch, why, System.currentTimeMillis());
		LOG.log(Level.INFO, "{0}", change);
		fire(l -> l.roleChanged(change));
		if (to != MemberRole.OFFLINE && channel != null && view != null) {
			announce();
		}
	}

	private int flushShadowBuffer() {
		List<ReplicatedFact> stamped = new ArrayList<>();
		try {
			for (ReplicatedFact f : shadow.takeover()) {
				if (!store.contains(f.key())) {
					stamped.add(replicator.append(f));
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		store.upsert(stamped);
		return stamped.size();
	}

	private void updateServer() {
		String now;
		long serverEpoch;
		Address address = null;
		if (role == MemberRole.SERVER) {
			now = local.name();
			serverEpoch = epoch;
		} else {
			Optional<Announcement> s = peersInView().values().stream()
					.filter(a -> a.role() == MemberRole.SERVER && a.epoch() >= newestEpoch).findFirst();
			now = s.map(Announcement::node).orElse("");
			serverEpoch = s.map(Announcement::epoch).orElse(0L);
			address = s.map(a -> addressOf(a.node())).orElse(null);
		}
		if (!now.equals(serverNode)) {
			serverNode = now;
			long e = serverEpoch;
			fire(l -> l.serverChanged(now, e));
		}
		if (local.kind() != NodeKind.SERVER_CAPABLE || role != MemberRole.SERVER) {
			client.serverChanged(address, serverEpoch);
		}
	}

	private Map<String, Announcement> peersInView() {
		Map<String, Announcement> in = new java.util.HashMap<>(peers);
		in.keySet().retainAll(members());
		return in;
	}

	private Address addressOf(String node) {
		View v = view;
		return v == null ? null
				: v.getMembers().stream().filter(a -> MemberChannel.nodeOf(a).equals(node)).findFirst().orElse(null);
	}

	private List<Address> standbyAddresses() {
		View v = view;
		List<Address> out = new ArrayList<>();
		if (v != null) {
			for (Address a : v.getMembers()) {
				String n = MemberChannel.nodeOf(a);
				if (!n.equals(local.name()) && settings.node(n).map(NodeSpec::serverCapable).orElse(false)) {
					out.add(a);
				}
			}
		}
		return out;
	}

	private void announce() {
		send(null, announcementEnvelope());
	}

	private Envelope announcementEnvelope() {
		Announcement a = new Announcement(local.name(), local.kind(), role, epoch, projectHash, store.highWaterMark());
		return new Envelope(MessageType.ANNOUNCE, epoch, 0, Wire.announcement(a));
	}

	private void tick() {
		if (role != MemberRole.OFFLINE && view != null) {
			announce(); // repeats what a merge or a lost message may have hidden
		}
		client.resendUnconfirmed();
	}

	private void stopReplicator() {
		Replicator r = replicator;
		replicator = null;
		if (r != null) {
			r.stop();
		}
	}

	// ---- plumbing ----

	void send(Address to, Envelope e) {
		try {
			channel.send(to, e, false);
		} catch (Exception ex) {
			LOG.log(Level.WARNING, "node " + local.name() + ": cannot send " + e.type() + ": " + ex);
		}
	}

	void reject(String from, String reason) {
		channel.reject(from, reason);
	}

	private void fire(java.util.function.Consumer<ClusterListener> event) {
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

	private final class Inbox implements MemberChannel.Inbox {
		@Override
		public void view(View v) {
			control.execute(() -> onView(v));
		}

		@Override
		public void deliver(Address from, String fromNode, Envelope e) {
			try {
				switch (e.type()) {
				case ANNOUNCE -> {
					Announcement a = Wire.announcement(e.payload());
					control.execute(() -> onAnnouncement(from, a));
				}
				case FACTS -> follower.facts(from, fromNode, e);
				case ACK -> { Replicator r = replicator; if (r != null) r.onAck(from, Wire.stamp(Wire.in(e.payload()))); }
				case ACTION -> follower.action(from, e);
				case ACTION_CONFIRM -> { if (!follower.fenced(fromNode, e)) client.confirmation(e.payload()); }
				case SUBSCRIBE -> subscribers.put(from, Boolean.TRUE);
				case VALUES -> follower.values(fromNode, e, listeners);
				default -> reject(fromNode, e.type() + " is not handled by this version");
				}
			} catch (IOException ex) {
				reject(fromNode, "malformed " + e.type() + " payload: " + ex.getMessage());
			}
		}
	}

	FactStore store() { return store; }
	void fireEvent(java.util.function.Consumer<ClusterListener> event) { fire(event); }
}
