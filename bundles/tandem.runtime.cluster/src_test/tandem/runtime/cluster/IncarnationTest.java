package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class IncarnationTest {

	@Test
	void aRestartedNodeWinsOverItsOldIncarnationThatIsStillInTheView() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, true).switchBack(false).build())) {
			ClusterMember old = c.start("a");
			ClusterMember b = c.start("b");
			ClusterMember client = c.start("c");
			TestCluster.await("the old a serves", 5000, () -> old.role() == MemberRole.SERVER && b.aligned()
					&& client.serverNode().equals(Optional.of("a")));
			long oldEpoch = old.epoch();

			ClusterMember restarted = c.start("a"); // a new process of node a while the old one is still in the view
			TestCluster.await("one a in every view, b serves, the old a no longer", 6000,
					() -> b.role() == MemberRole.SERVER && restarted.aligned() && old.role() != MemberRole.SERVER);
			assertEquals(List.of("a", "b", "c"), b.members().stream().sorted().toList(), "node a counted once");
			assertNotEquals(oldEpoch, b.epoch());
			assertEquals(MemberRole.STANDBY, restarted.role());
			TestCluster.await("the client follows b, not the old a", 3000,
					() -> client.serverNode().equals(Optional.of("b")));
			TestCluster.await("the old incarnation says why it stepped down", 2000, () -> c.roleChanges.stream()
					.anyMatch(r -> r.node().equals("a") && r.from() == MemberRole.SERVER
							&& (r.reason().contains("newer incarnation") || r.reason().contains("newer than own epoch"))));
		}
	}
}
