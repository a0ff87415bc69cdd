package tandem.runtime.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link FactStore} in memory: for clients and witnesses that keep no history, for tests and benchmarks. Thread
 * safe by one lock.
 */
public final class InMemoryFactStore implements FactStore {

	private final Map<String, ReplicatedFact> byKey = new HashMap<>();
	private final Map<String, TreeMap<Long, List<ReplicatedFact>>> bySubject = new HashMap<>();
	private Stamp highWaterMark = Stamp.ZERO;
	private long duplicatesIgnored;
	private long completeThrough;

	@Override
	public synchronized int upsert(Collection<ReplicatedFact> facts) {
		int added = 0;
		for (ReplicatedFact f : facts) {
			if (byKey.putIfAbsent(f.key(), f) != null) {
				duplicatesIgnored++;
				continue;
			}
			bySubject.computeIfAbsent(f.subject(), s -> new TreeMap<>()).computeIfAbsent(f.time(), t -> new ArrayList<>(1))
					.add(f);
			highWaterMark = Stamp.max(highWaterMark, f.stamp());
			added++;
		}
		return added;
	}

	@Override
	public synchronized long completeThrough() {
		return completeThrough;
	}

	@Override
	public synchronized void completeThrough(long time) {
		completeThrough = Math.max(completeThrough, time);
	}

	@Override
	public synchronized boolean contains(String key) {
		return byKey.containsKey(key);
	}

	@Override
	public synchronized Stamp highWaterMark() {
		return highWaterMark;
	}

	@Override
	public synchronized List<RangeDigest> digests(long bucketMillis) {
		return digests(bucketMillis, Long.MIN_VALUE, Long.MAX_VALUE);
	}

	@Override
	public synchronized List<RangeDigest> digests(long bucketMillis, long fromInclusive, long toExclusive) {
		List<RangeDigest> out = new ArrayList<>();
		for (Map.Entry<String, TreeMap<Long, List<ReplicatedFact>>> s : bySubject.entrySet()) {
			long bucket = Long.MIN_VALUE;
			int count = 0;
			long hash = 0;
			for (Map.Entry<Long, List<ReplicatedFact>> t : s.getValue().subMap(fromInclusive, toExclusive).entrySet()) {
				long b = RangeDigest.bucketStart(t.getKey(), bucketMillis);
				if (b != bucket && count > 0) {
					out.add(new RangeDigest(s.getKey(), bucket, count, hash));
					count = 0;
					hash = 0;
				}
				bucket = b;
				for (ReplicatedFact f : t.getValue()) {
					count++;
					hash += RangeDigest.factHash(f.key(), f.payload());
				}
			}
			if (count > 0) {
				out.add(new RangeDigest(s.getKey(), bucket, count, hash));
			}
		}
		return out;
	}

	@Override
	public synchronized List<ReplicatedFact> factsIn(String subject, long fromInclusive, long toExclusive) {
		TreeMap<Long, List<ReplicatedFact>> times = bySubject.get(subject);
		if (times == null) {
			return List.of();
		}
		List<ReplicatedFact> out = new ArrayList<>();
		times.subMap(fromInclusive, true, toExclusive, false).values().forEach(out::addAll);
		return out;
	}

	public synchronized int size() {
		return byKey.size();
	}

	/** How many upserted facts were already held (what idempotence absorbed). */
	public synchronized long duplicatesIgnored() {
		return duplicatesIgnored;
	}

	public synchronized ReplicatedFact get(String key) {
		return byKey.get(key);
	}

	public synchronized List<ReplicatedFact> all() {
		return new ArrayList<>(byKey.values());
	}
}
