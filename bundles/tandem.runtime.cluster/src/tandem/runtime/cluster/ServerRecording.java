package tandem.runtime.cluster;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tandem.runtime.cluster.internal.Replicator;

/**
 * What a member records while it serves: it stamps facts through the epoch's {@link Replicator}, stores them and
 * streams them; on promotion it records the shadow buffer's facts newer than the last replicated one. Promotion and
 * {@link #observeOrRecord} hold one lock, so a fact observed at the moment of promotion is either in the shadow
 * buffer when it is flushed or recorded directly, never lost between the two.
 */
final class ServerRecording {

	private static final Logger LOG = System.getLogger(ServerRecording.class.getName());

	private final ClusterMember member;
	private final FactStore store;
	private final ShadowBuffer shadow;
	private final Object gate = new Object();
	private volatile Replicator replicator;
	/** Since when this server keeps what it observes in the shadow buffer because its lease ran out; 0: it does not. */
	private volatile long lapsedSince;
	/** The lease stayed out for half the shadow buffer's retention: record on, without waiting for the renewal. */
	private volatile boolean lapseOverdue;
	/** Since when this member is degraded and keeps chain samples in the shadow buffer; 0: it is not degraded. */
	private volatile long degradedSince;
	/** Degraded too long to keep more ({@link #keptWhileDegradedMs}): what it kept is in its own history, and it records there. */
	private volatile boolean degradedOverdue;

	ServerRecording(ClusterMember member, FactStore store, ShadowBuffer shadow) {
		this.member = member;
		this.store = store;
		this.shadow = shadow;
	}

	/** The serving epoch's replicator, or null when this member does not serve. */
	Replicator replicator() {
		return replicator;
	}

	/** Starts serving with {@code r}; {@code becomeServer} switches the role inside the lock. Returns facts flushed. */
	int start(Replicator r, Runnable becomeServer, boolean flushShadow) {
		synchronized (gate) {
			boolean keptWhileLapsed = lapsedSince != 0;
			stop();
			flushShadow |= keptWhileLapsed; // a new epoch of this server: what it kept is its own to record
			degradedSince = 0;
			degradedOverdue = false;
			replicator = r;
			becomeServer.run();
			return flushShadow ? flushShadowBuffer(r) : 0;
		}
	}

	/**
	 * A planned switch was abandoned: accepts facts again and records, first, what was kept in the shadow buffer
	 * while sealed (nobody else will: the preferred node did not take over). Atomic with {@link #observeOrRecord}.
	 */
	int resume(Replicator r) {
		synchronized (gate) {
			r.unseal();
			return replicator == r && member.role() == MemberRole.SERVER ? flushShadowBuffer(r) : 0;
		}
	}

	void stop() {
		lapsedSince = 0;
		lapseOverdue = false;
		Replicator r = replicator;
		replicator = null;
		if (r != null) {
			r.stop();
		}
	}

	/**
	 * The server stepped down to recording alone (no quorum): what it kept in the shadow buffer while its lease had
	 * run out is stored in its own history now, like everything it observes from here on. Returns how many facts.
	 */
	int degraded() {
		synchronized (gate) {
			boolean kept = lapsedSince != 0;
			stop();
			if (!kept) {
				return 0;
			}
			List<ReplicatedFact> facts = new ArrayList<>();
			for (ReplicatedFact f : shadow.takeover()) {
				if (!store.contains(f.key())) {
					facts.add(f);
				}
			}
			store.upsert(facts);
			return facts.size();
		}
	}

	/** The member's role changed from {@code from} to {@code to}: a degraded spell begins or ends here. */
	void roleChanged(MemberRole from, MemberRole to) {
		synchronized (gate) {
			if (to != MemberRole.DEGRADED) {
				degradedSince = 0;
				degradedOverdue = false;
			} else if (from != MemberRole.DEGRADED) {
				degradedSince = System.currentTimeMillis();
				degradedOverdue = false;
			}
		}
	}

	/**
	 * A degraded member (no quorum) does not know whether another node serves: it may be a node that started before
	 * it saw its cluster, or one side of a partition. What it records alone stays in the history and merges with the
	 * server's later; for a sample whose recording depends on the one before it (an on-change archive's chain) two
	 * chains merged are wrong (a sample within the deadband of the merged one before it). So such a sample is kept in
	 * the shadow buffer first, as a standby keeps it: a node that turns standby follows the server's chain with it
	 * (and hands over what the server missed), one that turns server records it. One that stays degraded longer than it
	 * can keep them ({@link #keptWhileDegradedMs}) records what it kept, and from then on, in its own history.
	 *
	 * @return the fact when it was recorded in the history; empty when it is kept
	 */
	Optional<ReplicatedFact> observeWhileDegraded(ReplicatedFact fact) {
		synchronized (gate) {
			long now = System.currentTimeMillis();
			if (member.role() != MemberRole.DEGRADED) {
				shadow.observe(fact); // the role changed a moment ago: the shadow buffer is where either way leads
				return Optional.empty();
			}
			if (!degradedOverdue && now - degradedSince < keptWhileDegradedMs()) {
				shadow.observe(fact);
				return Optional.empty();
			}
			recordKeptWhileDegraded(now);
			if (!store.contains(fact.key())) {
				store.upsert(List.of(fact));
			}
			return Optional.of(fact);
		}
	}

	/**
	 * Called when the member has been degraded for {@link #keptWhileDegradedMs} (a timer, so what it kept is stored
	 * before the shadow buffer drops it even when no new sample comes): records what it kept and from then on alone.
	 */
	void degradedTooLong() {
		synchronized (gate) {
			long now = System.currentTimeMillis();
			if (member.role() == MemberRole.DEGRADED && degradedSince != 0
					&& now - degradedSince >= keptWhileDegradedMs()) {
				recordKeptWhileDegraded(now);
			}
		}
	}

	private void recordKeptWhileDegraded(long now) {
		if (degradedOverdue) {
			return;
		}
		degradedOverdue = true;
		List<ReplicatedFact> kept = new ArrayList<>();
		for (ReplicatedFact f : shadow.takeover()) {
			if (!store.contains(f.key())) {
				kept.add(f);
			}
		}
		store.upsert(kept);
		LOG.log(Level.WARNING, "node {0}: degraded for {1} ms: records alone now, with {2} facts kept since it was"
				+ " degraded", member.nodeName(), now - degradedSince, kept.size());
	}

	/**
	 * How long a degraded member keeps chain samples: until 5 s before the shadow buffer would drop the first (at
	 * least half its retention). Seen: a standby degraded for 12.6 s while the station was frozen and the server
	 * killed during a deploy (DeployFaultTest), so half the minimum retention (15 s) is too close.
	 */
	long keptWhileDegradedMs() {
		long retention = shadow.retentionMillis();
		return Math.max(retention / 2, retention - 5_000);
	}

	ReplicatedFact record(ReplicatedFact fact) throws InterruptedException {
		ReplicatedFact stamped = serving().append(fact);
		store.upsert(List.of(stamped));
		return stamped;
	}

	void replicate(ReplicatedFact stamped) throws InterruptedException {
		serving().appendStamped(stamped);
	}

	Optional<ReplicatedFact> observeOrRecord(ReplicatedFact fact) throws InterruptedException {
		synchronized (gate) {
			Replicator r = replicator;
			if (member.role() == MemberRole.SERVER && r != null && !r.sealed()) {
				if (keepWhileLapsed()) {
					shadow.observe(fact);
					return Optional.empty();
				}
				if (lapsedSince != 0) { // renewed (or overdue): first what was kept, in the order observed
					lapsedSince = 0;
					int n = flushShadowBuffer(r);
					LOG.log(Level.INFO, "node {0}: lease renewed; recorded {1} facts kept while it had run out",
							member.nodeName(), n);
				}
				if (store.contains(fact.key())) {
					return Optional.empty();
				}
				try {
					return Optional.of(record(fact));
				} catch (IllegalStateException sealedJustNow) {
					LOG.log(Level.DEBUG, "{0}", sealedJustNow.getMessage());
				}
			}
			shadow.observe(fact);
			return Optional.empty();
		}
	}

	/**
	 * Whether the server keeps what it observes instead of recording it: its lease ran out, for at most half the
	 * shadow buffer's retention (a server that stays without a lease that long was not replaced, or it would have
	 * heard of its successor: it records again, with what it kept, before the buffer would have to drop any).
	 */
	private boolean keepWhileLapsed() {
		if (!member.leaseLapsed()) {
			lapseOverdue = false;
			return false;
		}
		if (lapseOverdue) {
			return false;
		}
		long now = System.currentTimeMillis();
		if (lapsedSince == 0) {
			lapsedSince = now;
			LOG.log(Level.INFO, "node {0}: lease ran out; observed facts are kept in the shadow buffer until it is "
					+ "renewed or the node steps down", member.nodeName());
			return true;
		}
		if (now - lapsedSince < shadow.retentionMillis() / 2) {
			return true;
		}
		lapseOverdue = true;
		LOG.log(Level.WARNING, "node {0}: lease out for {1} ms and no successor heard of: records again",
				member.nodeName(), now - lapsedSince);
		return false;
	}

	private Replicator serving() {
		Replicator r = replicator;
		if (r == null || member.role() != MemberRole.SERVER) {
			throw new IllegalStateException("node " + member.nodeName() + " is " + member.role() + "; only the server records");
		}
		return r;
	}

	private int flushShadowBuffer(Replicator r) {
		List<ReplicatedFact> stamped = new ArrayList<>();
		try {
			for (ReplicatedFact f : shadow.takeover()) {
				if (!store.contains(f.key())) {
					stamped.add(r.append(f));
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		store.upsert(stamped);
		return stamped.size();
	}
}
