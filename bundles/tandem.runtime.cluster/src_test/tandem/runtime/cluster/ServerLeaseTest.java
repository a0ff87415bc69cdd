package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.internal.Election;

class ServerLeaseTest {

	private static final long T0 = 1_000_000;

	private static ServerLease lease(ClusterSettings s) {
		return new ServerLease(s, new Election(s), "a");
	}

	@Test
	void theLeaseEndsBeforeTheEarliestPromotionOfTheOtherSide() {
		ClusterSettings defaults = TestCluster.settings(2, true, false).failureDetection(1500, 500, 300).build();
		// the standby promotes at the earliest timeout + verify-suspect after it last heard this server, which may be
		// one heartbeat before the cut
		long earliestPromotion = 1500 + 300 - 500;
		assertEquals(1000, lease(defaults).leaseMs());
		assertTrue(lease(defaults).leaseMs() < earliestPromotion);
		assertEquals(500, lease(defaults).announcePeriodMs(), "two announcements per lease");
	}

	@Test
	void aServerHoldsItsLeaseWhileAMajorityOfTheVotersIsHeard() {
		ServerLease l = lease(TestCluster.settings(2, true, false).build());
		long lease = l.leaseMs();
		l.view(List.of("a", "b", "w"), T0);
		assertTrue(l.held(T0 + lease), "joining counts as heard");
		assertFalse(l.held(T0 + lease + 1), "nobody heard since the join");
		l.heard("w", T0 + lease);
		assertTrue(l.held(T0 + lease + 1), "the witness alone makes a majority with the server");
		assertFalse(l.held(T0 + 2 * lease + 1));
		assertTrue(l.whyNotHeld(T0 + 2 * lease + 1).contains("heard from 1 of 3 voters"),
				l.whyNotHeld(T0 + 2 * lease + 1));
		l.heard("b", T0 + 2 * lease);
		assertTrue(l.held(T0 + 2 * lease + 1));
		l.view(List.of("a", "w"), T0 + 2 * lease + 2);
		assertFalse(l.held(T0 + 2 * lease + 3), "a voter that left the view does not count, however recently heard");
	}

	@Test
	void aPairWithoutWitnessAlwaysHoldsIt() {
		ServerLease l = lease(TestCluster.settings(2, false, false).build());
		l.view(List.of("a", "b"), T0);
		assertTrue(l.held(T0 + 60_000), "the survivor of a pair promotes anyway: there is nothing to protect");
	}

	@Test
	void theServingMemberReportsTheExpiryOnceAndTheRenewalWithHowLongItLasted() {
		ServerLease l = lease(TestCluster.settings(2, true, false).build());
		long lease = l.leaseMs();
		l.view(List.of("a", "b", "w"), T0);
		assertNull(l.check(true, T0 + 100));
		ServerLease.Change lost = l.check(true, T0 + lease + 50);
		assertFalse(lost.held());
		assertTrue(lost.reason().contains("b (silent " + (lease + 50) + " ms)"), lost.reason());
		assertNull(l.check(true, T0 + lease + 150), "reported once");
		l.heard("b", T0 + lease + 400);
		ServerLease.Change renewed = l.check(true, T0 + lease + 450);
		assertTrue(renewed.held());
		assertEquals("lease renewed after 400 ms", renewed.reason());
		assertNull(l.check(false, T0 + 10 * lease), "a member that does not serve has nothing to report");
	}

	@Test
	void timingsThatLeaveNoUsefulLeaseAreRefusedWithTheFigures() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TestCluster.settings(2, true, false).failureDetection(400, 200, 0).build());
		assertTrue(e.getMessage().contains("lease on the field of -100 ms"), e.getMessage());
	}
}
