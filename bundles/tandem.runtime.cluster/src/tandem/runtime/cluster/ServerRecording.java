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
			stop();
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
		Replicator r = replicator;
		replicator = null;
		if (r != null) {
			r.stop();
		}
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
