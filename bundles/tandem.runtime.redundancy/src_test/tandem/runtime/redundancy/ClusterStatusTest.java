package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.MemberInfo;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.Stamp;

class ClusterStatusTest {

	private static final ClusterStatus.Server SERVER = new ClusterStatus.Server("a", "SERVER", 3, "h1", 3, 120,
			List.of("a", "b", "st"), 0);

	@Test
	void statusPrintsEveryMemberAsItAnnouncedItselfTheServerFirst() {
		List<MemberInfo> infos = List.of(
				new MemberInfo("st", NodeKind.CLIENT, MemberRole.CLIENT, 0, true, "h1", Stamp.ZERO),
				new MemberInfo("b", NodeKind.SERVER_CAPABLE, MemberRole.STANDBY, 3, false, "h0", new Stamp(3, 118)),
				new MemberInfo("a", NodeKind.SERVER_CAPABLE, MemberRole.SERVER, 3, true, "h1", new Stamp(3, 121)));
		assertEquals(List.of(
				"MEMBER node=a role=SERVER epoch=3 hash=h1 hwm=(3, 121) aligned=true",
				"MEMBER node=b role=STANDBY epoch=3 hash=h0 hwm=(3, 118) aligned=false",
				"MEMBER node=st role=OBSERVER epoch=0 hash=h1 hwm=(0, 0) aligned=true"),
				ClusterStatus.lines(SERVER, infos, List.of("b", "st", "a"), "st"));
		assertTrue(ClusterStatus.everyoneHeard(infos, List.of("b", "st", "a")));
	}

	@Test
	void aMemberNotHeardFromYetIsPrintedAsUnknownAndTheServerFromItsPublication() {
		List<MemberInfo> infos = List.of(
				new MemberInfo("st", NodeKind.CLIENT, MemberRole.CLIENT, 0, true, "h1", Stamp.ZERO));
		assertEquals(List.of(
				"MEMBER node=a role=SERVER epoch=3 hash=h1 hwm=(3, 120) aligned=true",
				"MEMBER node=c role=? epoch=? hash=? hwm=? aligned=?",
				"MEMBER node=st role=OBSERVER epoch=0 hash=h1 hwm=(0, 0) aligned=true"),
				ClusterStatus.lines(SERVER, infos, List.of("a", "c", "st"), "st"));
		assertFalse(ClusterStatus.everyoneHeard(infos, List.of("a", "c", "st")));
	}
}
