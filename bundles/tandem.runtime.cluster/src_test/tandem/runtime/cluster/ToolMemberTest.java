package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A tool outside the topology ({@code tandem status}) that formed a view of its own, because its join timed out,
 * must not take over the plant's view when the two merge: it leaves again within seconds, and a merge led by a
 * member that then goes away once left the standby in a view of its own (the server lost its lease).
 */
class ToolMemberTest {

	@Test
	void aToolThatFormedAViewOfItsOwnNeverCoordinatesThePlantsViewAfterTheMerge() throws Exception {
		ClusterSettings.Builder b = TestCluster.settings(2, true, false);
		ClusterSettings plant = b.build();
		ClusterSettings tool = b.tool(true).build();
		try (TestCluster c = new TestCluster(plant)) {
			ClusterMember[] tools = new ClusterMember[2];
			for (int i = 0; i < tools.length; i++) {
				tools[i] = ClusterMember.start(tool, "status-" + i, new InMemoryFactStore(), "hash-1");
				c.members.add(tools[i]);
				TestCluster.isolate(tools[i], true);
			}
			ClusterMember a = c.start("a");
			ClusterMember bNode = c.start("b");
			ClusterMember w = c.start("w");
			TestCluster.await("the plant's view without the tools", 5000, () -> a.members().size() == 3
					&& a.role() == MemberRole.SERVER && bNode.role() == MemberRole.STANDBY);
			for (ClusterMember t : tools) {
				assertEquals(1, t.members().size(), "a cut-off tool is alone in its view: " + t.members());
				TestCluster.isolate(t, false);
			}
			TestCluster.await("one view of all five", 20_000, () -> a.members().size() == 5 && w.members().size() == 5
					&& tools[0].members().size() == 5 && tools[1].members().size() == 5);
			List<String> view = a.members();
			assertTrue(List.of("a", "b", "w").contains(view.get(0)),
					"the merged view is coordinated by a plant node, not by a tool: " + view);
			assertEquals(List.of("status-0", "status-1"), view.subList(3, 5).stream().sorted().toList(),
					"the tools come last in the merged view: " + view);
			assertEquals(MemberRole.SERVER, a.role(), "the server kept serving through the merge");
		}
	}
}
