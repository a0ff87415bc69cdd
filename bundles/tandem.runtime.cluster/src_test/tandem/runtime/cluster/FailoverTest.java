package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class FailoverTest {

	@Test
	void thePrimaryServesAndTheSecondStandsBy() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			TestCluster.await("a serves and b stands by", 5000,
					() -> a.role() == MemberRole.SERVER && b.role() == MemberRole.STANDBY
							&& b.serverNode().orElse("").equals("a"));
			assertEquals(1, c.servers());
		}
	}

	@Test
	void theStandbyTakesOverWithANewEpochWhenTheServerLeaves() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER && b.serverNode().equals(Optional.of("a")));
			long epoch = a.epoch();
			a.close();
			TestCluster.await("b serves", 3000, () -> b.role() == MemberRole.SERVER);
			assertEquals(epoch + 1, b.epoch());
			TestCluster.await("the promotion is reported with its reason", 2000,
					() -> c.roleChanges.stream().anyMatch(r -> r.node().equals("b") && r.to() == MemberRole.SERVER
							&& r.reason().contains("no server in view")));
		}
	}

	@Test
	void theStandbyTakesOverWhenTheServerFallsSilent() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER && b.serverNode().equals(java.util.Optional.of("a")));
			TestCluster.isolate(a, true);
			TestCluster.await("b serves after a fell silent", 5000, () -> b.role() == MemberRole.SERVER);
		}
	}
}
