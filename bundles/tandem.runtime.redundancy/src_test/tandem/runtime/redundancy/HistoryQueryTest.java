package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.history.AlarmHistory;
import tandem.runtime.api.history.AlarmHistoryQuery;
import tandem.runtime.api.history.CelFilter;
import tandem.runtime.api.history.CelPage;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.redundancy.client.ClusterPlantConnection;

class HistoryQueryTest {

	@TempDir
	Path temp;

	@Test
	void aStationReadsTrendsCelPagesAndAlarmHistoryFromTheServingNode() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			RedundantNode a = t.start("a");
			TestNodes.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			ClusterPlantConnection c = t.station("c");
			TestNodes.await("c follows a", 5000, () -> c.server().node().equals("a"));
			long from = System.currentTimeMillis();
			TestNodes.sleep(2500);
			long to = System.currentTimeMillis();
			a.flushHistory();

			TrendSeries trend = c.trend(new TrendQuery("Tank.Level", from, to, 5, 0)).get(5, TimeUnit.SECONDS);
			assertTrue(trend.samples() >= 8, trend.samples() + " samples in 2.5 s at 200 ms");
			assertTrue(trend.columns().size() <= 5 && trend.columns().size() >= 4, trend.columns().toString());
			assertEquals(a.history().samples("Tank.Level", from, to).size(), trend.samples());

			CelPage first = c.cel(CelFilter.newest(0, Long.MAX_VALUE, 1)).get(5, TimeUnit.SECONDS);
			assertEquals("a", first.node());
			assertEquals(1, first.entries().size());
			assertTrue(first.more());
			CelPage all = c.cel(CelFilter.newest(0, Long.MAX_VALUE, 1000)).get(5, TimeUnit.SECONDS);
			List<Long> times = all.entries().stream().map(CelEntry::time).toList();
			assertEquals(times.stream().sorted(java.util.Comparator.reverseOrder()).toList(), times, "newest first");
			CelEntry newest = all.entries().get(0);
			CelPage second = c.cel(CelFilter.newest(0, Long.MAX_VALUE, 1).after(newest.time(), newest.key()))
					.get(5, TimeUnit.SECONDS);
			assertEquals(all.entries().get(1), second.entries().get(0), "the next page starts after the first");
			assertTrue(all.entries().stream().anyMatch(e -> e.category() == CelCategory.ALARM), all.entries().toString());
			assertTrue(all.entries().stream().allMatch(e -> e.node().equals("a")),
					"every line names the node that recorded it: " + all.entries());
			CelPage roles = c.cel(CelFilter.newest(0, Long.MAX_VALUE, 100)
					.withCategories(Set.of(CelFilter.Category.ROLE))).get(5, TimeUnit.SECONDS);
			assertFalse(roles.entries().isEmpty());
			assertTrue(roles.entries().stream().allMatch(e -> e.category() == CelCategory.SYSTEM
					&& e.key().contains(":ROLE-")), roles.entries().toString());

			AlarmHistory alarms = c.alarms(AlarmHistoryQuery.newest(0, Long.MAX_VALUE, 100)).get(5, TimeUnit.SECONDS);
			assertTrue(alarms.occurrences().stream().anyMatch(o -> o.alarm().equals(TestNodes.STANDING) && o.active()),
					alarms.toString());
		}
	}

	@Test
	void aQuestionInFlightWhenTheServerGoesIsAnsweredByTheNewServer() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			RedundantNode a = t.start("a");
			TestNodes.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			RedundantNode b = t.start("b");
			TestNodes.await("b stands by for a, aligned", 10_000, () -> b.role() == MemberRole.STANDBY
					&& b.member().serverNode().equals(Optional.of("a")) && b.member().aligned());
			ClusterPlantConnection c = t.station("c");
			TestNodes.await("c follows a", 5000, () -> c.server().node().equals("a"));
			CountDownLatch asked = new CountDownLatch(1);
			a.member().setQueryHandler((from, question) -> { // the server takes the question and never answers
				asked.countDown();
				Thread.sleep(60_000);
				return new byte[0];
			});
			var answer = c.cel(CelFilter.newest(0, Long.MAX_VALUE, 10));
			assertTrue(asked.await(5, TimeUnit.SECONDS), "a received the question");
			a.close();
			CelPage page = answer.get(10, TimeUnit.SECONDS);
			assertEquals("b", page.node(), "answered by the node that serves now");
			assertTrue(page.entries().stream().anyMatch(e -> e.key().startsWith("system:a:START")),
					"b's history holds what a recorded");
			assertTrue(c.member().openQuestions().isEmpty());
		}
	}

	@Test
	void aMalformedQuestionIsRefusedNamingWhatIsWrong() throws Exception {
		try (TestNodes t = new TestNodes(temp)) {
			RedundantNode a = t.start("a");
			TestNodes.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			ClusterPlantConnection c = t.station("c");
			TestNodes.await("c follows a", 5000, () -> c.server().node().equals("a"));
			ExecutionException e = assertThrows(ExecutionException.class,
					() -> c.member().ask(new byte[] { 42, 1, 2 }, 5000).get(6, TimeUnit.SECONDS));
			assertInstanceOf(IllegalArgumentException.class, e.getCause());
			assertEquals("history question from c: unknown history question kind 42", e.getCause().getMessage());
		}
	}
}
