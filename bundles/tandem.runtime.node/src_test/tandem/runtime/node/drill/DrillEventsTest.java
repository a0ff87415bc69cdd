package tandem.runtime.node.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class DrillEventsTest {

	private static final List<String> DRILL = List.of(
			"1000 alpha READY node=alpha role=SERVER epoch=1 x",
			"1100 beta READY node=beta role=STANDBY epoch=1 x",
			"1200 station ACTION a1 CONFIRMED",
			"1400 station ACTION a2 CONFIRMED",
			"2000 drill FAULT kill -9 alpha",
			"3000 beta ROLE node=beta role=SERVER epoch=2 reason=view",
			"3500 station ACTION a3 CONFIRMED",
			"5000 drill FAULT restart alpha",
			"6000 alpha READY node=alpha role=STANDBY epoch=2 x",
			"7000 alpha ROLE node=alpha role=SERVER epoch=3 reason=switch-back");

	@Test
	void aKilledServerIsDownUntilItRejoinsAndTheStandbyServesMeanwhile() {
		DrillEvents e = DrillEvents.of(DRILL);
		assertEquals(List.of(new DrillEvents.Span("alpha", "SERVER", 1000, 2000),
				new DrillEvents.Span("alpha", "DOWN", 2000, 5000), new DrillEvents.Span("alpha", "JOINING", 5000, 6000),
				new DrillEvents.Span("alpha", "STANDBY", 6000, 7000), new DrillEvents.Span("alpha", "SERVER", 7000, 7000)),
				e.spans().get("alpha"));
		assertEquals("SERVER", e.spans().get("beta").get(1).role());
		assertEquals(List.of("kill -9 alpha", "restart alpha"),
				e.faults().stream().map(DrillEvents.Fault::what).toList());
	}

	@Test
	void aNodeHoldsTheLeaseFromItsGrantUntilItIsKilledAndAnElectedServerOnlyOnceGranted() {
		List<String> lines = new java.util.ArrayList<>(DRILL);
		lines.add(6, "3010 beta LEASE node=beta held=false reason=lease starts 1300 ms after its promotion");
		lines.add(7, "4300 beta LEASE node=beta held=true reason=lease granted 1300 ms after promotion");
		lines.set(lines.size() - 1, "7000 alpha ROLE node=alpha role=SERVER epoch=3 reason=planned switch-back: beta"
				+ " handed over at (2, 603)");
		lines.add("7005 beta ROLE node=beta role=STANDBY epoch=3 reason=planned switch-back to alpha");
		lines.add("7010 beta LEASE node=beta held=false reason=late report");
		DrillEvents e = DrillEvents.of(lines);
		assertEquals(List.of(new DrillEvents.Lease("alpha", 1000, 2000), new DrillEvents.Lease("beta", 4300, 7000),
				new DrillEvents.Lease("alpha", 7000, 7010)), e.leases(),
				"alpha from its start as server to the kill and from the planned switch-back (no wait) on; beta from"
						+ " its grant to its switch back to standby");
		assertEquals(0, e.leaseOverlapMs(), "beta sealed and handed over: its lease ends where alpha's begins");
	}

	@Test
	void aChangeCountsFromItsOwnTimeNotFromWhenItsLineCame() {
		DrillEvents e = DrillEvents.of(List.of("1000 alpha READY node=alpha role=SERVER epoch=1 x",
				"1500 beta ROLE node=beta role=SERVER epoch=2 at=1500 reason=view",
				"1600 beta LEASE node=beta held=true at=1600 reason=granted",
				"2000 alpha LEASE node=alpha held=false at=1550 reason=lease expired"));
		assertEquals(0, e.leaseOverlapMs(), "alpha gave its lease up at 1550, its line came only at 2000");
	}

	@Test
	void twoNodesHoldingTheLeaseAtOnceAreMeasured() {
		DrillEvents e = DrillEvents.of(List.of("1000 alpha READY node=alpha role=SERVER epoch=1 x",
				"1500 beta ROLE node=beta role=SERVER epoch=2 reason=view",
				"1600 beta LEASE node=beta held=true reason=granted",
				"2000 alpha LEASE node=alpha held=false reason=lease expired"));
		assertEquals(400, e.leaseOverlapMs());
	}

	@Test
	void theStationsLongestPauseIsTheGapBetweenConfirmedWrites() {
		assertEquals(2100, DrillEvents.of(DRILL).longestPauseMs());
	}

	@Test
	void aLineWithoutTimeIsRejectedNamingTheLine() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DrillEvents.of(List.of("alpha READY role=SERVER")));
		assertEquals("events:1: no time in epoch ms at the start: alpha READY role=SERVER", e.getMessage());
	}
}
