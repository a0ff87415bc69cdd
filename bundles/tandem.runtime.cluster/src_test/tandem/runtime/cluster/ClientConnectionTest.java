package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ClientConnectionTest {

	@Test
	void theClientFollowsTheServerAcrossAFailoverAndReceivesValuesFromTheNewOne() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, true).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			ClusterMember client = c.start("c");
			List<String> values = new CopyOnWriteArrayList<>();
			client.addListener(new ClusterListener() {
				@Override
				public void published(ReplicatedFact value) {
					values.add(value.key());
				}
			});
			TestCluster.await("client sees a", 5000, () -> client.serverNode().equals(Optional.of("a"))
					&& b.serverNode().equals(Optional.of("a")));
			assertEquals(MemberRole.CLIENT, client.role());
			TestCluster.await("a has the subscription", 2000, () -> {
				a.publish(List.of(TestCluster.sample("flow", 1)));
				return values.contains("sample:flow@1");
			});
			a.close();
			TestCluster.await("client switched to b by itself", 3000, () -> client.serverNode().equals(Optional.of("b")));
			TestCluster.await("b's values arrive", 2000, () -> {
				b.publish(List.of(TestCluster.sample("flow", 2)));
				return values.contains("sample:flow@2");
			});
		}
	}

	@Test
	void anUnconfirmedActionIsResentToTheNewServerAndRecordedOnce() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, true).build())) {
			InMemoryFactStore aStore = new InMemoryFactStore();
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a", aStore);
			ClusterMember b = c.start("b", bStore);
			ClusterMember client = c.start("c");
			TestCluster.await("client sees a", 5000, () -> client.serverNode().equals(Optional.of("a"))
					&& b.serverNode().equals(Optional.of("a")));
			Confirmation first = client.submitOperatorAction(action("ack-1")).get(3, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.HELD_BY_STANDBY, first.outcome());
			assertTrue(bStore.contains("action:ack-1"));

			TestCluster.isolate(a, true); // the server freezes: the next action is not answered
			CompletableFuture<Confirmation> second = client.submitOperatorAction(action("ack-2"));
			TestCluster.await("b took over and confirmed the resent action", 6000, second::isDone);
			assertTrue(second.get().confirmed(), second.get().toString());
			assertEquals("b", client.serverNode().orElse(""));
			assertTrue(bStore.contains("action:ack-2"));
			assertEquals(List.of(), client.unconfirmedActions());
			client.submitOperatorAction(action("ack-2")).get(3, TimeUnit.SECONDS); // resend by the operator
			assertEquals(1, bStore.all().stream().filter(f -> f.key().equals("action:ack-2")).count());
		}
	}

	private static ReplicatedFact action(String id) {
		return ReplicatedFact.unstamped("action:" + id, "action", System.currentTimeMillis(), id.getBytes());
	}
}
