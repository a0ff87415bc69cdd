package tandem.runtime.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jgroups.util.ExtendedUUID;
import org.jgroups.util.NameCache;
import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;

class RankedAddressTest {

	private static final byte[] SECRET = "plant-a-cluster-secret-0123456789".getBytes(StandardCharsets.UTF_8);

	private static ClusterSettings.Builder plant() {
		return ClusterSettings.builder("plant", SECRET).node(NodeSpec.server("alpha", 1)).node(NodeSpec.server("beta", 2))
				.node(NodeSpec.of("console", NodeKind.CLIENT)).node(NodeSpec.of("panel", NodeKind.CLIENT))
				.witness("console");
	}

	@Test
	void theRankFollowsWhatTheMemberIsInTheTopology() {
		ClusterSettings plant = plant().build();
		assertEquals(RankedAddress.SERVER_CAPABLE, RankedAddress.rank(plant, plant.node("beta").orElseThrow()));
		assertEquals(RankedAddress.WITNESS, RankedAddress.rank(plant, plant.node("console").orElseThrow()));
		assertEquals(RankedAddress.CLIENT, RankedAddress.rank(plant, plant.node("panel").orElseThrow()));
		ClusterSettings status = plant().node(NodeSpec.of("status-1", NodeKind.CLIENT)).tool(true).build();
		assertEquals(RankedAddress.TOOL, RankedAddress.rank(status, status.node("status-1").orElseThrow()));
	}

	/** Whatever the random part, the witness sorts before every server, a server before every client and tool. */
	@Test
	void addressesSortByRankWhateverTheirRandomPart() {
		List<ExtendedUUID> all = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			for (int rank = RankedAddress.TOOL; rank >= RankedAddress.WITNESS; rank--) {
				all.add(RankedAddress.generate(rank, "m" + rank + "-" + i));
			}
		}
		Collections.shuffle(all);
		Collections.sort(all);
		for (int i = 1; i < all.size(); i++) {
			assertTrue(RankedAddress.of(all.get(i - 1)) <= RankedAddress.of(all.get(i)),
					"an address of rank " + RankedAddress.of(all.get(i - 1)) + " sorts before one of rank "
							+ RankedAddress.of(all.get(i)));
		}
		assertEquals(RankedAddress.WITNESS, RankedAddress.of(all.get(0)));
		assertEquals(RankedAddress.TOOL, RankedAddress.of(all.get(all.size() - 1)));
	}

	@Test
	void addressesStayUniqueAndNamed() {
		Set<ExtendedUUID> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertTrue(seen.add(RankedAddress.generate(RankedAddress.SERVER_CAPABLE, "alpha")), "address repeated");
		}
		ExtendedUUID a = RankedAddress.generate(RankedAddress.CLIENT, "panel");
		assertEquals("panel", NameCache.get(a));
		assertThrows(IllegalArgumentException.class, () -> RankedAddress.generate(8, "x"));
	}
}
