package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class MemberInfoTest {

	private static Map<String, MemberInfo> byNode(ClusterMember m) {
		return m.memberInfos().stream().collect(Collectors.toMap(MemberInfo::node, i -> i));
	}

	@Test
	void everyMemberSeesEveryOtherWithRoleEpochHashAndHighWaterMark() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, true).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			ClusterMember client = c.start("c");
			TestCluster.await("a serves, b aligned", 5000,
					() -> a.role() == MemberRole.SERVER && b.role() == MemberRole.STANDBY && b.aligned());
			Stamp newest = Stamp.ZERO;
			for (int i = 1; i <= 3; i++) {
				newest = a.record(TestCluster.sample("v", 1_000L * i)).stamp();
			}
			Stamp last = newest;
			TestCluster.await("the observer heard every member's newest announcement", 5000, () -> {
				Map<String, MemberInfo> seen = byNode(client);
				return seen.size() == 3 && seen.get("b").highWaterMark().equals(last)
						&& seen.get("a").highWaterMark().equals(last);
			});
			Map<String, MemberInfo> seen = byNode(client);
			assertEquals(new MemberInfo("a", NodeKind.SERVER_CAPABLE, MemberRole.SERVER, a.epoch(), true, "hash-1",
					newest), seen.get("a"));
			assertEquals(new MemberInfo("b", NodeKind.SERVER_CAPABLE, MemberRole.STANDBY, b.epoch(), true, "hash-1",
					newest), seen.get("b"), "b as it announced itself (a standby keeps the epoch it last served in)");
			assertEquals(MemberRole.CLIENT, seen.get("c").role(), "the member itself is listed from its own state");
			assertEquals(client.members(), client.memberInfos().stream().map(MemberInfo::node).toList(),
					"in view order");
		}
	}

	@Test
	void aMemberThatLeftIsNoLongerListedAndTheNewServerShowsItsEpoch() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, true).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			ClusterMember client = c.start("c");
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER && byNode(client).size() == 3);
			long epoch = a.epoch();
			a.close();
			TestCluster.await("the observer lists b as the new server", 5000, () -> {
				List<MemberInfo> infos = client.memberInfos();
				return infos.stream().map(MemberInfo::node).toList().equals(List.of("b", "c"))
						&& infos.get(0).role() == MemberRole.SERVER;
			});
			assertEquals(epoch + 1, byNode(client).get("b").epoch());
		}
	}
}
