package tandem.runtime.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.cluster.Stamp;

class ElectionTest {

	private static final NodeSpec A = NodeSpec.server("a", 1);
	private static final NodeSpec B = NodeSpec.server("b", 2);

	private static ClusterSettings pair(boolean witness) {
		ClusterSettings.Builder b = ClusterSettings.builder("p", new byte[32]).node(A).node(B);
		if (witness) {
			b.node(NodeSpec.of("w", NodeKind.WITNESS)).witness("w");
		}
		return b.build();
	}

	private static Announcement ann(String node, MemberRole role, long epoch, String hash) {
		return new Announcement(node, NodeKind.SERVER_CAPABLE, role, epoch, hash, Stamp.ZERO);
	}

	private static Election.Self self(NodeSpec n, MemberRole role, long epoch, long newest) {
		return new Election.Self(n, role, epoch, newest, "h");
	}

	@Test
	void aLonelySurvivorOfAPairWithoutWitnessPromotes() {
		Election.Decision d = new Election(pair(false)).decide(self(B, MemberRole.STANDBY, 3, 3), List.of("b"), Map.of(), true);
		assertEquals(MemberRole.SERVER, d.role());
		assertEquals(4, d.epoch());
	}

	@Test
	void theMinoritySideOfAWitnessedPairIsDegraded() {
		Election e = new Election(pair(true));
		assertEquals(MemberRole.DEGRADED, e.decide(self(A, MemberRole.SERVER, 3, 3), List.of("a"), Map.of(), true).role());
		assertEquals(MemberRole.SERVER,
				e.decide(self(B, MemberRole.STANDBY, 3, 3), List.of("b", "w"), Map.of(), true).role());
	}

	@Test
	void aServerThatSeesANewerEpochStepsDown() {
		Election.Decision d = new Election(pair(false)).decide(self(A, MemberRole.SERVER, 3, 4), List.of("a", "b"),
				Map.of("b", ann("b", MemberRole.SERVER, 4, "h")), true);
		assertEquals(MemberRole.STANDBY, d.role());
		assertTrue(d.reason().contains("newer"), d.reason());
	}

	@Test
	void ofTwoServersWithTheSameEpochThePrimaryStaysWithANewEpoch() {
		Election e = new Election(pair(false));
		Election.Decision a = e.decide(self(A, MemberRole.SERVER, 1, 1), List.of("a", "b"),
				Map.of("b", ann("b", MemberRole.SERVER, 1, "h")), true);
		Election.Decision b = e.decide(self(B, MemberRole.SERVER, 1, 1), List.of("a", "b"),
				Map.of("a", ann("a", MemberRole.SERVER, 1, "h")), true);
		assertEquals(MemberRole.SERVER, a.role());
		assertEquals(2, a.epoch());
		assertEquals(MemberRole.STANDBY, b.role());
	}

	@Test
	void aReturningPrimaryDoesNotPreemptTheRunningServer() {
		Election.Decision d = new Election(pair(false)).decide(self(A, MemberRole.STANDBY, 0, 5), List.of("a", "b"),
				Map.of("b", ann("b", MemberRole.SERVER, 5, "h")), true);
		assertEquals(MemberRole.STANDBY, d.role());
	}

	@Test
	void aReturningNodeWithAnotherProjectHashIsNeverPromotedOverTheAlignedNodeOfTheCurrentProject() {
		Election e = new Election(pair(false));
		Announcement currentB = new Announcement("b", NodeKind.SERVER_CAPABLE, MemberRole.STANDBY, 1, "h", Stamp.ZERO,
				true); // followed the last server, so it runs the project that server ran
		Election.Decision a = e.decide(new Election.Self(A, MemberRole.STANDBY, 1, 1, "other-hash", false),
				List.of("a", "b"), Map.of("b", currentB), true);
		assertEquals(MemberRole.STANDBY, a.role(), "a, priority 1 but another project version: " + a.reason());
		Announcement returningA = new Announcement("a", NodeKind.SERVER_CAPABLE, MemberRole.STANDBY, 1, "other-hash",
				Stamp.ZERO, false);
		Election.Decision b = e.decide(new Election.Self(B, MemberRole.STANDBY, 1, 1, "h", true), List.of("a", "b"),
				Map.of("a", returningA), true);
		assertEquals(MemberRole.SERVER, b.role(), "b promotes in its place: " + b.reason());
		Election.Decision sameHashA = e.decide(new Election.Self(A, MemberRole.STANDBY, 1, 1, "h", true),
				List.of("a", "b"), Map.of("b", currentB), true);
		assertEquals(MemberRole.SERVER, sameHashA.role(), "with the current project a would have promoted");
	}

	@Test
	void theSecondWaitsBrieflyForTheFirstToAnnounce() {
		Election.Decision d = new Election(pair(false)).decide(self(B, MemberRole.STANDBY, 0, 0), List.of("a", "b"),
				Map.of(), false);
		assertTrue(d.waitForAnnouncements());
		assertFalse(new Election(pair(false)).decide(self(B, MemberRole.STANDBY, 0, 0), List.of("a", "b"), Map.of(), true)
				.waitForAnnouncements());
	}

	@Test
	void anAlignedStandbyPromotesBeforeABetterPrioritizedOneThatIsStillAligning() {
		Election e = new Election(pair(false));
		Announcement aligning = new Announcement("a", NodeKind.SERVER_CAPABLE, MemberRole.STANDBY, 1, "h", Stamp.ZERO, false);
		Election.Decision b = e.decide(new Election.Self(B, MemberRole.STANDBY, 1, 1, "h", true), List.of("a", "b"),
				Map.of("a", aligning), true);
		assertEquals(MemberRole.SERVER, b.role());
		Announcement alignedB = new Announcement("b", NodeKind.SERVER_CAPABLE, MemberRole.STANDBY, 1, "h", Stamp.ZERO, true);
		Election.Decision a = e.decide(new Election.Self(A, MemberRole.STANDBY, 1, 1, "h", false), List.of("a", "b"),
				Map.of("b", alignedB), true);
		assertEquals(MemberRole.STANDBY, a.role());
		assertTrue(a.reason().contains("aligned history"), a.reason());
	}

	/**
	 * One-way loss: the cut-off server installed a view of its own that names the stations, which are in the new
	 * server's view; their fence notices made it step down, and it must not promote again over the server they follow.
	 */
	@Test
	void aStationThatFollowsAnotherServerSinceThisViewHoldsPromotion() {
		ClusterSettings s = ClusterSettings.builder("p", new byte[32]).node(A).node(B)
				.node(NodeSpec.of("w", NodeKind.WITNESS)).node(NodeSpec.of("panel", NodeKind.CLIENT)).witness("w")
				.build();
		Election e = new Election(s);
		Announcement panel = new Announcement("panel", NodeKind.CLIENT, MemberRole.STANDBY, 0, "h", Stamp.ZERO, true,
				"b", 58);
		Announcement witness = new Announcement("w", NodeKind.WITNESS, MemberRole.STANDBY, 0, "h", Stamp.ZERO, true,
				"", 0);
		Map<String, Announcement> peers = Map.of("panel", panel, "w", witness);
		Election.Decision held = e.decide(self(A, MemberRole.STANDBY, 57, 58), List.of("a", "w", "panel"), peers,
				Set.of("panel"), true);
		assertEquals(MemberRole.STANDBY, held.role());
		assertTrue(held.waitForAnnouncements());
		assertTrue(held.reason().contains("panel follows b (epoch 58)"), held.reason());
		Election.Decision stale = e.decide(self(A, MemberRole.STANDBY, 57, 58), List.of("a", "w", "panel"), peers,
				Set.of(), true);
		assertEquals(MemberRole.SERVER, stale.role(), "a station's word from the view before counts for nothing");
		assertEquals(59, stale.epoch());
	}
}
