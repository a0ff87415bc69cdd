package tandem.runtime.cluster;

import java.nio.charset.StandardCharsets;

/**
 * Summary of the facts of one subject in one time bucket: how many and an order-independent hash of their keys and
 * payloads. Two nodes hold the same facts in a bucket when their digests are equal.
 */
public record RangeDigest(String subject, long bucketStart, int count, long hash) {

	/** Hash of one fact; digests add these up, so the order of insertion does not matter. */
	public static long factHash(String key, byte[] payload) {
		long h = 0xcbf29ce484222325L;
		for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
			h = (h ^ (b & 0xff)) * 0x100000001b3L;
		}
		h = (h ^ 0xff) * 0x100000001b3L;
		for (byte b : payload) {
			h = (h ^ (b & 0xff)) * 0x100000001b3L;
		}
		// final avalanche (murmur3 fmix64) so that sums of similar keys do not collide
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		return h ^ (h >>> 33);
	}

	public static long bucketStart(long time, long bucketMillis) {
		return time - Math.floorMod(time, bucketMillis);
	}
}
