package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.core.alarm.ActiveAlarm;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.driver.sim.SimulatorDriver;
import tandem.runtime.history.h2.AlarmRecord;
import tandem.runtime.redundancy.client.ClusterPlantConnection;

/**
 * One continuous alarm condition is one alarm, however the roles change: one raise with the raise time of the node
 * that first raised it, its acknowledgement carried over, one clear at the time the condition ended, the same on
 * every node, and the active list of the node that serves shows it once.
 */
class AlarmIdentityTest {

	private static final String VALVE = "Valve.Position.HIGH";

	@TempDir
	Path temp;

	@Test
	void aStandingAlarmStaysOneAlarmThroughFailoverAndSwitchBackWithTheFirstRaiseTimeAndItsAcknowledgement()
			throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			RedundantNode a = t.start("a");
			TestNodes.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			long raised = awaitActive(a, TestNodes.STANDING).raiseTime();
			TestNodes.sleep(1000); // b starts a second later: its own engine would raise the alarm a second later
			RedundantNode b = t.start("b");
			TestNodes.await("b stands by for a", 5000,
					() -> b.role() == MemberRole.STANDBY && b.member().serverNode().equals(Optional.of("a")));
			ClusterPlantConnection station = t.station("c");
			assertTrue(a.alarms().acknowledge(TestNodes.STANDING, raised, "anna", System.currentTimeMillis()));
			TestNodes.sleep(600);
			a.member().stop(); // the server is gone
			TestNodes.await("b promotes", 5000, () -> b.role() == MemberRole.SERVER);
			TestNodes.sleep(1000);
			assertOneAlarm(b, TestNodes.STANDING, raised, true, "after the failover");
			TestNodes.await("the station's active list, published by b, shows the alarm once with a's raise time"
					+ " and its acknowledgement", 5000, () -> {
						List<AlarmState> listed = station.activeAlarms().stream()
								.filter(x -> x.alarm().equals(TestNodes.STANDING)).toList();
						return "b".equals(station.server().node()) && listed.size() == 1
								&& listed.get(0).raiseTime() == raised && listed.get(0).acknowledged();
					});

			a.close();
			RedundantNode back = t.start("a");
			TestNodes.await("the returning a takes its role back", 20_000,
					() -> back.role() == MemberRole.SERVER && b.role() == MemberRole.STANDBY);
			TestNodes.sleep(1000);
			assertOneAlarm(back, TestNodes.STANDING, raised, true, "on a after the switch-back");
			assertOneAlarm(b, TestNodes.STANDING, raised, true, "on b after the switch-back");
		}
	}

	@Test
	void aNodeThatStartedWithoutQuorumAndTheStandbyThatJoinedLaterHoldOneAlarmRaisedAtTheFirstRaise()
			throws Exception {
		try (TestNodes t = new TestNodes(temp, true)) {
			RedundantNode a = t.start("a");
			TestNodes.await("a alone is degraded", 5000, () -> a.role() == MemberRole.DEGRADED);
			long raised = awaitActive(a, TestNodes.STANDING).raiseTime();
			TestNodes.sleep(1200);
			RedundantNode b = t.start("b"); // a and b make a majority of the three voters
			TestNodes.await("one server and one standby", 10_000,
					() -> a.role() == MemberRole.SERVER && b.role() == MemberRole.STANDBY
							|| b.role() == MemberRole.SERVER && a.role() == MemberRole.STANDBY);
			RedundantNode server = a.role() == MemberRole.SERVER ? a : b;
			TestNodes.await("the standby aligned", 10_000, () -> (server == a ? b : a).member().aligned());
			TestNodes.sleep(1500);
			assertOneAlarm(a, TestNodes.STANDING, raised, false, "on a");
			assertOneAlarm(b, TestNodes.STANDING, raised, false, "on b");
		}
	}

	@Test
	void anAlarmWhoseConditionEndedWhileItsOwnerWasDownIsClearedAtTheEndTheOtherNodeRecorded() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			AlarmDefinition valve = t.configuration.alarms().stream().filter(d -> d.id().equals(VALVE)).findFirst()
					.orElseThrow();
			long[] episode = nextEpisode(t, valve, System.currentTimeMillis() + 2500);
			RedundantNode a = t.start("a");
			TestNodes.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			TestNodes.await("a raised the valve alarm of the episode", episode[0] - System.currentTimeMillis() + 3000,
					() -> a.alarms().active().stream().anyMatch(x -> x.alarm().equals(VALVE)
							&& x.raiseTime() == episode[0]));
			a.close(); // down while the valve is still wide open
			RedundantNode b = t.start("b");
			TestNodes.await("b serves alone", 5000, () -> b.role() == MemberRole.SERVER);
			assertTrue(System.currentTimeMillis() < episode[1], "b started before the episode ended");
			TestNodes.sleep(Math.max(0, episode[1] - System.currentTimeMillis()) + 800);
			RedundantNode back = t.start("a");
			TestNodes.await("a is back and aligned", 15_000,
					() -> back.member().aligned() && back.role() != MemberRole.OFFLINE);
			for (RedundantNode n : List.of(b, back)) {
				try {
					TestNodes.await(n.name() + " holds one valve alarm for the episode, cleared at its end", 8000,
							() -> {
								List<AlarmRecord> seen = visible(n, VALVE, episode[0], episode[1]);
								return seen.size() == 1 && seen.get(0).raiseTime() == episode[0]
										&& Long.valueOf(episode[1]).equals(seen.get(0).clearTime());
							});
				} catch (AssertionError e) {
					throw new AssertionError(e.getMessage() + ": episode " + episode[0] + ".." + episode[1] + ", "
							+ n.name() + " holds " + n.history().alarms(episode[0] - 60_000, Long.MAX_VALUE, true), e);
				}
			}
			assertTrue(b.alarms().active().stream().noneMatch(x -> x.alarm().equals(VALVE) && !x.cleared()
					&& x.raiseTime() <= episode[1]), "no ghost in b's active list: " + b.alarms().active());
		}
	}

	@Test
	void aServerThatRestartsAfterTheSurvivorRecordedTheEndOfItsAlarmHoldsTheSurvivorsClearTime() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			AlarmDefinition valve = t.configuration.alarms().stream().filter(d -> d.id().equals(VALVE)).findFirst()
					.orElseThrow();
			long[] episode = nextEpisode(t, valve, System.currentTimeMillis() + 3500);
			TestNodes.Pair p = t.pair();
			RedundantNode a = p.a();
			RedundantNode b = p.b();
			TestNodes.await("b follows a's valve alarm of the episode", episode[0] - System.currentTimeMillis() + 3000,
					() -> b.alarms().active().stream().anyMatch(x -> x.alarm().equals(VALVE)
							&& x.raiseTime() == episode[0] && !x.cleared()));
			a.flushHistory();
			a.close(); // the server is gone while the valve is still wide open
			TestNodes.await("b takes over", 5000, () -> b.role() == MemberRole.SERVER);
			assertTrue(System.currentTimeMillis() < episode[1], "b served before the episode ended");
			TestNodes.sleep(Math.max(0, episode[1] - System.currentTimeMillis()) + 1500);
			RedundantNode back = t.start("a");
			TestNodes.await("a is back and aligned", 15_000,
					() -> back.member().aligned() && back.role() != MemberRole.OFFLINE);
			TestNodes.sleep(4000); // past the reconciliation a restored occurrence that ended elsewhere schedules
			for (RedundantNode n : List.of(b, back)) {
				try {
					TestNodes.await(n.name() + " holds one valve alarm for the episode, cleared when b saw it end", 8000,
							() -> {
								List<AlarmRecord> seen = visible(n, VALVE, episode[0], episode[1]);
								return seen.size() == 1 && seen.get(0).raiseTime() == episode[0]
										&& Long.valueOf(episode[1]).equals(seen.get(0).clearTime());
							});
				} catch (AssertionError e) {
					throw new AssertionError(e.getMessage() + ": episode " + episode[0] + ".." + episode[1] + ", "
							+ n.name() + " holds " + n.history().alarms(episode[0] - 60_000, Long.MAX_VALUE, true), e);
				}
			}
		}
	}

	/** The next raise and clear of a limit alarm in the simulated plant after {@code after}, from its maths. */
	private static long[] nextEpisode(TestNodes t, AlarmDefinition d, long after) {
		SimulatorDriver plant = new SimulatorDriver(new DriverConfiguration("Plant", "sim", 42, false, Map.of()));
		DriverTag tag = t.configuration.variable(d.variable()).orElseThrow().tag();
		long slot = Math.floorDiv(after, TestNodes.RATE) * TestNodes.RATE;
		while (d.inAlarm(value(plant, tag, slot), false)) { // start outside an episode
			slot += TestNodes.RATE;
		}
		while (!d.inAlarm(value(plant, tag, slot), false)) {
			slot += TestNodes.RATE;
		}
		long raise = slot;
		while (d.inAlarm(value(plant, tag, slot), true)) {
			slot += TestNodes.RATE;
		}
		return new long[] { raise, slot };
	}

	private static double value(SimulatorDriver plant, DriverTag tag, long slot) {
		return ((Number) plant.valueAt(tag, slot)).doubleValue();
	}

	private static ActiveAlarm awaitActive(RedundantNode n, String alarm) {
		TestNodes.await(n.name() + " raises " + alarm, 5000,
				() -> n.alarms().active().stream().anyMatch(x -> x.alarm().equals(alarm)));
		return n.alarms().active().stream().filter(x -> x.alarm().equals(alarm)).findFirst().orElseThrow();
	}

	/** The occurrences in the node's lists (not merged) whose span overlaps {@code [from, to]}. */
	private static List<AlarmRecord> visible(RedundantNode n, String alarm, long from, long to) {
		n.flushHistory();
		return n.history().alarms(from - 60_000, to + 1).stream().filter(r -> r.alarm().equals(alarm))
				.filter(r -> r.raiseTime() <= to && (r.clearTime() == null || r.clearTime() > from)).toList();
	}

	private static void assertOneAlarm(RedundantNode n, String alarm, long raised, boolean acknowledged,
			String when) {
		List<AlarmRecord> recorded = visible(n, alarm, raised, Long.MAX_VALUE - 1);
		assertEquals(1, recorded.size(), when + ": one alarm in " + n.name() + "'s history: " + recorded);
		assertEquals(raised, recorded.get(0).raiseTime(), when + ": raised when the first node raised it");
		assertEquals(acknowledged, recorded.get(0).acknowledged(), when + ": acknowledgement " + recorded);
		assertEquals(null, recorded.get(0).clearTime(), when + ": still active");
		List<ActiveAlarm> listed = n.alarms().active().stream().filter(x -> x.alarm().equals(alarm)).toList();
		assertEquals(1, listed.size(), when + ": listed once by " + n.name() + ": " + listed);
		assertEquals(raised, listed.get(0).raiseTime(), when + ": listed with the first raise time");
		assertEquals(acknowledged, listed.get(0).acknowledged(), when + ": listed with its acknowledgement");
	}
}
