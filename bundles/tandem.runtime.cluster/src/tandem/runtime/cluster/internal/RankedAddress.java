package tandem.runtime.cluster.internal;

import org.jgroups.util.ExtendedUUID;
import org.jgroups.util.NameCache;

import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeSpec;

/**
 * A member's JGroups address, random as before except for its top bits, which hold the member's rank, so that
 * addresses sort by rank: the witness first, then the server-capable nodes, then the other operator clients, then
 * tools outside the topology ({@code tandem status}, deploy, the studio). The witness first because it is the
 * tie-breaker: when the link between server and standby is cut, a coordinator that hears both excludes one of them
 * and the excluded one finds no other member to form a view with; with a server coordinating, the excluded standby
 * formed a view of its own with the stations it still heard, and the stations went back and forth between the two
 * (no server holding its lease for 3.7 s in one short fault run).
 * <p>
 * Address order decides who leads a merge and who coordinates the merged view: MERGE3 lets the lowest address among
 * the subviews' coordinators start the merge, and GMS makes the lowest of those coordinators the new view's
 * coordinator. Before the rank, a {@code tandem status} run that formed a view of its own (its join timed out while a
 * station was frozen) could lead the next merge and coordinate the plant's view for the two seconds it lived; one
 * such merge, led by a tool that then left, installed a view holding only the standby and the tool, and the server
 * lost its lease (20-round fault run of 2026-12-07). Ranks keep the plant's view in the hands of a plant node
 * whenever one takes part. A plain join still appends at the end and keeps the coordinator it has.
 */
final class RankedAddress {

	static final int WITNESS = 0;
	static final int SERVER_CAPABLE = 1;
	static final int CLIENT = 2;
	static final int TOOL = 3;

	private static final int RANK_SHIFT = 60;
	private static final long RANDOM_BITS = (1L << RANK_SHIFT) - 1;

	private RankedAddress() {
	}

	static int rank(ClusterSettings settings, NodeSpec local) {
		if (settings.tool()) {
			return TOOL;
		}
		if (settings.witness().filter(local.name()::equals).isPresent()) {
			return WITNESS;
		}
		return local.serverCapable() ? SERVER_CAPABLE : CLIENT;
	}

	/** A new random address of the given rank (0 to 7), with the logical name registered. */
	static ExtendedUUID generate(int rank, String name) {
		if (rank < 0 || rank > 7) {
			throw new IllegalArgumentException("address rank " + rank + " is not between 0 and 7");
		}
		ExtendedUUID random = ExtendedUUID.randomUUID();
		long most = ((long) rank << RANK_SHIFT) | (random.getMostSignificantBits() & RANDOM_BITS);
		ExtendedUUID ranked = new ExtendedUUID(most, random.getLeastSignificantBits());
		NameCache.add(ranked, name);
		return ranked;
	}

	/** The rank an address was generated with. */
	static int of(org.jgroups.util.UUID address) {
		return (int) (address.getMostSignificantBits() >>> RANK_SHIFT);
	}
}
