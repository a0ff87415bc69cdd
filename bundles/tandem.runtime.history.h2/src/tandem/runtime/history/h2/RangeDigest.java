package tandem.runtime.history.h2;

/**
 * Count and order-independent hash of the facts of one stream (a variable, or {@code #cel}) in one time bucket.
 * Two nodes whose digests agree hold the same facts there; only differing buckets need to be transferred.
 */
public record RangeDigest(String stream, long bucketStart, long count, long hash) {
}
