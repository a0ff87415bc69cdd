package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

	@Test
	void cuttingOnlyTheLinkBetweenServerAndStandbyLeavesOneServer() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, true, false).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			ClusterMember w = c.start("w");
			TestCluster.await("a serves, b stands by, w sees both", 5000, () -> a.role() == MemberRole.SERVER
					&& b.serverNode().equals(java.util.Optional.of("a")) && w.members().size() == 3);
			TestCluster.cut(a, b, true); // both still reach the witness
			long overlapSince = 0;
			long longestOverlap = 0;
			long end = System.currentTimeMillis() + 8000;
			while (System.currentTimeMillis() < end) {
				long now = System.currentTimeMillis();
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
