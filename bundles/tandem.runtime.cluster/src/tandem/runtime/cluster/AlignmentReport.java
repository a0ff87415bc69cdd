package tandem.runtime.cluster;

/**
 * What one network alignment between this node and its peer did. Only the facts of differing buckets travel, so
 * {@code factsReceived + factsSent} stays small when the histories are nearly equal.
 *
 * @param peer             the node aligned with (the server)
 * @param bucketsCompared  (subject, time bucket) digests compared
 * @param bucketsDiffering buckets whose facts travelled
 * @param factsReceived    facts of differing buckets received from the peer
 * @param factsAddedHere   of those, facts this node did not hold (what it had lost or never seen)
 * @param factsSent        facts of differing buckets sent to the peer
 * @param factsAddedThere  of those, facts the peer did not hold (what it recorded alone)
 * @param millis           duration from the first digest to the last acknowledgement
 */
public record AlignmentReport(String peer, int bucketsCompared, int bucketsDiffering, long factsReceived,
		long factsAddedHere, long factsSent, long factsAddedThere, long millis) {

	@Override
	public String toString() {
		return "aligned with " + peer + ": " + bucketsDiffering + " of " + bucketsCompared + " buckets differed; "
				+ factsReceived + " facts received (" + factsAddedHere + " new), " + factsSent + " sent ("
				+ factsAddedThere + " new there) in " + millis + " ms";
	}
}
