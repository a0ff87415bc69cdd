package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SwitchBackTest {

	/** The plant: produces facts at a steady rate and hands each to every running server-capable node. */
	private static final class Plant extends Thread {
		final List<ClusterMember> nodes = new CopyOnWriteArrayList<>();
		final List<String> produced = new CopyOnWriteArrayList<>();
		final AtomicBoolean running = new AtomicBoolean(true);
		volatile Throwable failure;

		Plant() {
			super("plant");
			setDaemon(true);
		}

		@Override
		public void run() {
			long t0 = System.currentTimeMillis();
			try {
				for (int i = 0; running.get() && i < 200_000; i++) {
					ReplicatedFact f = TestCluster.sample("v" + (i % 7), t0 + i);
					for (ClusterMember m : nodes) {
						m.observeOrRecord(f);
					}
					produced.add(f.key());
					if (i % 5 == 0) {
						Thread.sleep(1);
					}
				}
			} catch (Throwable e) {
				failure = e;
			}
		}
	}

	@Test
	void theReturnedPreferredServerTakesTheRoleBackWithoutLosingOrDoublingAFactWhileThePlantRecords()
			throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, true).build())) {
			InMemoryFactStore aStore = new InMemoryFactStore();
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a", aStore);
			ClusterMember b = c.start("b", bStore);
			ClusterMember client = c.start("c");
			TestCluster.await("a serves, b aligned", 5000, () -> a.role() == MemberRole.SERVER && b.aligned());
			Plant plant = new Plant();
			plant.nodes.addAll(List.of(a, b));
			plant.start();
			Thread.sleep(300);

			plant.nodes.remove(a);
			a.close(); // the primary goes away; b takes over
			TestCluster.await("b serves", 3000, () -> b.role() == MemberRole.SERVER);
			long bEpoch = b.epoch();
			Thread.sleep(300);

			// the primary comes back; its H2 lost the last 50 facts it had committed
			List<ReplicatedFact> held = aStore.all();
			held.sort(Comparator.comparing(ReplicatedFact::stamp));
			InMemoryFactStore a2Store = new InMemoryFactStore();
			a2Store.upsert(held.subList(0, held.size() - 50));
			ClusterMember a2 = c.start("a", a2Store);
			plant.nodes.add(a2);
			TestCluster.await("a serves again by a planned switch", 8000,
					() -> a2.role() == MemberRole.SERVER && b.role() == MemberRole.STANDBY);
			assertEquals(bEpoch + 1, a2.epoch());
			TestCluster.await("the client follows", 3000, () -> client.serverNode().equals(Optional.of("a")));
			Thread.sleep(300);
			plant.running.set(false);
			plant.join(5000);
			assertEquals(null, plant.failure);

			Set<String> produced = new HashSet<>(plant.produced);
			assertEquals(plant.produced.size(), produced.size());
			TestCluster.await("both nodes hold every fact", 5000,
					() -> a2Store.size() == produced.size() && bStore.size() == produced.size());
			assertEquals(produced, keys(a2Store), "a holds exactly the facts the plant produced");
			assertEquals(produced, keys(bStore), "b holds exactly the facts the plant produced");
			assertTrue(c.roleChanges.stream().anyMatch(r -> r.node().equals("b") && r.to() == MemberRole.STANDBY
					&& r.reason().startsWith("planned switch-back to preferred server a")), c.roleChanges.toString());
			assertTrue(c.roleChanges.stream().anyMatch(r -> r.node().equals("a") && r.to() == MemberRole.SERVER
					&& r.reason().startsWith("planned switch-back: b handed over")), c.roleChanges.toString());
			List<Stamp> newEpoch = new ArrayList<>(a2Store.all().stream().map(ReplicatedFact::stamp)
					.filter(s -> s.epoch() == a2.epoch()).toList());
			assertTrue(!newEpoch.isEmpty(), "a recorded after the switch");
			assertEquals(newEpoch.size(), new HashSet<>(newEpoch).size(), "no stamp used twice");
		}
	}

	@Test
	void withSwitchBackOffTheRunningServerKeepsItsRole() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).switchBack(false).build())) {
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b");
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER && b.aligned());
			a.close();
			TestCluster.await("b serves", 3000, () -> b.role() == MemberRole.SERVER);
			ClusterMember a2 = c.start("a");
			TestCluster.await("a is back and aligned", 5000, a2::aligned);
			Thread.sleep(1000);
			assertEquals(MemberRole.SERVER, b.role());
			assertEquals(MemberRole.STANDBY, a2.role());
		}
	}

	private static Set<String> keys(InMemoryFactStore s) {
		return s.all().stream().map(ReplicatedFact::key).collect(Collectors.toSet());
	}
}
