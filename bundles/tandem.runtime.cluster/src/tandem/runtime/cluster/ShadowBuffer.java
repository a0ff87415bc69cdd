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
 * put every fact here; facts older than the retention (at least twice the failure-detection time) are dropped. For
 * every subject it also remembers the newest source time received from the server. On takeover,
 * {@link #takeover()} yields every buffered fact newer than that, so the gap between the server's last replicated
 * fact and the moment the standby starts recording is filled; overlap is harmless because facts are keyed
 * naturally.
 */
public final class ShadowBuffer {

	private final long retentionMillis;
	private final int maxFacts;
	private final LongSupplier clock;
	private final Deque<ReplicatedFact> window = new ArrayDeque<>();
	private final Map<String, Long> newestFromServer = new HashMap<>();

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
		return new ShadowBuffer(2 * settings.detectionTimeMs() + 1000, 1_000_000, System::currentTimeMillis);
	}

	public long retentionMillis() {
		return retentionMillis;
	}

	/** A fact the local shadow drivers observed. */
	public synchronized void observe(ReplicatedFact fact) {
		window.addLast(fact);
		trim();
	}

	/** A fact that arrived from the server: everything up to its time is covered for its subject. */
	public synchronized void received(ReplicatedFact fact) {
		newestFromServer.merge(fact.subject(), fact.time(), Math::max);
	}

	public synchronized void receivedAll(List<ReplicatedFact> facts) {
		for (ReplicatedFact f : facts) {
			newestFromServer.merge(f.subject(), f.time(), Math::max);
		}
	}

	/** Every buffered fact newer, per subject, than the last one received from the server; empties the window. */
	public synchronized List<ReplicatedFact> takeover() {
		trim();
		List<ReplicatedFact> out = new ArrayList<>();
		for (ReplicatedFact f : window) {
			Long newest = newestFromServer.get(f.subject());
			if (newest == null || f.time() > newest) {
				out.add(f);
			}
		}
		window.clear();
		return out;
	}

	public synchronized int size() {
		trim();
		return window.size();
	}

	private void trim() {
		long oldest = clock.getAsLong() - retentionMillis;
		while (!window.isEmpty() && (window.size() > maxFacts || window.peekFirst().time() < oldest)) {
			window.removeFirst();
		}
	}
}
