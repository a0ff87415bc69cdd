package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ReplicationTest {

	@Test
	void theStandbyHoldsEveryFactAfterTheServerDiesWithoutDuplicates() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			InMemoryFactStore aStore = new InMemoryFactStore();
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a", aStore);
			ClusterMember b = c.start("b", bStore);
			awaitServingToAnAlignedStandby(a, b);
			for (int i = 0; i < 5000; i++) {
				a.record(TestCluster.sample("v" + (i % 20), i));
			}
			TestCluster.await("b holds all", 5000, () -> bStore.size() == 5000);
			a.close();
			TestCluster.await("b serves", 3000, () -> b.role() == MemberRole.SERVER);
			assertEquals(5000, bStore.size());
			assertEquals(0, bStore.duplicatesIgnored());
			assertEquals(aStore.highWaterMark(), new Stamp(a.epoch(), 5000));
			ReplicatedFact next = b.record(TestCluster.sample("v0", 99_999));
			assertTrue(next.stamp().isAfter(aStore.highWaterMark()), "the new server continues after " + aStore.highWaterMark());
		}
	}

	/**
	 * Sends the network lost for good (the transport gave up on them) leave a hole in the stream that nothing
	 * fills: without a view change the standby would never align again and would take over without them. The next
	 * batch it receives jumps in seq within the epoch; it aligns with the server again and then holds them.
	 */
	@Test
	void aStandbyWhoseStreamSkippedFactsAlignsAgainAndThenHoldsThem() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			InMemoryFactStore aStore = new InMemoryFactStore();
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a", aStore);
			ClusterMember b = c.start("b", bStore);
			awaitServingToAnAlignedStandby(a, b);
			long now = System.currentTimeMillis();
			for (int i = 0; i < 3; i++) {
				a.record(TestCluster.sample("v", now + i));
			}
			TestCluster.await("b holds what a streamed", 5000, () -> bStore.size() == 3);
			long seq = aStore.highWaterMark().seq();
			java.util.List<ReplicatedFact> lost = new java.util.ArrayList<>();
			for (int i = 1; i <= 9; i++) { // recorded by a; the sends to b never arrived
				lost.add(TestCluster.sample("v", now + 10 + i).withStamp(new Stamp(a.epoch(), seq + i)));
			}
			aStore.upsert(lost);
			ReplicatedFact next = TestCluster.sample("v", now + 20).withStamp(new Stamp(a.epoch(), seq + 10));
			aStore.upsert(List.of(next));
			b.followerStream().facts(a.channel().address(), "a", new tandem.runtime.cluster.internal.Envelope(
					tandem.runtime.cluster.internal.MessageType.FACTS, a.epoch(), seq + 10,
					tandem.runtime.cluster.internal.Wire.facts(List.of(next))));
			TestCluster.await("b aligned again and holds the facts whose sends were lost", 15_000,
					() -> lost.stream().allMatch(f -> bStore.contains(f.key())) && b.aligned());
		}
	}

	@Test
	void anOperatorActionIsConfirmedOnlyOnceTheStandbyHoldsIt() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b", bStore);
			awaitServingToAnAlignedStandby(a, b);
			ReplicatedFact ack = ReplicatedFact.unstamped("action:42", "action", 1, new byte[] { 1 });
			Confirmation ok = a.confirmOperatorAction(ack, 2000).get(3, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.HELD_BY_STANDBY, ok.outcome());
			assertTrue(bStore.contains("action:42"));

			TestCluster.isolate(b, true); // standby frozen: no acknowledgement can come
			Confirmation late = a.confirmOperatorAction(ReplicatedFact.unstamped("action:43", "action", 2, new byte[] { 2 }),
					300).get(3, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.TIMED_OUT, late.outcome());
		}
	}

	@Test
	void theNewServerRecordsWhatItsShadowDriversSawAfterTheLastReplicatedFact() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b", bStore);
			awaitServingToAnAlignedStandby(a, b);
			long t0 = System.currentTimeMillis();
			for (int i = 0; i < 50; i++) { // both observe the plant; the server dies after sample 29
				if (i < 30) {
					a.record(TestCluster.sample("flow", t0 + i));
				}
				b.observe(TestCluster.sample("flow", t0 + i));
			}
			TestCluster.await("b holds 30", 3000, () -> bStore.size() == 30);
			TestCluster.isolate(a, true); // dies silently: the gap lasts until detection
			TestCluster.await("b serves", 5000, () -> b.role() == MemberRole.SERVER);
			assertEquals(50, bStore.size(), "no gap");
			assertEquals(0, bStore.duplicatesIgnored(), "no duplicate");
			List<ReplicatedFact> gap = bStore.factsIn("flow", t0 + 30, t0 + 50);
			assertTrue(gap.stream().allMatch(f -> f.stamp().epoch() == b.epoch()), "gap recorded in the new epoch");
		}
	}

	/** Waits until a serves and b is its ready (aligned) standby. */
	private static void awaitServingToAnAlignedStandby(ClusterMember a, ClusterMember b) {
		TestCluster.await("a serves to b, a ready (aligned) standby", 15_000,
				() -> a.role() == MemberRole.SERVER && b.serverNode().equals(java.util.Optional.of("a")) && b.aligned());
	}
}
