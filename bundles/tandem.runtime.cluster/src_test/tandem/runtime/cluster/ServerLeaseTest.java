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
		assertFalse(l.held(T0), "joining renews nothing: only an echo of the server's own ping does");
		l.heard("w", T0 + lease);
		assertTrue(l.held(T0 + lease + 1), "the witness alone makes a majority with the server");
		assertFalse(l.held(T0 + 2 * lease + 1));
		assertTrue(l.whyNotHeld(T0 + 2 * lease + 1).contains("heard from 1 of 3 voters"),
				l.whyNotHeld(T0 + 2 * lease + 1));
		l.heard("b", T0 + 2 * lease);
		assertTrue(l.held(T0 + 2 * lease + 1));
	}

	/**
	 * The long fault schedule's standby cable pull: when the cable came back, JGroups first installed the merged view
	 * [beta, alpha] without the witness, which still had alpha in its view and echoed its pings; the full view came
	 * 3 s later. Dropping the witness with the view took alpha's lease for 102 ms (beta's first echo came then).
	 */
	@Test
	void aVoterLeftOutOfAPartialMergeCountsUntilItsLastEchoRunsOut() {
		ServerLease l = lease(TestCluster.settings(2, true, false).build());
		long lease = l.leaseMs();
		l.view(List.of("a", "w"), T0);
		l.heard("w", T0 + 1000);
		assertTrue(l.held(T0 + 1010));
		l.view(List.of("a", "b"), T0 + 1020); // the merge with the returning standby leaves the witness out
		assertTrue(l.held(T0 + 1030), "the witness echoed 30 ms ago: " + l.whyNotHeld(T0 + 1030));
		l.heard("w", T0 + 1100); // echoes of pings sent to it at its last address
		assertTrue(l.held(T0 + 1100 + lease), l.whyNotHeld(T0 + 1100 + lease));
		assertFalse(l.held(T0 + 1100 + lease + 1), "one lease after the last echoed ping it is over");
		assertTrue(l.whyNotHeld(T0 + 1100 + lease + 1).contains("w (silent " + (lease + 1) + " ms, not in view)"),
				l.whyNotHeld(T0 + 1100 + lease + 1));
		assertTrue(l.whyNotHeld(T0 + 1100 + lease + 1).contains("b (no echo)"), l.whyNotHeld(T0 + 1100 + lease + 1));
	}

	@Test
	void aVoterThatFollowsANewerServerRenewsTheLeaseNoMore() {
		ServerLease l = lease(TestCluster.settings(2, true, false).build());
		long lease = l.leaseMs();
		l.view(List.of("a", "b", "w"), T0);
		// a was paused; meanwhile b promoted with epoch 4. On resume a reads the witness's queued messages: the
		// first announcement in them says it follows b at epoch 4
		l.announced("w", MemberRole.STANDBY, 0, "b", 4, 3);
		l.announced("b", MemberRole.SERVER, 4, "", 0, 3);
		l.heard("w", T0 + 10);
		l.heard("b", T0 + 20);
		assertFalse(l.held(T0 + 30), "neither the newer server nor the witness that follows it renews it: "
				+ l.whyNotHeld(T0 + 30));

		l.announced("w", MemberRole.STANDBY, 0, "a", 3, 3);
		l.heard("w", T0 + 50);
		assertTrue(l.held(T0 + 60), "following this server again, the witness renews it");
		l.announced("w", MemberRole.STANDBY, 0, "b", 2, 3);
		l.heard("w", T0 + 70);
		assertTrue(l.held(T0 + 80), "a voter still following an older server does not take a newer one's lease");
		assertFalse(l.held(T0 + 70 + lease + 1));
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
		l.heard("b", T0);
		l.heard("w", T0);
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

	/**
	 * SIGSTOP and SIGCONT: the frozen server's checks stop, then the kernel hands it, all at once, the messages the
	 * voters sent while it stood still. Those must not renew its lease (a successor may serve by now, and its news
	 * comes a moment later): the lease is lost from the first moment the pause shows, the voters' messages count
	 * only from half the settling time on, and it is held again once fresh ones make a majority.
	 */
	@Test
	void aServerThatStoodStillHoldsNoLeaseOnWhatArrivedMeanwhile() {
		ServerLease l = lease(TestCluster.settings(2, true, false).build());
		long lease = l.leaseMs();
		l.view(List.of("a", "b", "w"), T0);
		l.heard("b", T0);
		l.heard("w", T0);
		l.tick(T0 + 100);
		assertNull(l.check(true, T0 + 100));
		assertTrue(l.held(T0 + 150));
		long resumed = T0 + 100 + 3 * lease; // frozen for three leases
		l.heard("b", resumed); // kept by the kernel during the pause, delivered at once
		l.heard("w", resumed);
		assertFalse(l.held(resumed + 1), "the pause shows before the next check");
		assertTrue(l.lapsed(resumed + 1), "a resumed server keeps what it observes: it may have been replaced");
		l.tick(resumed + 2);
		ServerLease.Change lost = l.check(true, resumed + 2);
		assertFalse(lost.held());
		assertTrue(lost.reason().contains("stood still for " + (3 * lease + 2) + " ms"), lost.reason());
		l.heard("b", resumed + 10);
		l.heard("w", resumed + 10);
		long settled = resumed + 2 + l.pauseSettleMs();
		for (long t = resumed + 100; t <= settled; t += 100) {
			l.tick(t);
			assertNull(l.check(true, t), "held again at " + (t - resumed) + " ms after the pause");
		}
		assertFalse(l.held(settled), "messages that arrived right after the pause renew nothing");
		l.heard("w", settled - 100); // an announcement sent after the pause
		assertTrue(l.held(settled), "a voter heard after the pause renews it");
		assertTrue(l.check(true, settled).held());
		assertFalse(l.lapsed(settled));
	}

	/**
	 * With only the server-standby link cut, the witness can install the standby's view while the old server still
	 * hears it, so the standby promotes at once and the old server's lease runs on for up to one lease on the
	 * witness's last message. The elected server waits that out (plus the margin) before it acts on the field.
	 */
	@Test
	void anElectedServerActsOnlyOnceAnEarlierServersLeaseHasRunOut() {
		ClusterSettings s = TestCluster.settings(2, true, false).build();
		ServerLease old = new ServerLease(s, new Election(s), "a");
		ServerLease elected = new ServerLease(s, new Election(s), "b");
		long lease = old.leaseMs();
		old.view(List.of("a", "b", "w"), T0);
		elected.view(List.of("a", "b", "w"), T0);
		old.heard("w", T0 + 500); // the witness's last message to the old server, just before its view change
		elected.view(List.of("b", "w"), T0 + 500);
		elected.promoted(T0 + 500, false);
		assertNull(elected.check(true, T0 + 600), "the wait is not reported as a loss");
		for (long t = T0 + 500; t <= T0 + 500 + 3 * lease; t += 10) {
			assertFalse(old.held(t) && elected.held(t), "both act on the field at " + (t - T0));
		}
		assertTrue(elected.whyNotHeld(T0 + 600).contains("after its promotion"), elected.whyNotHeld(T0 + 600));
		long wait = lease + ServerLease.MARGIN_MS;
		assertFalse(elected.held(T0 + 500 + wait - 1));
		elected.heard("w", T0 + 500 + wait);
		assertTrue(elected.held(T0 + 500 + wait));
		ServerLease.Change granted = elected.check(true, T0 + 500 + wait + 20);
		assertTrue(granted.held());
		assertTrue(granted.reason().startsWith("lease granted " + (wait + 20) + " ms after promotion"), granted.reason());

		ServerLease handedOver = new ServerLease(s, new Election(s), "a");
		handedOver.view(List.of("a", "b", "w"), T0);
		handedOver.heard("w", T0 + 50); // echoes of the pings it sent as standby
		handedOver.promoted(T0 + 100, true);
		assertTrue(handedOver.held(T0 + 100), "a planned switch-back acts at once: the old server sealed and handed over");

		// as it is in the plant: the standby a (epoch 59) pings at the newest epoch, 60, of the server b, and the
		// witness, which follows b, echoes; after the handover those echoes hold a's lease at once (the long fault
		// schedule saw 109 ms without it: operator actions and field writes held until the first echo of epoch 61)
		ServerLease standby = new ServerLease(s, new Election(s), "a");
		standby.view(List.of("a", "b", "w"), T0);
		standby.announced("w", MemberRole.STANDBY, 0, "b", 60, 59);
		standby.announced("b", MemberRole.SERVER, 60, "", 0, 59);
		standby.heard("w", T0 + 50);
		assertFalse(standby.held(T0 + 60), "while b serves, the witness's echoes renew nothing of a");
		standby.promoted(T0 + 100, true);
		assertTrue(standby.held(T0 + 100), standby.whyNotHeld(T0 + 100));
		assertFalse(standby.held(T0 + 50 + lease + 1), "one lease after that echo's ping it is over");
		ServerLease elected2 = new ServerLease(s, new Election(s), "a");
		elected2.view(List.of("a", "w"), T0);
		elected2.announced("w", MemberRole.STANDBY, 0, "b", 60, 59);
		elected2.heard("w", T0 + 50);
		elected2.promoted(T0 + 100, false);
		elected2.othersRenewedBy(T0 - 10_000, T0 + 100); // no earlier lease to wait for
		assertFalse(elected2.held(T0 + 100), "an elected server takes nothing echoed while it stood by");
		elected2.announced("w", MemberRole.STANDBY, 0, "a", 61, 61);
		elected2.heard("w", T0 + 150);
		assertTrue(elected2.held(T0 + 150), elected2.whyNotHeld(T0 + 150));
		ClusterSettings pair = TestCluster.settings(2, false, false).build();
		ServerLease survivor = new ServerLease(pair, new Election(pair), "b");
		survivor.view(List.of("b"), T0);
		survivor.promoted(T0, false);
		assertTrue(survivor.held(T0), "the survivor of a pair promotes and acts anyway");
	}

	/**
	 * The lease runs from the moment the server sent the ping a voter echoed, never from the echo's arrival: an echo
	 * that TCP kept behind a pulled cable, or the kernel while the server stood still, renews nothing late.
	 */
	@Test
	void anEchoThatArrivesLateRenewsTheLeaseOnlyFromItsPing() {
		ServerLease l = lease(TestCluster.settings(2, true, false).build());
		long lease = l.leaseMs();
		l.view(List.of("a", "b", "w"), T0);
		l.heard("w", T0); // the ping of T0, echoed; whenever it arrives
		assertTrue(l.held(T0 + lease));
		assertFalse(l.held(T0 + lease + 1), "one lease after the ping, not after the echo's arrival");
		l.heard("w", T0 - 500); // an older echo arriving after a newer one
		assertTrue(l.held(T0 + lease) && !l.held(T0 + lease + 1), "an older echo does not move the lease back");
	}

	/**
	 * An elected server waits only until one lease and the margin after the voters of its view last renewed another
	 * node's lease: a server that fell silent seconds before the promotion leaves nothing to wait out, one cut off
	 * a moment before leaves the rest of its lease, and without the voters' reports the full wait holds.
	 */
	@Test
	void anElectedServerWaitsOnlyUntilTheOldServersLastRenewalHasRunOut() {
		ClusterSettings s = TestCluster.settings(2, true, false).build();
		long lease = new ServerLease(s, new Election(s), "b").leaseMs();
		long promotion = T0 + 5000;

		ServerLease silentLongAgo = new ServerLease(s, new Election(s), "b");
		silentLongAgo.view(List.of("b", "w"), promotion);
		silentLongAgo.promoted(promotion, false);
		silentLongAgo.heard("w", promotion + 5);
		assertFalse(silentLongAgo.held(promotion + 10), "the full wait without the voters' reports");
		silentLongAgo.othersRenewedBy(promotion - 2000, promotion + 10);
		assertTrue(silentLongAgo.held(promotion + 10), "the old lease ran out long before the promotion");
		ServerLease.Change granted = silentLongAgo.check(true, promotion + 10);
		assertTrue(granted.held() && granted.reason().contains("no voter in view renewed another node's lease or restarted in the 2000 ms before"),
				granted.reason());

		ServerLease cutJustBefore = new ServerLease(s, new Election(s), "b");
		ServerLease old = new ServerLease(s, new Election(s), "a");
		old.view(List.of("a", "b", "w"), T0);
		old.heard("w", promotion - 300); // the witness's last echo to the old server
		cutJustBefore.view(List.of("b", "w"), promotion);
		cutJustBefore.promoted(promotion, false);
		cutJustBefore.othersRenewedBy(promotion - 300, promotion + 10);
		for (long t = promotion; t <= promotion + 2 * lease; t += 5) {
			cutJustBefore.heard("w", t);
			assertFalse(old.held(t) && cutJustBefore.held(t), "both act on the field at " + (t - promotion));
		}
		long from = promotion - 300 + lease + ServerLease.MARGIN_MS;
		assertFalse(cutJustBefore.held(from - 1));
		assertTrue(cutJustBefore.held(from), "acts " + (from - promotion) + " ms after the promotion, not "
				+ cutJustBefore.promotionWaitMs());

		ServerLease later = new ServerLease(s, new Election(s), "b");
		later.view(List.of("b", "w"), promotion);
		later.promoted(promotion, false);
		later.othersRenewedBy(promotion + 400, promotion + 500); // a voter renewed it after the promotion
		later.heard("w", promotion + later.promotionWaitMs());
		assertFalse(later.held(promotion + later.promotionWaitMs() - 1), "never later than the full wait, never earlier");
		assertTrue(later.held(promotion + later.promotionWaitMs()));
	}

	/**
	 * A planned switch-back: the old server seals its stream and the preferred server acts at once, so the old one
	 * must give up its lease at the seal (not when its role changes a little later), say so once, and hold it again
	 * only when the switch is abandoned.
	 */
	@Test
	void aServerThatSealsForASwitchBackGivesItsLeaseUpAtTheSealAndTakesItBackOnlyIfAbandoned() {
		ServerLease l = lease(TestCluster.settings(2, true, false).build());
		l.view(List.of("a", "b", "w"), T0);
		l.heard("b", T0 + 100);
		l.heard("w", T0 + 100);
		assertNull(l.check(true, T0 + 100));
		assertTrue(l.held(T0 + 100));

		l.handingOver("handing over to preferred server b at (3, 120)");
		assertFalse(l.held(T0 + 101), "not held from the seal on, although every voter is heard");
		assertFalse(l.lapsed(T0 + 101), "given up, not lapsed: nothing suggests it was replaced");
		ServerLease.Change given = l.check(true, T0 + 110);
		assertFalse(given.held());
		assertEquals("lease given up: handing over to preferred server b at (3, 120): operator actions are answered"
				+ " by the next server", given.reason());
		l.heard("b", T0 + 150);
		assertNull(l.check(true, T0 + 200), "reported once, and fresh messages do not renew it");
		assertFalse(l.held(T0 + 200));

		l.handingOver(null); // the preferred server did not take over in time: the old server serves on
		l.heard("w", T0 + 250);
		ServerLease.Change back = l.check(true, T0 + 300);
		assertTrue(back.held(), "held again once the switch is abandoned");
		assertEquals("lease renewed after 190 ms", back.reason());

		l.handingOver("handing over to preferred server b at (3, 180)");
		assertFalse(l.check(true, T0 + 400).held());
		assertNull(l.check(false, T0 + 500), "the old server stands by: its role change says enough");
		l.heard("b", T0 + 600);
		l.heard("w", T0 + 600);
		assertTrue(l.held(T0 + 600), "a standby starts afresh: promoted later, it is not still handing over");
		l.handingOver("handing over to preferred server b at (4, 10)");
		l.promoted(T0 + 700, true);
		assertTrue(l.held(T0 + 700), "a promotion ends any handing over");
	}

	@Test
	void timingsThatLeaveNoUsefulLeaseAreRefusedWithTheFigures() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TestCluster.settings(2, true, false).failureDetection(400, 200, 0).build());
		assertTrue(e.getMessage().contains("lease on the field of -100 ms"), e.getMessage());
	}
}
