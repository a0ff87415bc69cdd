package tandem.runtime.cluster;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import tandem.runtime.cluster.internal.Replicator;

/**
 * The server's handling of operator actions: the runtime's admission check ({@link OperatorActionHandler}) runs
 * before anything is recorded; an action id already recorded or in flight is not recorded again, one refused is
 * refused again without a second check; and a resent
 * action whose standby acknowledgement timed out waits for that acknowledgement again instead of being confirmed
 * blindly.
 */
final class ActionDesk {

	private static final Logger LOG = System.getLogger(ActionDesk.class.getName());
	private static final int REMEMBERED_STAMPS = 10_000;

	private final ClusterMember member;
	private final FactStore store;
	private volatile OperatorActionHandler handler = OperatorActionHandler.ACCEPT_ALL;
	private final Map<String, CompletableFuture<Confirmation>> inFlight = new ConcurrentHashMap<>();
	/**
	 * Refusals of the admission check, newest last: a resend that crossed the refusal on its way (the client resends
	 * what is unanswered after its resend period) gets the same answer without a second check or a second log entry.
	 */
	private final Map<String, Confirmation> refusals = new LinkedHashMap<>(64, 0.75f, false) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Confirmation> eldest) {
			return size() > REMEMBERED_STAMPS;
		}
	};
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

	void handler(OperatorActionHandler h) {
		handler = h == null ? OperatorActionHandler.ACCEPT_ALL : h;
	}

	/**
	 * Records an action once: a resend of an id in flight gets the same answer, a resend of a recorded id waits for
	 * the standby again; a new id passes the admission check first and is recorded only when accepted.
	 *
	 * @param remote true for actions from clients: the listeners hear of them before they are recorded
	 */
	synchronized CompletableFuture<Confirmation> confirm(Replicator r, ReplicatedFact action, String fromNode,
			boolean remote, long timeoutMs) {
		CompletableFuture<Confirmation> running = inFlight.get(action.key());
		if (running != null) {
			return running;
		}
		Confirmation refusedBefore = refusals.get(action.key());
		if (refusedBefore != null) {
			return CompletableFuture.completedFuture(refusedBefore);
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
		Confirmation refused = admit(action, fromNode);
		if (refused != null) {
			refusals.put(action.key(), refused);
			return CompletableFuture.completedFuture(refused);
		}
		if (remote) {
			member.fireEvent(l -> l.operatorAction(action));
		}
		try {
			ReplicatedFact stamped = member.record(action);
			// recording a station's request executes it and records its outcome on this thread (the runtime's
			// request handler): the answer waits until the standby holds that too, so a confirmed action's outcome
			// is never only on a server that dies
			Stamp upTo = Stamp.max(stamped.stamp(), r.lastStamp());
			synchronized (recorded) {
				recorded.put(action.key(), upTo);
			}
			return track(action.key(), r.awaitHeld(action.key(), upTo, timeoutMs));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return CompletableFuture.failedFuture(e);
		}
	}

	/** Null when admitted; otherwise the DENIED answer. A failing check denies (and is logged), never admits. */
	private Confirmation admit(ReplicatedFact action, String fromNode) {
		OperatorActionHandler.Admission a;
		try {
			a = handler.admit(action, fromNode);
		} catch (RuntimeException e) {
			LOG.log(Level.ERROR, "operator action " + action.key() + " from " + fromNode + ": admission check failed", e);
			a = OperatorActionHandler.Admission.refused("the admission check failed: " + e);
		}
		if (a != null && a.admitted()) {
			return null;
		}
		String why = a == null ? "the admission check gave no answer" : a.reason();
		LOG.log(Level.INFO, "operator action {0} from {1} refused: {2}", action.key(), fromNode, why);
		return new Confirmation(action.key(), Confirmation.Outcome.DENIED, why);
	}

	/**
	 * A confirmation without a standby (it left the view) is given only once the action is durable in this server's
	 * own history, synced to disk: a {@code kill -9} of the unprotected server right after must not lose it. The sync
	 * runs off the replicator's lock, on the common pool (it waits for the history's writer, milliseconds); a
	 * history that cannot sync answers TIMED_OUT, so the station resends.
	 */
	private CompletableFuture<Confirmation> durable(CompletableFuture<Confirmation> held) {
		return held.thenApplyAsync(c -> {
			if (c.outcome() != Confirmation.Outcome.NO_STANDBY) {
				return c;
			}
			try {
				store.sync();
				return new Confirmation(c.actionId(), c.outcome(), c.detail().replace("; recorded by the server only", "")
						+ "; durable in the server's own history (synced to disk)");
			} catch (RuntimeException e) {
				LOG.log(Level.ERROR, "operator action " + c.actionId() + ": the history could not sync", e);
				return new Confirmation(c.actionId(), Confirmation.Outcome.TIMED_OUT,
						"no standby in view and the server's history could not sync: " + e.getMessage());
			}
		});
	}

	private CompletableFuture<Confirmation> track(String key, CompletableFuture<Confirmation> held) {
		CompletableFuture<Confirmation> f = durable(held);
		inFlight.put(key, f);
		f.whenComplete((c, e) -> inFlight.remove(key));
		return f;
	}
}
