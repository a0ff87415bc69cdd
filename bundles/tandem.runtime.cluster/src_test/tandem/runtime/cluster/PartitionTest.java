package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartitionTest {

	@Test
	void theSideWithoutQuorumIsDegradedAndTheMajorityServes() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, true, false).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			ClusterMember w = c.start("w");
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER && b.serverNode().equals(java.util.Optional.of("a"))
					&& w.members().size() == 3);
			assertEquals(MemberRole.WITNESS, w.role());
			TestCluster.isolate(a, true);
			TestCluster.await("a degraded, b serves", 6000,
					() -> a.role() == MemberRole.DEGRADED && b.role() == MemberRole.SERVER);
			TestCluster.await("the degradation is reported with its reason", 2000,
					() -> c.roleChanges.stream().anyMatch(r -> r.node().equals("a") && r.to() == MemberRole.DEGRADED
							&& r.reason().contains("no quorum")));
			TestCluster.isolate(a, false);
			TestCluster.await("merged with one server", 10000, () -> a.members().size() == 3
					&& a.role() == MemberRole.STANDBY && b.role() == MemberRole.SERVER);
		}
	}

	/**
	 * A pair without witness: each node alone has quorum. When the second node's join misses the running first one
	 * (here: the first cut off while the second starts), both found a cluster of their own; before, both served
	 * until MERGE3 brought them together (two servers acting on the field). A node alone in its first view now
	 * waits for the other before it serves: while the two cannot hear each other neither serves twice over, and once
	 * they merge exactly one serves.
	 */
	@Test
	void aNodeOfAPairWithoutWitnessThatStartsAloneWaitsForTheOtherBeforeItServes() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).startAloneGraceMs(8000).build())) {
			ClusterMember a = c.start("a");
			TestCluster.isolate(a, true);
			long started = System.currentTimeMillis();
			ClusterMember b = c.start("b");
			while (System.currentTimeMillis() < started + 2500) {
				assertFalse(a.role() == MemberRole.SERVER && b.role() == MemberRole.SERVER,
						"both nodes of the pair served at once: " + c.roleChanges);
				Thread.sleep(5);
			}
			TestCluster.isolate(a, false);
			TestCluster.await("merged, one of them serves, the other stands by", 15_000,
					() -> a.members().size() == 2 && (a.role() == MemberRole.SERVER) != (b.role() == MemberRole.SERVER)
							&& (a.role() == MemberRole.STANDBY || b.role() == MemberRole.STANDBY));
			assertTrue(c.roleChanges.stream().noneMatch(r -> r.to() == MemberRole.SERVER && r.node().equals("b"))
					|| c.roleChanges.stream().noneMatch(r -> r.to() == MemberRole.SERVER && r.node().equals("a")),
					"only one node ever served: " + c.roleChanges);
		}
	}

	/** Without a second node at all, the one that started alone serves once it has waited. */
	@Test
	void aNodeOfAPairWithoutWitnessThatStaysAloneServesAfterItsWait() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).startAloneGraceMs(1500).build())) {
			long started = System.currentTimeMillis();
			ClusterMember a = c.start("a");
			TestCluster.await("a serves alone", 6000, () -> a.role() == MemberRole.SERVER);
			long waited = System.currentTimeMillis() - started;
			assertTrue(waited >= 1500, "a served " + waited + " ms after its start, before its wait ran out");
		}
	}

	@Test
	void anIsolatedServerStopsActingOnTheFieldBeforeTheMajorityPromotes() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, true, false).build())) {
			InMemoryFactStore aStore = new InMemoryFactStore();
			ClusterMember a = c.start("a", aStore);
			ClusterMember b = c.start("b");
			ClusterMember w = c.start("w");
			TestCluster.await("a serves, b stands by, w sees both", 5000, () -> a.role() == MemberRole.SERVER
					&& b.serverNode().equals(java.util.Optional.of("a")) && w.members().size() == 3 && b.aligned());
			TestCluster.await("a acts on the field (after its promotion wait)", 3000, a::actsOnField);
			long healthyUntil = System.currentTimeMillis() + 3000;
			while (System.currentTimeMillis() < healthyUntil) {
				assertTrue(a.actsOnField(), "a healthy server keeps its lease");
				Thread.sleep(5);
			}
			TestCluster.isolate(a, true);
			long cut = System.currentTimeMillis();
			long stopped = 0;
			long serving = 0;
			Confirmation whileStopped = null;
			boolean outcomeRecorded = false;
			while (System.currentTimeMillis() < cut + 8000 && (stopped == 0 || serving == 0)) {
				long now = System.currentTimeMillis();
				boolean acting = a.actsOnField();
				boolean bServes = b.role() == MemberRole.SERVER;
				assertFalse(acting && bServes, "a still acted on the field when b served: " + c.roleChanges);
				if (!acting && stopped == 0) {
					stopped = now;
					if (a.role() == MemberRole.SERVER) { // the lease, not the view, stopped it
						whileStopped = a.confirmOperatorAction(ReplicatedFact.unstamped("action:x-1", "action", now,
								new byte[] { 1 }), 1000).getNow(null);
						// the outcome of what was executed before is still recorded: it happened
						a.confirmOutcome(ReplicatedFact.unstamped("action:done-1", "action", now, new byte[] { 2 }), 1000);
						outcomeRecorded = aStore.contains("action:done-1");
					}
				}
				serving = bServes && serving == 0 ? now : serving;
				Thread.sleep(2);
			}
			System.out.printf("isolated server: stopped acting on the field %d ms after the cut, the standby served"
					+ " after %d ms (lease %d ms)%n", stopped - cut, serving - cut, a.leaseMs());
			assertTrue(stopped > 0 && serving > 0, "a stopped and b served within 8 s: " + c.roleChanges);
			assertTrue(stopped < serving, "a stopped before b served");
			assertTrue(whileStopped != null && whileStopped.outcome() == Confirmation.Outcome.REFUSED
					&& whileStopped.detail().contains("lease expired"), "an action while the lease is lost: " + whileStopped);
			assertFalse(aStore.contains("action:x-1"), "and it is not recorded");
			assertTrue(outcomeRecorded, "an outcome is recorded while the lease is lost");
			TestCluster.isolate(a, false);
			TestCluster.await("merged with one server", 10000, () -> a.members().size() == 3
					&& a.role() == MemberRole.STANDBY && b.role() == MemberRole.SERVER);
		}
	}

	/**
	 * A server that falls silent (frozen, or its cable pulled) stopped pinging its voters seconds before the standby
	 * promotes, and the voters' reports say when they last renewed its lease: the new server acts on the field at
	 * once, not a full promotion wait later, and never beside the old one.
	 */
	@Test
	void aStandbyPromotedLongAfterTheServerFellSilentActsAtOnceAndNeverBesideIt() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, true, false).build())) {
			java.util.List<String> bLease = new java.util.concurrent.CopyOnWriteArrayList<>();
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			b.addListener(new ClusterListener() {
				@Override
				public void leaseChanged(String node, boolean held, long at, String reason) {
					bLease.add(held + " " + reason);
				}
			});
			ClusterMember w = c.start("w");
			// every view holds all three: b once followed a by its announcements while its own view still lacked
			// w (the view that added w had not reached it), and after a fell silent b was alone (fresh-clone run)
			TestCluster.await("a acts on the field, b and w follow it, every view holds all three", 8000,
					() -> a.actsOnField() && b.serverNode().equals(java.util.Optional.of("a"))
							&& w.serverNode().equals(java.util.Optional.of("a")) && a.members().size() == 3
							&& b.members().size() == 3 && w.members().size() == 3);
			long promotionWait = a.leaseMs() + ServerLease.MARGIN_MS;
			TestCluster.isolate(a, true);
			long promoted = 0;
			long acting = 0;
			long end = System.currentTimeMillis() + 8000;
			while (System.currentTimeMillis() < end && acting == 0) {
				long now = System.currentTimeMillis();
				boolean bActs = b.actsOnField();
				assertFalse(bActs && a.actsOnField(), "a and b both acted on the field: " + c.roleChanges);
				promoted = promoted == 0 && b.role() == MemberRole.SERVER ? now : promoted;
				acting = bActs ? now : 0;
				Thread.sleep(2);
			}
			System.out.printf("silent server: b promoted, acting on the field %d ms later (full wait %d ms); %s%n",
					acting - promoted, promotionWait, bLease);
			assertTrue(promoted > 0 && acting > 0, "b served and acted within 8 s: " + c.roleChanges + " " + bLease);
			assertTrue(acting - promoted < promotionWait / 2, "b acted " + (acting - promoted)
					+ " ms after its promotion, the full wait is " + promotionWait + " ms: " + bLease);
			TestCluster.await("the grant says why it came early", 2000, () -> bLease.stream()
					.anyMatch(l -> l.startsWith("true") && l.contains("no voter in view renewed another node's lease")));
			TestCluster.isolate(a, false);
			TestCluster.await("merged with one server", 15000, () -> a.members().size() == 3 && c.servers() == 1);
		}
	}

	@Test
	void cuttingOnlyTheLinkBetweenServerAndStandbyLeavesOneServerAndNeverTwoActingOnTheField() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, true, false).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			ClusterMember w = c.start("w");
			TestCluster.await("a serves, b stands by, w sees both", 5000, () -> a.role() == MemberRole.SERVER
					&& b.serverNode().equals(java.util.Optional.of("a")) && w.members().size() == 3);
			TestCluster.await("a acts on the field", 3000, a::actsOnField);
			TestCluster.cut(a, b, true); // both still reach the witness
			long overlapSince = 0;
			long longestOverlap = 0;
			long end = System.currentTimeMillis() + 8000;
			while (System.currentTimeMillis() < end) {
				long now = System.currentTimeMillis();
				// roles may overlap for the fence notice's round trip; acting on the field never may
				assertFalse(a.actsOnField() && b.actsOnField(), "a and b both acted on the field: " + c.roleChanges);
				if (a.role() == MemberRole.SERVER && b.role() == MemberRole.SERVER) {
					overlapSince = overlapSince == 0 ? now : overlapSince;
					longestOverlap = Math.max(longestOverlap, now - overlapSince);
				} else {
					overlapSince = 0;
				}
				Thread.sleep(5);
			}
			assertTrue(longestOverlap < 1000, "a and b both said SERVER for " + longestOverlap + " ms; roles "
					+ c.roleChanges);
			assertTrue(a.role() == MemberRole.SERVER || b.role() == MemberRole.SERVER, "someone serves: " + c.roleChanges);
			TestCluster.cut(a, b, false);
			TestCluster.await("healed: one server, everyone in one view", 15000, () -> c.servers() == 1
					&& a.members().size() == 3 && b.members().size() == 3 && w.members().size() == 3);
		}
	}

	@Test
	void aPausedServerThatResumesSeesTheNewerEpochAndStepsDown() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER && b.serverNode().equals(java.util.Optional.of("a")));
			TestCluster.isolate(a, true); // like SIGSTOP: a hears nothing and says nothing
			TestCluster.await("b serves", 5000, () -> b.role() == MemberRole.SERVER);
			long newEpoch = b.epoch();
			assertTrue(newEpoch > a.epoch());
			TestCluster.isolate(a, false); // SIGCONT
			TestCluster.await("a stepped down after the merge", 20000,
					() -> a.role() == MemberRole.STANDBY && a.members().size() == 2 && c.servers() == 1);
			assertEquals(MemberRole.SERVER, b.role());
			assertEquals(newEpoch, b.epoch(), "b kept its epoch: a did not serve again in between; " + c.roleChanges);
			TestCluster.await("the step-down is reported", 2000, () -> c.roleChanges.stream()
					.anyMatch(r -> r.node().equals("a") && r.from() == MemberRole.SERVER && r.to() == MemberRole.STANDBY
							&& r.reason().contains("newer")));
		}
	}

	@Test
	void twoServerCapableNodesStartedAtOnceEndWithExactlyOneServer() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			Thread ta = new Thread(() -> startQuietly(c, "a"));
			Thread tb = new Thread(() -> startQuietly(c, "b"));
			ta.start();
			tb.start();
			ta.join(10000);
			tb.join(10000);
			TestCluster.await("one view, one server", 10000, () -> c.members.size() == 2
					&& c.members.stream().allMatch(m -> m.members().size() == 2) && c.servers() == 1
					&& c.members.stream().allMatch(m -> m.serverNode().isPresent()));
			Thread.sleep(500);
			assertEquals(1, c.servers());
		}
	}

	private static void startQuietly(TestCluster c, String node) {
		try {
			ClusterMember m = ClusterMember.start(c.settings, node, new InMemoryFactStore(), "hash-1");
			synchronized (c.members) {
				c.members.add(m);
			}
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
