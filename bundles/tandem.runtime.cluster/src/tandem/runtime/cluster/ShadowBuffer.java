package tandem.runtime.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The standby's memory of the seamless window. Its shadow drivers observe the plant like the server's drivers and
 * put every fact here. For every subject it also remembers the newest source time received from the server; a fact
 * at or before that is covered and dropped. A fact the server has not covered yet is kept for the retention (at
 * least twice the failure-detection time, and never less than {@link #MIN_RETENTION_MS}: a loaded server's
 * replication can run seconds behind its drivers, and the window to fill reaches back to the last fact that
 * arrived), bounded by a number of facts for memory. On takeover,
 * {@link #takeover()} yields every buffered fact newer than that, so the gap between the server's last replicated
 * fact and the moment the standby starts recording is filled; overlap is harmless because facts are keyed
 * naturally.
 */
public final class ShadowBuffer {

	/**
	 * Seen at 20,000 samples/s while the returning node aligned: the server's recording ran 8 s behind its drivers, and
	 * a planned switch-back then lost the 2.5 s that were older than a 5.6 s retention (FailureDetectionBenchmark).
	 */
	static final long MIN_RETENTION_MS = 30_000;
	/** About 70 MB of small facts: 20 s of 20,000 uncovered samples/s, in a node of 512 MB. */
	static final int MAX_FACTS = 400_000;

	private final long retentionMillis;
	private final int maxFacts;
	private final LongSupplier clock;
	/** Every buffered fact in the order observed; entries dropped per subject stay here, marked, until the head. */
	private final Deque<Entry> window = new ArrayDeque<>();
	/** The same entries per subject, so a fact from the server drops what it covers without a scan of the window. */
	private final Map<String, Deque<Entry>> bySubject = new HashMap<>();
	private final Map<String, Long> newestFromServer = new HashMap<>();
	/** Whether the store holds a key; null: covered facts are dropped unchecked. */
	private java.util.function.Predicate<String> held;
	private final List<ReplicatedFact> missed = new ArrayList<>();
	private int live;

	/** A buffered fact; {@code gone} once dropped, so the other index skips it. */
	private static final class Entry {
		final ReplicatedFact fact;
		boolean gone;

		Entry(ReplicatedFact fact) {
			this.fact = fact;
		}
	}

	/**
	 * @param retentionMillis how long observed facts are kept, by source time
	 * @param maxFacts        hard bound on memory; the oldest facts go first
	 */
	public ShadowBuffer(long retentionMillis, int maxFacts, LongSupplier clock) {
		if (retentionMillis <= 0 || maxFacts <= 0) {
			throw new IllegalArgumentException("shadow buffer needs a positive retention and size, got "
					+ retentionMillis + " ms / " + maxFacts + " facts");
		}
		this.retentionMillis = retentionMillis;
		this.maxFacts = maxFacts;
		this.clock = clock;
	}

	/** Retention of twice the detection time plus one second, as the redundancy contract asks. */
	public static ShadowBuffer forSettings(ClusterSettings settings) {
		return new ShadowBuffer(Math.max(MIN_RETENTION_MS, 2 * settings.detectionTimeMs() + 1000), MAX_FACTS,
				System::currentTimeMillis);
	}

	public long retentionMillis() {
		return retentionMillis;
	}

	/**
	 * From now on a fact that the server's stream covered (it sent a later one of the same subject) but that the
	 * store does not hold is kept as <em>missed by the server</em> ({@link #takeMissed()}): with a live device a slot
	 * the server's poll thread was too late for is gone on the server, while this node observed it.
	 */
	public synchronized void checkCoveredAgainst(java.util.function.Predicate<String> storeHolds) {
		this.held = storeHolds;
	}

	/** The facts found missed by the server since the last call (see {@link #checkCoveredAgainst}), oldest first. */
	public synchronized List<ReplicatedFact> takeMissed() {
		trim();
		List<ReplicatedFact> out = new ArrayList<>(missed);
		missed.clear();
		return out;
	}

	/** A fact the local shadow drivers observed. */
	public synchronized void observe(ReplicatedFact fact) {
		Long covered = newestFromServer.get(fact.subject());
		if (covered != null && fact.time() <= covered) {
			coveredAndDropped(fact); // the server's stream passed this slot before the shadow driver saw it
		} else {
			Entry e = new Entry(fact);
			window.addLast(e);
			bySubject.computeIfAbsent(fact.subject(), k -> new ArrayDeque<>()).addLast(e);
			live++;
		}
		trim();
	}

	/** A fact that arrived from the server: everything up to its time is covered for its subject. */
	public synchronized void received(ReplicatedFact fact) {
		cover(fact.subject(), fact.time());
	}

	public synchronized void receivedAll(List<ReplicatedFact> facts) {
		for (ReplicatedFact f : facts) {
			cover(f.subject(), f.time());
		}
	}

	/**
	 * Forgets the buffered facts whose key starts with {@code keyPrefix}: facts of this node's own that a recorded
	 * fact replaced (an alarm occurrence the standby raised itself before it learnt the server's), so a takeover
	 * does not record them beside it.
	 */
	public synchronized int discard(String keyPrefix) {
		return discard(f -> f.key().startsWith(keyPrefix));
	}

	/**
	 * Hands the buffered facts that {@code which} accepts to the server with the next acknowledgement, as if its
	 * stream had passed them ({@link #takeMissed()}), and forgets them here: an observation the server needs that a
	 * recorded fact replaced on this node (an alarm this node raised earlier than the server).
	 */
	public synchronized int handToServer(java.util.function.Predicate<ReplicatedFact> which) {
		List<ReplicatedFact> handed = new ArrayList<>();
		for (Entry e : window) {
			if (!e.gone && which.test(e.fact)) {
				handed.add(e.fact);
			}
		}
		if (!handed.isEmpty()) {
			discard(which);
			for (ReplicatedFact f : handed) {
				if (missed.size() < MAX_FACTS) {
					missed.add(f);
				}
			}
		}
		return handed.size();
	}

	/** Forgets the buffered facts that {@code redundant} accepts (see {@link #discard(String)}). */
	public synchronized int discard(java.util.function.Predicate<ReplicatedFact> redundant) {
		int dropped = 0;
		for (Entry e : window) {
			if (!e.gone && redundant.test(e.fact)) {
				drop(e);
				dropped++;
			}
		}
		if (dropped > 0) {
			bySubject.values().removeIf(entries -> {
				entries.removeIf(e -> e.gone);
				return entries.isEmpty();
			});
		}
		trim();
		return dropped;
	}

	/** Every buffered fact newer, per subject, than the last one received from the server; empties the window. */
	public synchronized List<ReplicatedFact> takeover() {
		trim();
		List<ReplicatedFact> out = new ArrayList<>();
		for (Entry e : window) {
			Long newest = newestFromServer.get(e.fact.subject());
			if (!e.gone && (newest == null || e.fact.time() > newest)) {
				out.add(e.fact);
			}
		}
		window.clear();
		bySubject.clear();
		live = 0;
		return out;
	}

	public synchronized int size() {
		trim();
		return live;
	}

	/**
	 * Drops what the server's stream covered for one subject. Per subject, not from the window's head: a fact the
	 * server never covers (an on-change sample or an alarm occurrence the standby decided differently) must not hold
	 * back, for the whole retention, the detection of slots the server missed behind it.
	 */
	private void cover(String subject, long time) {
		long covered = newestFromServer.merge(subject, time, Math::max);
		Deque<Entry> entries = bySubject.get(subject);
		if (entries == null) {
			return;
		}
		while (!entries.isEmpty() && (entries.peekFirst().gone || entries.peekFirst().fact.time() <= covered)) {
			Entry e = entries.removeFirst();
			if (!e.gone) {
				drop(e);
				coveredAndDropped(e.fact);
			}
		}
		if (entries.isEmpty()) {
			bySubject.remove(subject);
		}
	}

	private void coveredAndDropped(ReplicatedFact fact) {
		if (held != null && missed.size() < MAX_FACTS && !held.test(fact.key())) {
			missed.add(fact);
		}
	}

	private void drop(Entry e) {
		e.gone = true;
		live--;
	}

	private void trim() {
		long oldest = clock.getAsLong() - retentionMillis;
		while (!window.isEmpty()) {
			Entry head = window.peekFirst();
			if (head.gone) {
				window.removeFirst();
			} else if (live > maxFacts || head.fact.time() < oldest) {
				window.removeFirst();
				drop(head);
				Deque<Entry> entries = bySubject.get(head.fact.subject());
				if (entries != null) {
					entries.remove(head); // usually its subject's head: observed in time order
					if (entries.isEmpty()) {
						bySubject.remove(head.fact.subject());
					}
				}
			} else {
				return;
			}
		}
	}
}
