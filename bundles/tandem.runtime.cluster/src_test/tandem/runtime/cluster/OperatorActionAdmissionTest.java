package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.OperatorActionHandler.Admission;

class OperatorActionAdmissionTest {

	private static ReplicatedFact action(String id, String what) {
		return ReplicatedFact.unstamped("action:" + id, "action", System.currentTimeMillis(),
				what.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aRefusedActionIsNeitherRecordedNorResentAndTheClientReportsTheReason() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, true).build())) {
			InMemoryFactStore aStore = new InMemoryFactStore();
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a", aStore);
			ClusterMember b = c.start("b", bStore);
			ClusterMember client = c.start("c");
			AtomicInteger asked = new AtomicInteger();
			List<String> askedFrom = new CopyOnWriteArrayList<>();
			a.setOperatorActionHandler((action, from) -> {
				asked.incrementAndGet();
				askedFrom.add(from + (aStore.contains(action.key()) ? " after recording" : " before recording"));
				return new String(action.payload(), StandardCharsets.UTF_8).startsWith("write")
						? Admission.refused("user anna may not write pump1.speed")
						: Admission.accepted();
			});
			List<Confirmation> answers = new CopyOnWriteArrayList<>();
			client.addListener(new ClusterListener() {
				@Override
				public void operatorActionAnswered(Confirmation answer) {
					answers.add(answer);
				}
			});
			TestCluster.await("client sees a, b ready", 5000,
					() -> client.serverNode().equals(Optional.of("a")) && b.aligned());

			Confirmation denied = client.submitOperatorAction(action("w-1", "write pump1.speed 40")).get(3, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.DENIED, denied.outcome());
			assertEquals("user anna may not write pump1.speed", denied.detail());
			assertFalse(aStore.contains("action:w-1"), "a refused action is not recorded");
			assertEquals(List.of(), client.unconfirmedActions());
			TestCluster.await("the refusal is reported", 1000,
					() -> answers.stream().anyMatch(x -> x.outcome() == Confirmation.Outcome.DENIED));
			Thread.sleep(1200); // two resend periods
			assertEquals(1, asked.get(), "the client did not resend the refused action");
			assertEquals(List.of("c before recording"), askedFrom);

			Confirmation ok = client.submitOperatorAction(action("ack-1", "acknowledge alarm 7")).get(3, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.HELD_BY_STANDBY, ok.outcome());
			assertTrue(bStore.contains("action:ack-1"));
			assertFalse(bStore.contains("action:w-1"));
		}
	}

	@Test
	void aLocalActionPassesTheSameCheck() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			InMemoryFactStore aStore = new InMemoryFactStore();
			ClusterMember a = c.start("a", aStore);
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			a.setOperatorActionHandler((action, from) -> Admission.refused(from + ": read-only user"));
			Confirmation r = a.confirmOperatorAction(action("x", "write"), 1000).get(2, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.DENIED, r.outcome());
			assertEquals("a: read-only user", r.detail());
			assertEquals(0, aStore.size());
		}
	}

	@Test
	void aResentRefusedActionGetsTheSameRefusalWithoutASecondCheck() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			ClusterMember a = c.start("a", new InMemoryFactStore());
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			AtomicInteger asked = new AtomicInteger();
			a.setOperatorActionHandler((action, from) -> asked.incrementAndGet() == 1
					? Admission.refused("user anna may not write pump1.speed")
					: Admission.accepted());
			Confirmation first = a.confirmOperatorAction(action("w-2", "write"), 1000).get(2, TimeUnit.SECONDS);
			// a resend that crossed the refusal on a slow link: the same id, so the same answer
			Confirmation again = a.confirmOperatorAction(action("w-2", "write"), 1000).get(2, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.DENIED, first.outcome());
			assertEquals(first, again);
			assertEquals(1, asked.get(), "the admission check is asked once per action id");
			Confirmation other = a.confirmOperatorAction(action("w-3", "write"), 1000).get(2, TimeUnit.SECONDS);
			assertEquals(2, asked.get(), "a new id is checked again");
			assertFalse(other.outcome() == Confirmation.Outcome.DENIED, "and this time the check admits it: " + other);
		}
	}

	@Test
	void aTimedOutActionIsReportedToTheClientKeptAndConfirmedOnceTheStandbyHoldsIt() throws Exception {
		CountDownLatch standbySlow = new CountDownLatch(1);
		// the slow store blocks the standby's delivery thread for the server's messages; with the tests' 1 s failure
		// detection that was once taken for a dead server (one maven run), so this test detects failures slower
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, true).failureDetection(6000, 1000, 1000).build())) {
			InMemoryFactStore aStore = new InMemoryFactStore();
			ClusterMember a = c.start("a", aStore);
			ClusterMember b = c.start("b", new SlowForActions(standbySlow));
			ClusterMember client = c.start("c");
			List<Confirmation> answers = new CopyOnWriteArrayList<>();
			client.addListener(new ClusterListener() {
				@Override
				public void operatorActionAnswered(Confirmation answer) {
					answers.add(answer);
				}
			});
			TestCluster.await("client sees a, b ready", 5000,
					() -> client.serverNode().equals(Optional.of("a")) && b.aligned());
			CompletableFuture<Confirmation> f = client.submitOperatorAction(action("ack-9", "acknowledge"));
			TestCluster.await("the client hears that the standby did not acknowledge in time",
					ClusterMember.ACTION_TIMEOUT_MS + 1500,
					() -> answers.stream().anyMatch(x -> x.outcome() == Confirmation.Outcome.TIMED_OUT));
			Thread.sleep(700); // the client resends; the server must not confirm what the standby does not hold
			assertFalse(f.isDone(), "confirmed although the standby does not hold it");
			assertEquals(List.of("action:ack-9"), client.unconfirmedActions());
			standbySlow.countDown();
			Confirmation done = f.get(4, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.HELD_BY_STANDBY, done.outcome(), done.toString());
			assertEquals(1, aStore.all().stream().filter(x -> x.key().equals("action:ack-9")).count());
		} finally {
			standbySlow.countDown();
		}
	}

	/** A standby store that takes until released to store an operator action (a slow disk). */
	private static final class SlowForActions implements FactStore {
		private final InMemoryFactStore store = new InMemoryFactStore();
		private final CountDownLatch release;

		SlowForActions(CountDownLatch release) {
			this.release = release;
		}

		@Override
		public int upsert(Collection<ReplicatedFact> facts) {
			if (facts.stream().anyMatch(f -> f.key().startsWith("action:"))) {
				try {
					release.await(10, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			return store.upsert(facts);
		}

		@Override
		public boolean contains(String key) { return store.contains(key); }
		@Override
		public Stamp highWaterMark() { return store.highWaterMark(); }
		@Override
		public List<RangeDigest> digests(long bucketMillis) { return store.digests(bucketMillis); }
		@Override
		public List<ReplicatedFact> factsIn(String subject, long from, long to) { return store.factsIn(subject, from, to); }
	}
}
