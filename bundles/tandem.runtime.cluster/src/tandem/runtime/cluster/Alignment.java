package tandem.runtime.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two-way history alignment by range digests: each side summarizes its history per subject and time bucket, the
 * summaries are compared, and only the facts of differing buckets travel; each side stores what it lacks
 * (idempotently, so overlap is harmless). This is how a returning node repairs what its own H2 lost in a crash and
 * how two sides of a partition merge their recordings.
 */
public final class Alignment {

	/** One (subject, time bucket) whose contents differ between the two sides. */
	public record Bucket(String subject, long start) {
	}

	/** What one alignment did. */
	public record Report(int bucketsCompared, int bucketsDiffering, int factsToLocal, int factsToRemote) {
	}

	private Alignment() {
	}

	/** Buckets present on only one side or with different count or hash. */
	public static List<Bucket> differing(List<RangeDigest> local, List<RangeDigest> remote) {
		Map<Bucket, RangeDigest> theirs = new HashMap<>(remote.size() * 2);
		for (RangeDigest d : remote) {
			theirs.put(new Bucket(d.subject(), d.bucketStart()), d);
		}
		List<Bucket> out = new ArrayList<>();
		for (RangeDigest d : local) {
			Bucket b = new Bucket(d.subject(), d.bucketStart());
			RangeDigest t = theirs.remove(b);
			if (t == null || t.count() != d.count() || t.hash() != d.hash()) {
				out.add(b);
			}
		}
		out.addAll(theirs.keySet());
		return out;
	}

	/** How many distinct (subject, bucket) pairs the two sides hold together. */
	public static int bucketsOnEitherSide(List<RangeDigest> local, List<RangeDigest> remote) {
		java.util.Set<Bucket> all = new java.util.HashSet<>(local.size() * 2);
		for (RangeDigest d : local) {
			all.add(new Bucket(d.subject(), d.bucketStart()));
		}
		for (RangeDigest d : remote) {
			all.add(new Bucket(d.subject(), d.bucketStart()));
		}
		return all.size();
	}

	/** The facts of the buckets; the subjects of one bucket are read together (see {@link FactStore#factsIn(Set, long, long)}). */
	public static List<ReplicatedFact> factsIn(FactStore store, List<Bucket> buckets, long bucketMillis) {
		List<ReplicatedFact> out = new ArrayList<>();
		subjectsByStart(buckets).forEach((start, subjects) -> out.addAll(store.factsIn(subjects, start, start + bucketMillis)));
		return out;
	}

	/** The differing subjects of each bucket start, in time order: what one range read per bucket fetches. */
	static Map<Long, Set<String>> subjectsByStart(List<Bucket> buckets) {
		Map<Long, Set<String>> byStart = new TreeMap<>();
		for (Bucket b : buckets) {
			byStart.computeIfAbsent(b.start(), k -> new HashSet<>()).add(b.subject());
		}
		return byStart;
	}

	/** Aligns two stores both ways; the network protocol performs the same three steps between two nodes. */
	public static Report align(FactStore local, FactStore remote, long bucketMillis) {
		List<RangeDigest> mine = local.digests(bucketMillis);
		List<RangeDigest> theirs = remote.digests(bucketMillis);
		List<Bucket> diff = differing(mine, theirs);
		List<ReplicatedFact> toLocal = factsIn(remote, diff, bucketMillis);
		List<ReplicatedFact> toRemote = factsIn(local, diff, bucketMillis);
		int gotLocal = local.upsert(toLocal);
		int gotRemote = remote.upsert(toRemote);
		return new Report(bucketsOnEitherSide(mine, theirs), diff.size(), gotLocal, gotRemote);
	}
}
