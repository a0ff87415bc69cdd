package tandem.runtime.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import tandem.runtime.cluster.internal.Replicator;

/**
 * The server's handling of operator actions: an action id already recorded or in flight is not recorded again,
 * and a resent action whose standby acknowledgement timed out waits for that acknowledgement again instead of being
 * confirmed blindly.
 */
final class ActionDesk {

	private static final int REMEMBERED_STAMPS = 10_000;

	private final ClusterMember member;
	private final FactStore store;
	private final Map<String, CompletableFuture<Confirmation>> inFlight = new ConcurrentHashMap<>();
	/** Stamps of the actions this server recorded, newest last, so a resend can wait for the same stamp. */
	private final Map<String, Stamp> recorded = new LinkedHashMap<>(256, 0.75f, false) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Stamp> eldest) {
			return size() > REMEMBERED_STAMPS;
		}
	};

	ActionDesk(ClusterMember member, FactStore store) {
		this.member = member;
		this.store = store;
	}

	synchronized CompletableFuture<Confirmation> confirm(Replicator r, ReplicatedFact action, long timeoutMs) {
		CompletableFuture<Confirmation> running = inFlight.get(action.key());
		if (running != null) {
			return running;
		}
		if (store.contains(action.key())) {
			Stamp s;
			synchronized (recorded) {
				s = recorded.get(action.key());
			}
			if (s == null || s.epoch() != r.epoch()) {
				return CompletableFuture.completedFuture(new Confirmation(action.key(),
						Confirmation.Outcome.HELD_BY_STANDBY, "already recorded; resend of the same action id"));
			}
			return track(action.key(), r.awaitHeld(action.key(), s, timeoutMs));
		}
		try {
			ReplicatedFact stamped = member.record(action);
			synchronized (recorded) {
				recorded.put(action.key(), stamped.stamp());
			}
			return track(action.key(), r.awaitHeld(action.key(), stamped.stamp(), timeoutMs));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return CompletableFuture.failedFuture(e);
		}
	}

	private CompletableFuture<Confirmation> track(String key, CompletableFuture<Confirmation> f) {
		inFlight.put(key, f);
		f.whenComplete((c, e) -> inFlight.remove(key));
		return f;
	}
}
