package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * What a confirmation means without a standby: once the standby has left the view the server confirms an operator
 * action only after it is durable in its own history (synced to disk), says it runs unprotected and since when,
 * and is protected again once the standby is back and aligned; a standby that is merely slow is waited for.
 */
class UnprotectedServerTest {

	@Test
	void withTheStandbyGoneAnActionIsConfirmedOnlyOnceTheServersHistoryIsSyncedAndTheServerSaysItIsUnprotected()
			throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, true, false).build())) {
			SyncedStore aStore = new SyncedStore();
			List<String> protection = new CopyOnWriteArrayList<>();
			ClusterMember a = ClusterMember.start(c.settings, "a", aStore, "hash-1", new ClusterListener() {
				@Override
				public void protectionChanged(String node, boolean isProtected, long since, String reason) {
					protection.add(isProtected + " " + reason);
				}
			});
			c.members.add(a);
			c.start("w");
			ClusterMember b = c.start("b");
			awaitProtected(a, b);
			Confirmation held = a.confirmOperatorAction(action("action:1"), 2000).get(3, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.HELD_BY_STANDBY, held.outcome());
			assertEquals(0, aStore.syncs.get(), "a confirmation the standby holds needs no sync of the server's disk");

			int reported = protection.size();
			long left = System.currentTimeMillis();
			b.close();
			TestCluster.await("a says it runs unprotected", 3000, () -> a.unprotectedSince() > 0);
			assertTrue(a.unprotectedSince() >= left, "unprotected since the standby left, not before");
			TestCluster.await("the CEL hears of it", 2000, () -> protection.stream().skip(reported)
					.anyMatch(p -> p.startsWith("false") && p.contains("no standby in view")));

			aStore.blockSync();
			CompletableFuture<Confirmation> alone = a.confirmOperatorAction(action("action:2"), 2000);
			TestCluster.await("the server syncs its history", 2000, () -> aStore.syncs.get() == 1);
			Thread.sleep(300);
			assertFalse(alone.isDone(), "confirmed before the action was synced to the server's disk: " + alone);
			assertTrue(aStore.heldAtSync.contains("action:2"), "the sync ran before the action was stored");
			aStore.releaseSync();
			Confirmation durable = alone.get(3, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.NO_STANDBY, durable.outcome(), durable.toString());
			assertTrue(durable.confirmed() && durable.detail().contains("synced to disk"), durable.toString());

			int unprotected = protection.size();
			ClusterMember back = c.start("b");
			awaitProtected(a, back);
			TestCluster.await("the CEL hears it is protected again", 2000,
					() -> protection.stream().skip(unprotected).anyMatch(p -> p.startsWith("true")));
			Confirmation again = a.confirmOperatorAction(action("action:3"), 2000).get(3, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.HELD_BY_STANDBY, again.outcome());
		}
	}

	@Test
	void aStandbyThatIsMerelySlowIsWaitedForAndTheServerStaysProtected() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, true, false).build())) {
			SyncedStore aStore = new SyncedStore();
			ClusterMember a = c.start("a", aStore);
			c.start("w");
			ClusterMember b = c.start("b");
			awaitProtected(a, b);
			TestCluster.isolate(b, true); // frozen for less than the failure detection: still in the view
			Confirmation late = a.confirmOperatorAction(action("action:9"), 300).get(3, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.TIMED_OUT, late.outcome(), late.toString());
			assertEquals(0, a.unprotectedSince(), "a slow standby in the view made the server unprotected");
			assertEquals(0, aStore.syncs.get(), "confirmed on the server's own disk while the standby was in view");
			TestCluster.isolate(b, false);
		}
	}

	/**
	 * One-way loss: the server's messages to the standby are dropped while the standby's reach the server, and the
	 * witness coordinates nothing away (a, the coordinator, hears everyone; b suspects a but would not coordinate).
	 * The view never changes, so before the standby was judged by its acknowledgements every action waited for it
	 * and timed out. Now: judged unreachable after the failure detection time, actions are confirmed as without a
	 * standby (synced), the server says why it is unprotected, and after the heal the standby holds everything and
	 * protects again.
	 */
	@Test
	void aStandbyThatCannotHearTheServerIsJudgedUnreachableAndActionsAreConfirmedWithoutIt() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, true, false).build())) {
			SyncedStore aStore = new SyncedStore();
			List<String> protection = new CopyOnWriteArrayList<>();
			ClusterMember a = ClusterMember.start(c.settings, "a", aStore, "hash-1", new ClusterListener() {
				@Override
				public void protectionChanged(String node, boolean isProtected, long since, String reason) {
					protection.add(isProtected + " " + reason);
				}
			});
			c.members.add(a);
			c.start("w");
			ClusterMember b = c.start("b");
			awaitProtected(a, b);
			var view = a.members();
			b.faultCut("a"); // b drops everything from a; a still hears b
			long cut = System.currentTimeMillis();
			Confirmation first = a.confirmOperatorAction(action("action:1"), 8000).get(10, TimeUnit.SECONDS);
			long firstAfter = System.currentTimeMillis() - cut;
			assertEquals(Confirmation.Outcome.NO_STANDBY, first.outcome(), first.toString());
			assertTrue(first.detail().contains("unreachable") && first.detail().contains("synced to disk"),
					first.toString());
			assertTrue(firstAfter >= c.settings.detectionTimeMs() - 100, "judged unreachable after " + firstAfter
					+ " ms, before the failure detection time " + c.settings.detectionTimeMs() + " ms");
			assertTrue(a.unprotectedSince() >= cut, "the server does not say it runs unprotected");
			TestCluster.await("the CEL hears why", 2000, () -> protection.stream()
					.anyMatch(p -> p.startsWith("false") && p.contains("standby b is in view but unreachable")));
			long second = System.currentTimeMillis();
			Confirmation next = a.confirmOperatorAction(action("action:2"), 8000).get(10, TimeUnit.SECONDS);
			assertTrue(next.confirmed(), next.toString());
			assertTrue(System.currentTimeMillis() - second < 1000, "the next action waited for the unreachable"
					+ " standby again: " + (System.currentTimeMillis() - second) + " ms");
			assertEquals(view, a.members(), "the test meant a fault the view does not show");

			b.faultHeal();
			TestCluster.await("b holds what a confirmed without it", 8000,
					() -> b.store().contains("action:1") && b.store().contains("action:2"));
			awaitProtected(a, b);
			TestCluster.await("the CEL hears it is protected again", 3000,
					() -> protection.stream().anyMatch(p -> p.startsWith("true")));
			Confirmation again = a.confirmOperatorAction(action("action:3"), 3000).get(5, TimeUnit.SECONDS);
			assertEquals(Confirmation.Outcome.HELD_BY_STANDBY, again.outcome(), again.toString());
		}
	}

	private static void awaitProtected(ClusterMember a, ClusterMember b) {
		TestCluster.await("a serves to b, an aligned standby, and is protected", 8000,
				() -> a.role() == MemberRole.SERVER && b.serverNode().equals(Optional.of("a")) && b.aligned()
						&& a.unprotectedSince() == 0);
	}

	private static ReplicatedFact action(String key) {
		return ReplicatedFact.unstamped(key, "action", System.currentTimeMillis(), new byte[] { 1 });
	}

	/** A store in memory whose sync can be held up, and that notes what it held when it was asked to sync. */
	private static final class SyncedStore implements FactStore {
		private final InMemoryFactStore facts = new InMemoryFactStore();
		final AtomicInteger syncs = new AtomicInteger();
		final List<String> heldAtSync = new CopyOnWriteArrayList<>();
		private volatile CountDownLatch gate = new CountDownLatch(0);

		void blockSync() {
			gate = new CountDownLatch(1);
		}

		void releaseSync() {
			gate.countDown();
		}

		@Override
		public void sync() {
			for (String key : List.of("action:1", "action:2", "action:3")) {
				if (facts.contains(key)) {
					heldAtSync.add(key);
				}
			}
			syncs.incrementAndGet();
			try {
				if (!gate.await(10, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the test never released the sync");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}

		@Override
		public int upsert(Collection<ReplicatedFact> f) {
			return facts.upsert(f);
		}

		@Override
		public boolean contains(String key) {
			return facts.contains(key);
		}

		@Override
		public Stamp highWaterMark() {
			return facts.highWaterMark();
		}

		@Override
		public List<RangeDigest> digests(long bucketMillis) {
			return facts.digests(bucketMillis);
		}

		@Override
		public List<ReplicatedFact> factsIn(String subject, long fromInclusive, long toExclusive) {
			return facts.factsIn(subject, fromInclusive, toExclusive);
		}
	}
}
