package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmShelving.Mode;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.redundancy.client.ClusterPlantConnection;

/**
 * Shelving and out-of-service (ISA-18.2) across the cluster: checked by the server, held alike by the standby,
 * shown to the station, kept through a failover and a restart, and ended automatically exactly once.
 */
class ShelvingTest {

	private static final String VALVE = "Valve.Position.HIGH";

	@TempDir
	Path temp;

	@Test
	void aShelvingOutlivesTheServerThatAcceptedItAndARestartOfIt() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			TestNodes.Pair p = t.pair();
			RedundantNode a = p.a();
			RedundantNode b = p.b();
			ClusterPlantConnection c = p.c();
			assertTrue(c.login("victor", TestNodes.PASSWORD.toCharArray()).get(5, TimeUnit.SECONDS).confirmed());
			ActionResult refused = c.shelve(TestNodes.STANDING, Mode.TIMED, 30, "noise").get(5, TimeUnit.SECONDS);
			assertEquals(ActionResult.Outcome.REFUSED, refused.outcome(), refused.toString());
			assertTrue(refused.message().contains("SHELVE_ALARMS"), refused.message());

			assertTrue(c.login("anna", TestNodes.PASSWORD.toCharArray()).get(5, TimeUnit.SECONDS).confirmed());
			ActionResult shelved = c.shelve(TestNodes.STANDING, Mode.TIMED, 30, "pressure transmitter drifts")
					.get(5, TimeUnit.SECONDS);
			assertEquals(ActionResult.Outcome.CONFIRMED, shelved.outcome(), shelved.toString());
			TestNodes.await("the station shows the shelving", 3000, () -> c.shelving().size() == 1);
			AlarmShelving shown = c.shelving().get(0);
			assertEquals(TestNodes.STANDING, shown.alarm());
			assertEquals("anna", shown.user());
			assertEquals("pressure transmitter drifts", shown.reason());
			assertEquals(shown.since() + 30 * 60_000, shown.until());
			assertEquals(List.of(shown), b.shelving(), "the standby holds the same shelving when it is confirmed");

			a.close();
			TestNodes.await("b serves the station", 5000,
					() -> b.role() == MemberRole.SERVER && c.server().node().equals("b"));
			TestNodes.await("b publishes the shelving", 3000, () -> c.server().node().equals("b")
					&& c.shelving().equals(List.of(shown)));

			assertTrue(c.login("otto", TestNodes.PASSWORD.toCharArray()).get(5, TimeUnit.SECONDS).confirmed());
			ActionResult service = c.shelve(VALVE, Mode.OUT_OF_SERVICE, 0, "positioner replaced")
					.get(5, TimeUnit.SECONDS);
			assertEquals(ActionResult.Outcome.CONFIRMED_WITHOUT_STANDBY, service.outcome(), "b runs alone: " + service);

			RedundantNode again = t.start("a"); // its history has the first shelving, the second comes by alignment
			TestNodes.await("the restarted a took its role back", 20_000,
					() -> again.role() == MemberRole.SERVER && c.server().node().equals("a"));
			TestNodes.await("a shows both after the switch-back", 3000, () -> c.shelving().size() == 2);
			assertEquals(b.shelving(), again.shelving());
			assertTrue(c.shelving().stream().anyMatch(s -> s.alarm().equals(VALVE) && s.outOfService()
					&& s.user().equals("otto")), c.shelving().toString());

			ActionResult back = c.unshelve(VALVE).get(5, TimeUnit.SECONDS);
			assertEquals(ActionResult.Outcome.CONFIRMED, back.outcome(), back.toString());
			TestNodes.await("the valve alarm is in service again", 3000,
					() -> c.shelving().equals(List.of(shown)) && b.shelving().equals(List.of(shown)));
		}
	}

	@Test
	void aOneShotShelvingEndsWhenTheAlarmClearsAndItsEndIsRecordedOnceThroughAFailover() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			TestNodes.Pair p = t.pair();
			RedundantNode a = p.a();
			RedundantNode b = p.b();
			ClusterPlantConnection c = p.c();
			assertTrue(c.login("anna", TestNodes.PASSWORD.toCharArray()).get(5, TimeUnit.SECONDS).confirmed());
			TestNodes.await("the valve is wide open (in alarm)", 15_000, () -> a.alarms().inAlarm(VALVE));
			ActionResult shelved = c.shelve(VALVE, Mode.ONE_SHOT, 0, "valve opened by hand for flushing")
					.get(5, TimeUnit.SECONDS);
			assertEquals(ActionResult.Outcome.CONFIRMED, shelved.outcome(), shelved.toString());
			String shelving = b.shelving().get(0).actionId();

			a.close(); // b takes over while the shelved alarm is still active
			TestNodes.await("b serves", 5000, () -> b.role() == MemberRole.SERVER);
			TestNodes.await("the alarm cleared and b ended the shelving", 15_000,
					() -> b.shelving().isEmpty() && c.shelving().isEmpty());
			b.flushHistory();
			List<CelEntry> ends = b.history().cel(new CelQuery(0, Long.MAX_VALUE,
					Set.of(CelCategory.OPERATOR), "", "", "", 1000)).stream()
					.filter(e -> e.key().equals("action:auto-unshelve:" + shelving)).toList();
			assertEquals(1, ends.size(), "one automatic unshelve: " + ends);
			assertTrue(ends.get(0).text().contains("returned to normal"), ends.get(0).text());
		}
	}
}
