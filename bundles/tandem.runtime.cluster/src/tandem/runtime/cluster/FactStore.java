package tandem.runtime.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the cluster needs from a node's history (H2 in the runtime, {@link InMemoryFactStore} in tests). Storing a
 * fact whose key is already held is a no-op, so replays and overlaps after a failover are harmless.
 */
public interface FactStore {

	/** Stores the facts whose keys are not held yet; returns how many were new. */
	int upsert(Collection<ReplicatedFact> facts);

	boolean contains(String key);

	/** Newest stamp held; {@link Stamp#ZERO} for an empty store. */
	Stamp highWaterMark();

	/** Digest of every (subject, time bucket) that holds facts; bucket start = time - floorMod(time, bucketMillis). */
	List<RangeDigest> digests(long bucketMillis);

	/**
	 * The digests of the facts with {@code fromInclusive <= time < toExclusive} ({@code fromInclusive} a multiple of the
	 * bucket width; the last bucket may be cut at {@code toExclusive}). A store ordered by time reads only that range:
	 * alignment compares the recent past up to where live replication took over, not the whole history. This default
	 * filters whole buckets, for stores whose facts all lie well before {@code toExclusive}.
	 */
	default List<RangeDigest> digests(long bucketMillis, long fromInclusive, long toExclusive) {
		return digests(bucketMillis).stream()
				.filter(d -> d.bucketStart() >= fromInclusive && d.bucketStart() < toExclusive).toList();
	}

	/**
	 * The time up to which this store is known to hold everything the cluster recorded: advanced while the node
	 * serves or follows the server aligned, kept across restarts. 0 when unknown (an empty or new store): the next
	 * alignment then compares the whole history.
	 */
	default long completeThrough() {
		return 0;
	}

	/** Advances {@link #completeThrough()}; a store may persist it lazily (alignment looks back well before it). */
	default void completeThrough(long time) {
	}

	/**
	 * Returns when everything stored before is written and synced to disk, so it survives a {@code kill -9} or a power
	 * loss: what a server confirms to an operator without a standby must be. A store in memory has nothing to sync.
	 *
	 * @throws RuntimeException when the store cannot write
	 */
	default void sync() {
	}

	/** Facts of one subject with fromInclusive <= time < toExclusive. */
	List<ReplicatedFact> factsIn(String subject, long fromInclusive, long toExclusive);

	/**
	 * Facts of several subjects with fromInclusive <= time < toExclusive, in no particular order. A store whose
	 * history is ordered by time (H2's sample key) reads the range once instead of once per subject.
	 */
	default List<ReplicatedFact> factsIn(Set<String> subjects, long fromInclusive, long toExclusive) {
		List<ReplicatedFact> out = new ArrayList<>();
		for (String subject : subjects) {
			out.addAll(factsIn(subject, fromInclusive, toExclusive));
		}
		return out;
	}
}
