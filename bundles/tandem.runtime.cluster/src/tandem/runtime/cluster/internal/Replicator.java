package tandem.runtime.cluster.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jgroups.Address;

import tandem.runtime.cluster.Confirmation;
import tandem.runtime.cluster.Confirmation.Outcome;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.cluster.Stamp;

/**
 * The server's outgoing stream: facts are queued in stamp order and one thread sends them in batches (small facts
 * cost a message each otherwise; the notes measured 10x more throughput for batches) to every standby by unicast,
 * so a slow client never throttles replication. Standbys acknowledge their high-water mark; waiters for operator
 * actions complete when every standby that was in view holds the action.
 *
 * <p>A standby in the view that acknowledges nothing of the stream for longer than the failure detection time,
 * although facts sent to it are outstanding, is judged <em>unreachable</em>: its acknowledgements or the stream to
 * it are lost (one-way loss: the server's packets to it dropped, its own still arriving, so the failure detector
 * of neither side excludes anyone when a third member coordinates the view). Waiters then no longer require it,
 * so actions are confirmed as without a standby (once durable in the server's own history) instead of stalling.
 * Its next acknowledgement that moves its mark makes it reachable again. A standby that is merely slow still
 * acknowledges batch after batch and is waited for.
 */
public final class Replicator {

	private static final Logger LOG = System.getLogger(Replicator.class.getName());
	static final int MAX_BATCH_FACTS = 2000;
	static final int MAX_BATCH_BYTES = 48 * 1024;

	private record Waiter(String actionId, Stamp stamp, Set<Address> required, CompletableFuture<Confirmation> future) {
	}

	private final MemberChannel channel;
	private final ScheduledExecutorService timer;
	private final long epoch;
	private final LinkedBlockingQueue<ReplicatedFact> queue = new LinkedBlockingQueue<>(1_000_000);
	private final Map<Address, Stamp> acked = new HashMap<>();
	/** Per standby: the newest stamp sent to it. */
	private final Map<Address, Stamp> sent = new HashMap<>();
	/** Per standby with facts outstanding: since when it has acknowledged none of them (or since they were sent). */
	private final Map<Address, Long> stalledSince = new HashMap<>();
	private final Set<Address> unreachable = new HashSet<>();
	private final long unreachableMs;
	private volatile Runnable reachabilityChanged = () -> {
	};
	private final List<Waiter> waiters = new ArrayList<>();
	private volatile Set<Address> standbys = Set.of();
	private volatile boolean running = true;
	private long lastSeq;
	private boolean sealed;
	private final Thread sender;
	private final ScheduledFuture<?> reachabilityCheck;

	/**
	 * @param unreachableMs how long a standby with facts outstanding may acknowledge none of them before it is judged
	 *            unreachable (the failure detection time: a member silent that long would be excluded)
	 */
	public Replicator(MemberChannel channel, ScheduledExecutorService timer, long epoch, long lastSeq, String node,
			long unreachableMs) {
		this.channel = channel;
		this.timer = timer;
		this.epoch = epoch;
		this.lastSeq = lastSeq;
		this.unreachableMs = unreachableMs;
		sender = new Thread(this::sendLoop, "tandem-replicator-" + node);
		sender.setDaemon(true);
		sender.start();
		reachabilityCheck = timer.scheduleWithFixedDelay(this::checkReachability, 100, 100, TimeUnit.MILLISECONDS);
	}

	/** Called (on the replicator's timer) whenever a standby is judged unreachable or reachable again. */
	public void onReachabilityChanged(Runnable r) {
		reachabilityChanged = r;
	}

	/** Node names of the standbys in the view judged unreachable now (see the class comment). */
	public synchronized Set<String> unreachableNodes() {
		Set<String> nodes = new HashSet<>();
		unreachable.forEach(a -> nodes.add(MemberChannel.nodeOf(a)));
		return nodes;
	}

	public long epoch() {
		return epoch;
	}

	/** Stamps a fact with this epoch and the next sequence number and queues it. */
	public synchronized ReplicatedFact append(ReplicatedFact fact) throws InterruptedException {
		checkOpen(fact);
		ReplicatedFact stamped = fact.withStamp(new Stamp(epoch, ++lastSeq));
		queue.put(stamped);
		return stamped;
	}

	/** Queues a fact the runtime's event log already stamped with this epoch. */
	public synchronized void appendStamped(ReplicatedFact fact) throws InterruptedException {
		checkOpen(fact);
		if (fact.stamp().epoch() != epoch || fact.stamp().seq() <= lastSeq) {
			throw new IllegalStateException("fact " + fact.key() + " stamped " + fact.stamp() + " does not follow ("
					+ epoch + ", " + lastSeq + ") of this server");
		}
		lastSeq = fact.stamp().seq();
		queue.put(fact);
	}

	/**
	 * Sequence point of a planned switch: from now on no fact is accepted; returns the stamp of the last one. Every
	 * fact up to it is queued already, so awaiting it flushes the stream.
	 */
	public synchronized Stamp seal() {
		sealed = true;
		return new Stamp(epoch, lastSeq);
	}

	/** The switch did not happen: accept facts again. */
	public synchronized void unseal() {
		sealed = false;
	}

	/** The stamp of the newest fact this server stamped or queued. */
	public synchronized Stamp lastStamp() {
		return new Stamp(epoch, lastSeq);
	}

	public synchronized boolean sealed() {
		return sealed;
	}

	private void checkOpen(ReplicatedFact fact) {
		if (sealed) {
			throw new IllegalStateException("fact " + fact.key() + " refused: the server is handing over at (" + epoch
					+ ", " + lastSeq + ")");
		}
	}

	public synchronized void standbys(Collection<Address> members) {
		standbys = Set.copyOf(members);
		acked.keySet().retainAll(members);
		sent.keySet().retainAll(members);
		stalledSince.keySet().retainAll(members);
		boolean changed = unreachable.retainAll(members);
		checkWaiters();
		if (changed) {
			reachabilityChanged.run();
		}
	}

	public synchronized void onAck(Address from, Stamp s) {
		Stamp before = acked.getOrDefault(from, Stamp.ZERO);
		if (s.compareTo(before) <= 0) {
			return;
		}
		acked.put(from, s);
		if (s.compareTo(sent.getOrDefault(from, Stamp.ZERO)) >= 0) {
			stalledSince.remove(from); // holds everything sent
		} else {
			stalledSince.put(from, System.currentTimeMillis()); // progress: the clock starts again
		}
		if (unreachable.remove(from)) {
			LOG.log(Level.INFO, "standby " + MemberChannel.nodeOf(from) + " acknowledges the stream again (" + s
					+ "): reachable");
			reachabilityChanged.run();
		}
		checkWaiters();
	}

	private synchronized void sentTo(Address a, Stamp s, long now) {
		if (!standbys.contains(a)) {
			return;
		}
		if (acked.getOrDefault(a, Stamp.ZERO).compareTo(sent.getOrDefault(a, Stamp.ZERO)) >= 0) {
			stalledSince.put(a, now); // nothing was outstanding: this batch starts the clock
		}
		sent.merge(a, s, Stamp::max);
	}

	private synchronized void checkReachability() {
		long now = System.currentTimeMillis();
		boolean changed = false;
		for (Map.Entry<Address, Long> e : stalledSince.entrySet()) {
			long silent = now - e.getValue();
			if (silent > unreachableMs && unreachable.add(e.getKey())) {
				changed = true;
				LOG.log(Level.WARNING, "standby " + MemberChannel.nodeOf(e.getKey()) + " in view acknowledged nothing"
						+ " of the stream for " + silent + " ms (holds " + acked.getOrDefault(e.getKey(), Stamp.ZERO)
						+ ", sent " + sent.get(e.getKey()) + "): unreachable; actions are confirmed without it");
			}
		}
		if (changed) {
			checkWaiters();
			reachabilityChanged.run();
		}
	}

	/** Completes when every current standby acknowledged {@code s}, or times out. */
	public synchronized CompletableFuture<Confirmation> awaitHeld(String actionId, Stamp s, long timeoutMs) {
		CompletableFuture<Confirmation> f = new CompletableFuture<>();
		Set<Address> required = new HashSet<>(standbys);
		required.removeAll(unreachable);
		Waiter w = new Waiter(actionId, s, required, f);
		waiters.add(w);
		checkWaiters();
		if (!f.isDone()) {
			timer.schedule(() -> timeout(w), timeoutMs, TimeUnit.MILLISECONDS);
		}
		return f;
	}

	public void stop() {
		running = false;
		sender.interrupt();
		reachabilityCheck.cancel(false);
		synchronized (this) {
			for (Waiter w : waiters) {
				w.future.complete(new Confirmation(w.actionId, Outcome.REFUSED, "server stepped down before it was held"));
			}
			waiters.clear();
		}
	}

	/** Facts queued but not sent yet. */
	public int backlog() {
		return queue.size();
	}

	private synchronized void timeout(Waiter w) {
		if (waiters.remove(w)) {
			w.future.complete(new Confirmation(w.actionId, Outcome.TIMED_OUT,
					"standby " + w.required.stream().map(MemberChannel::nodeOf).toList() + " did not acknowledge " + w.stamp));
		}
	}

	private void checkWaiters() {
		for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
			Waiter w = it.next();
			boolean hadStandby = !w.required.isEmpty();
			w.required.retainAll(standbys);
			w.required.removeAll(unreachable);
			w.required.removeIf(a -> acked.getOrDefault(a, Stamp.ZERO).compareTo(w.stamp) >= 0);
			if (w.required.isEmpty()) {
				it.remove();
				boolean held = hadStandby && heldBySomeone(w.stamp);
				w.future.complete(held ? new Confirmation(w.actionId, Outcome.HELD_BY_STANDBY, "held at " + w.stamp)
						: new Confirmation(w.actionId, Outcome.NO_STANDBY, withoutStandby()));
			}
		}
	}

	private String withoutStandby() {
		return unreachable.isEmpty() ? "no standby in view"
				: "standby " + unreachable.stream().map(MemberChannel::nodeOf).sorted().toList()
						+ " in view but unreachable (acknowledges nothing of the stream)";
	}

	private boolean heldBySomeone(Stamp s) {
		return acked.values().stream().anyMatch(a -> a.compareTo(s) >= 0);
	}

	private void sendLoop() {
		List<ReplicatedFact> batch = new ArrayList<>(MAX_BATCH_FACTS);
		while (running) {
			try {
				ReplicatedFact first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.clear();
				batch.add(first);
				int bytes = first.payload().length + first.key().length() * 2;
				while (batch.size() < MAX_BATCH_FACTS && bytes < MAX_BATCH_BYTES) {
					ReplicatedFact f = queue.poll();
					if (f == null) {
						break;
					}
					batch.add(f);
					bytes += f.payload().length + f.key().length() * 2 + 40;
				}
				send(batch);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void send(List<ReplicatedFact> batch) {
		Stamp last = batch.get(batch.size() - 1).stamp();
		Envelope e = new Envelope(MessageType.FACTS, epoch, last.seq(), Wire.facts(batch));
		for (Address a : standbys) {
			try {
				sentTo(a, last, System.currentTimeMillis());
				channel.send(a, e, false);
			} catch (Exception ex) {
				LOG.log(Level.WARNING, "cannot send " + batch.size() + " facts to " + MemberChannel.nodeOf(a)
						+ "; alignment will repair it: " + ex);
			}
		}
	}
}
