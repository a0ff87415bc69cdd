package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jgroups.Address;
import org.jgroups.util.UUID;
import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MessageType;

class NetworkAlignmentTest {

	private static final long BUCKET = 60_000;

	private static InMemoryFactStore holding(List<ReplicatedFact> facts) {
		InMemoryFactStore store = new InMemoryFactStore();
		store.upsert(facts);
		return store;
	}

	private static List<ReplicatedFact> plant(int variables, int samples) {
		List<ReplicatedFact> facts = new ArrayList<>();
		long seq = 0;
		for (int s = 0; s < samples; s++) {
			for (int v = 0; v < variables; v++) {
				facts.add(TestCluster.sample("v" + v, s * 1000L).withStamp(new Stamp(1, ++seq)));
			}
		}
		return facts;
	}

	@Test
	void aReturningStandbyGetsWhatItsH2LostAndTheServerGetsWhatTheStandbyRecordedAloneOnlyDifferingBucketsTravel()
			throws Exception {
		List<ReplicatedFact> all = plant(10, 600); // 10 variables x 10 one-minute buckets
		InMemoryFactStore serverStore = new InMemoryFactStore();
		serverStore.upsert(all);
		InMemoryFactStore returning = new InMemoryFactStore();
		returning.upsert(all.subList(0, all.size() - 25)); // its H2 lost the last 25 committed facts in the crash
		List<ReplicatedFact> alone = List.of(TestCluster.sample("v3", 30_500).withStamp(new Stamp(2, 1)),
				TestCluster.sample("v3", 30_700).withStamp(new Stamp(2, 2)),
				TestCluster.sample("v20", 5_000).withStamp(new Stamp(2, 3)));
		returning.upsert(alone);
		List<long[]> progress = new CopyOnWriteArrayList<>();
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).alignmentBucketMillis(BUCKET).build())) {
			ClusterMember a = c.start("a", serverStore);
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			ClusterMember b = c.start("b", returning);
			b.addListener(new ClusterListener() {
				@Override
				public void alignmentProgress(String peer, long done, long total) {
					progress.add(new long[] { done, total });
				}
			});
			TestCluster.await("b aligned with a", 5000, b::aligned);

			assertEquals(all.size() + 3, returning.size(), "the standby holds every fact again");
			assertEquals(all.size() + 3, serverStore.size(), "the server holds what the standby recorded alone");
			assertEquals(List.of(), Alignment.differing(serverStore.digests(BUCKET), returning.digests(BUCKET)));
			AlignmentReport r = b.lastAlignment().orElseThrow();
			assertEquals(101, r.bucketsCompared());
			// the last bucket of 10 variables (lost tail), v3's first bucket and v20's only bucket
			assertEquals(12, r.bucketsDiffering(), r.toString());
			assertEquals(25, r.factsAddedHere());
			assertEquals(3, r.factsAddedThere());
			// both directions run at once, so a side may already send a few facts it just received in the same bucket
			assertBetween(11 * 60, 11 * 60 + 3, r.factsReceived(), "only the server's facts of differing buckets travel");
			assertBetween(10 * 60 - 25 + 62 + 1, 11 * 60 + 3, r.factsSent(),
					"only the standby's facts of differing buckets travel");
			TestCluster.await("progress reached its total", 2000, () -> !progress.isEmpty()
					&& progress.get(progress.size() - 1)[0] == r.factsReceived() + r.factsSent());
			assertEquals(r.factsReceived() + r.factsSent(), progress.get(progress.size() - 1)[1]);
		}
	}

	@Test
	void aNodeThatKnowsUpToWhenItsHistoryIsCompleteComparesOnlyTheRecentPast() throws Exception {
		List<ReplicatedFact> all = plant(10, 1200); // 10 variables x 20 one-minute buckets
		InMemoryFactStore serverStore = new InMemoryFactStore();
		serverStore.upsert(all);
		InMemoryFactStore returning = new InMemoryFactStore();
		returning.upsert(all.subList(0, all.size() - 25)); // the last 25 facts lost in the crash
		returning.completeThrough(1_140_000); // it followed the server until 1:14 before it crashed
		long from = NetworkAlignment.alignFrom(returning.completeThrough(), BUCKET);
		assertEquals(1_020_000, from, "two minutes before, on a bucket boundary");
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).alignmentBucketMillis(BUCKET).build())) {
			ClusterMember a = c.start("a", serverStore);
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			ClusterMember b = c.start("b", returning);
			TestCluster.await("b aligned with a", 5000, b::aligned);

			assertEquals(all.size(), returning.size(), "the lost tail came back");
			AlignmentReport r = b.lastAlignment().orElseThrow();
			assertEquals(3 * 10, r.bucketsCompared(), "buckets 17..19 of 10 variables, not the whole history");
			assertEquals(10, r.bucketsDiffering(), r.toString());
			assertEquals(25, r.factsAddedHere());
		}
		assertEquals(0, NetworkAlignment.alignFrom(0, BUCKET), "a store that knows nothing compares everything");
		assertEquals(0, NetworkAlignment.alignFrom(100_000, BUCKET), "a young history is compared whole");
		assertEquals(1_020_000, NetworkAlignment.alignFrom(1_150_000, BUCKET), "back to the bucket boundary");
	}

	@Test
	void afterAPauseOfAFewSecondsOnlyTheFineBucketsAroundTheGapTravel() throws Exception {
		long now = System.currentTimeMillis();
		long start = now - 4 * 60_000;
		List<ReplicatedFact> all = new ArrayList<>();
		List<ReplicatedFact> held = new ArrayList<>();
		long gapFrom = now - 60_000;
		long seq = 0;
		for (long t = start; t < now; t += 100) {
			for (int v = 0; v < 10; v++) {
				ReplicatedFact f = TestCluster.sample("v" + v, t).withStamp(new Stamp(1, ++seq));
				all.add(f);
				if (t < gapFrom || t >= gapFrom + 3_000) { // paused for 3 s a minute ago
					held.add(f);
				}
			}
		}
		InMemoryFactStore serverStore = new InMemoryFactStore();
		serverStore.upsert(all);
		InMemoryFactStore returning = new InMemoryFactStore();
		returning.upsert(held);
		returning.completeThrough(gapFrom);
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).alignmentBucketMillis(BUCKET).build())) {
			ClusterMember a = c.start("a", serverStore);
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			ClusterMember b = c.start("b", returning);
			TestCluster.await("b aligned with a", 10_000, b::aligned);

			assertEquals(all.size(), returning.size(), "the 3 s gap is filled");
			AlignmentReport r = b.lastAlignment().orElseThrow();
			assertEquals(300, r.factsAddedHere());
			// 5 s buckets: at most two per variable touch the gap; a 60 s bucket would move 600 samples per variable
			assertBetween(10 * 50, 10 * 2 * 50, r.factsReceived(), "only the 5 s buckets around the gap travel");
			assertTrue(r.bucketsDiffering() <= 20, r.toString());
		}
		assertEquals(NetworkAlignment.FINE_BUCKET_MS, NetworkAlignment.bucketFor(now - 3 * 60_000, now, BUCKET));
		assertEquals(BUCKET, NetworkAlignment.bucketFor(now - 3_600_000, now, BUCKET), "an hour back: coarse buckets");
		assertEquals(BUCKET, NetworkAlignment.bucketFor(0, now, BUCKET), "the whole history: coarse buckets");
	}

	/**
	 * Two ends of {@link NetworkAlignment} wired by hand, one delivery thread per receiver like JGroups: the test
	 * decides when a joiner's digests reach the server.
	 */
	private static final class End implements NetworkAlignment.Host, AutoCloseable {
		final Address address = UUID.randomUUID();
		final String name;
		final ExecutorService worker = Executors.newFixedThreadPool(2);
		final ExecutorService delivery = Executors.newSingleThreadExecutor();
		final NetworkAlignment alignment;
		final BlockingQueue<Envelope> heldDigests = new LinkedBlockingQueue<>();
		final CompletableFuture<AlignmentReport> finished = new CompletableFuture<>();
		final List<Throwable> failures = new CopyOnWriteArrayList<>();
		final AtomicInteger delivered = new AtomicInteger();
		volatile boolean holdDigests;
		End peer;

		static void wire(End joiner, End server) {
			joiner.peer = server;
			server.peer = joiner;
		}

		End(String name, FactStore store) {
			this.name = name;
			this.alignment = new NetworkAlignment(name, store, this, worker);
		}

		@Override
		public void send(Address to, Envelope e) {
			if (holdDigests && e.type() == MessageType.ALIGN_DIGESTS) {
				heldDigests.add(e);
			} else {
				peer.receive(address, e);
			}
		}

		void receive(Address from, Envelope e) {
			delivery.execute(() -> {
				try {
					if (e.type() == MessageType.ALIGN_DIGESTS) {
						alignment.digests(from, peer.name, e);
					} else {
						alignment.facts(from, e);
					}
				} catch (Exception | AssertionError ex) {
					failures.add(ex);
				}
				delivered.incrementAndGet();
			});
		}

		/** Wires the two ends, begins a session with the server and keeps its digests for the test to deliver. */
		List<Envelope> digestsOfASessionWith(End server) throws InterruptedException {
			wire(this, server);
			holdDigests = true;
			alignment.begin(server.address, server.name, BUCKET);
			return awaitHeldDigests();
		}

		List<Envelope> awaitHeldDigests() throws InterruptedException {
			Envelope first = heldDigests.poll(10, TimeUnit.SECONDS);
			assertTrue(first != null, name + " sent its digests");
			List<Envelope> all = new ArrayList<>(List.of(first));
			heldDigests.drainTo(all);
			return all;
		}

		@Override
		public long epoch() {
			return 1;
		}

		@Override
		public void progress(String peerNode, long done, long total) {
		}

		@Override
		public void finished(AlignmentReport report) {
			finished.complete(report);
		}

		@Override
		public void close() {
			alignment.cancel();
			worker.shutdownNow();
			delivery.shutdownNow();
		}
	}

	/**
	 * Seen after a merge: the resumed server began aligning when it stepped down, began again at the merge, and the
	 * digests of the session it gave up reached the server late (JGroups retransmits what a partition held back).
	 * They replaced the new session there, and each side waited for the other's acknowledgement: at least 30 s
	 * (the stall watchdog) without a ready standby.
	 */
	@Test
	void lateDigestsOfASessionTheJoinerGaveUpDoNotReplaceItsNewSession() throws Exception {
		List<ReplicatedFact> all = plant(5, 120);
		InMemoryFactStore joinerStore = holding(all.subList(0, 400));
		try (End joiner = new End("a", joinerStore); End server = new End("b", holding(all))) {
			List<Envelope> givenUp = joiner.digestsOfASessionWith(server);
			joiner.alignment.begin(server.address, "b", BUCKET); // the merge: a new session, the first one given up
			List<Envelope> current = joiner.awaitHeldDigests();
			joiner.holdDigests = false;
			current.forEach(e -> server.receive(joiner.address, e));
			givenUp.forEach(e -> server.receive(joiner.address, e)); // late

			AlignmentReport r = joiner.finished.get(5, TimeUnit.SECONDS);
			assertEquals(all.size() - 400, r.factsAddedHere(), r.toString());
			assertEquals(all.size(), joinerStore.size(), "the joiner holds every fact");
			assertEquals(List.of(), joiner.failures);
			assertEquals(List.of(), server.failures);
		}
	}

	/**
	 * The other order: the given-up session's digests come first and the server starts streaming for it. The joiner
	 * answers that session's plan and chunks with "ended", so the server drops it at once instead of holding a worker
	 * thread until the stall watchdog, and the new session finishes.
	 */
	@Test
	void aSessionTheJoinerGaveUpEndsOnTheServerAtOnce() throws Exception {
		List<ReplicatedFact> all = plant(5, 120);
		InMemoryFactStore joinerStore = holding(all.subList(0, 400));
		try (End joiner = new End("a", joinerStore); End server = new End("b", holding(all))) {
			List<Envelope> givenUp = joiner.digestsOfASessionWith(server);
			joiner.alignment.cancel();
			givenUp.forEach(e -> server.receive(joiner.address, e));
			TestCluster.await("the server has the digests", 3000, () -> server.delivered.get() >= givenUp.size());
			// long before the stall watchdog (30 s)
			TestCluster.await("the server dropped the session the joiner gave up", 3000,
					() -> server.alignment.dropStalled() || server.alignment.openSessions() == 0);
			assertEquals(0, server.alignment.openSessions());
			assertEquals(0, joinerStore.size() - 400, "nothing of the given-up session was applied");

			joiner.alignment.begin(server.address, "b", BUCKET);
			joiner.awaitHeldDigests().forEach(e -> server.receive(joiner.address, e));
			AlignmentReport r = joiner.finished.get(5, TimeUnit.SECONDS);
			assertEquals(all.size(), joinerStore.size(), r.toString());
		}
	}

	/**
	 * A step of the joiner's session fails (here a read of its own store; a chunk left unacknowledged for the stall
	 * time ends the same way). The session must be reported for a restart: a failed session that was only dropped
	 * left the node unaligned, without a ready standby, until the next view change.
	 */
	@Test
	void aJoinerWhoseSessionFailsIsRestartedNotLeftUnaligned() throws Exception {
		List<ReplicatedFact> all = plant(5, 120);
		FailingReads joinerStore = new FailingReads(1);
		joinerStore.upsert(all.subList(0, 400));
		try (End joiner = new End("a", joinerStore); End server = new End("b", holding(all))) {
			End.wire(joiner, server);
			joiner.alignment.begin(server.address, "b", BUCKET);
			TestCluster.await("the failed session is reported for a restart", 10_000, joiner.alignment::dropStalled);
			assertEquals(null, joiner.alignment.aligningWith());
			assertFalse(joiner.finished.isDone());

			joiner.alignment.begin(server.address, "b", BUCKET); // what the member does when dropStalled() says so
			AlignmentReport r = joiner.finished.get(10, TimeUnit.SECONDS);
			assertEquals(all.size(), joinerStore.size(), r.toString());
		}
	}

	@Test
	void aStandbyThatHasNotFinishedAligningIsNotPromotedWhileAnAlignedOneIsLeft() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		try (TestCluster c = new TestCluster(TestCluster.settings(3, false, false).build())) {
			ClusterMember a = c.start("a");
			ClusterMember third = c.start("c");
			TestCluster.await("a serves, c aligned", 5000, () -> a.role() == MemberRole.SERVER && third.aligned());
			ClusterMember b = c.start("b", new SlowDigests(release)); // priority 2, still aligning
			TestCluster.await("b stands by", 5000, () -> b.role() == MemberRole.STANDBY && b.serverNode().isPresent());
			assertFalse(b.aligned());
			a.close();
			TestCluster.await("c serves", 5000, () -> third.role() == MemberRole.SERVER);
			Thread.sleep(300);
			assertEquals(MemberRole.STANDBY, b.role(), "the unaligned node with better priority waits");
			assertTrue(c.roleChanges.stream().noneMatch(r -> r.node().equals("b") && r.to() == MemberRole.SERVER),
					c.roleChanges.toString());
			release.countDown();
			TestCluster.await("b aligns with the new server", 5000, b::aligned);
		} finally {
			release.countDown();
		}
	}

	@Test
	void anUnalignedStandbyPromotesWhenNoAlignedNodeIsLeftAndSaysSo() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			ClusterMember a = c.start("a");
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			ClusterMember b = c.start("b", new SlowDigests(release));
			TestCluster.await("b stands by", 5000, () -> b.role() == MemberRole.STANDBY && b.serverNode().isPresent());
			a.close();
			TestCluster.await("b serves", 5000, () -> b.role() == MemberRole.SERVER);
			TestCluster.await("the promotion says it was not aligned", 2000, () -> c.roleChanges.stream()
					.anyMatch(r -> r.node().equals("b") && r.to() == MemberRole.SERVER
							&& r.reason().contains("no aligned node is left")));
		} finally {
			release.countDown();
		}
	}

	@Test
	void afterAPartitionHealsBothSidesHoldWhatEachRecordedAlone() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, true, false).build())) {
			InMemoryFactStore aStore = new InMemoryFactStore();
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a", aStore);
			ClusterMember b = c.start("b", bStore);
			ClusterMember w = c.start("w");
			TestCluster.await("a serves, b ready", 5000, () -> a.role() == MemberRole.SERVER && b.aligned()
					&& w.members().size() == 3);
			TestCluster.isolate(a, true);
			TestCluster.await("a degraded, b serves", 6000,
					() -> a.role() == MemberRole.DEGRADED && b.role() == MemberRole.SERVER);
			long now = System.currentTimeMillis(); // a's history is complete up to the partition, by the clock
			for (int i = 0; i < 40; i++) {
				b.record(TestCluster.sample("flow", now - 40_000 + 1000L * i)); // the majority side serves
			}
			// the minority side keeps recording into its own history (read-only toward the field)
			for (int i = 0; i < 15; i++) {
				aStore.upsert(List.of(TestCluster.sample("level", now - 15_000 + 1000L * i)
						.withStamp(new Stamp(a.epoch(), 100 + i))));
			}
			TestCluster.isolate(a, false);
			TestCluster.await("merged, one server, a aligned again", 10000, () -> a.members().size() == 3
					&& a.role() == MemberRole.STANDBY && b.role() == MemberRole.SERVER && a.aligned()
					&& aStore.size() == 55 && bStore.size() == 55);
			AlignmentReport r = a.lastAlignment().orElseThrow();
			assertEquals("b", r.peer());
			assertEquals(15, r.factsAddedThere(), r.toString());
		}
	}

	private static void assertBetween(long min, long max, long actual, String what) {
		assertTrue(actual >= min && actual <= max, what + ": " + actual + " not in [" + min + ", " + max + "]");
	}

	/** A store whose digests take until released: its node stays in the middle of aligning. */
	private static final class SlowDigests implements FactStore {
		private final InMemoryFactStore store = new InMemoryFactStore();
		private final CountDownLatch release;

		SlowDigests(CountDownLatch release) {
			this.release = release;
		}

		@Override
		public List<RangeDigest> digests(long bucketMillis) {
			try {
				release.await(20, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return store.digests(bucketMillis);
		}

		@Override
		public int upsert(Collection<ReplicatedFact> facts) { return store.upsert(facts); }
		@Override
		public boolean contains(String key) { return store.contains(key); }
		@Override
		public Stamp highWaterMark() { return store.highWaterMark(); }
		@Override
		public List<ReplicatedFact> factsIn(String subject, long from, long to) { return store.factsIn(subject, from, to); }
	}

	/** A store whose first reads of facts fail, like an H2 read error. */
	private static final class FailingReads implements FactStore {
		private final InMemoryFactStore store = new InMemoryFactStore();
		private final AtomicInteger failuresLeft;

		FailingReads(int failures) {
			this.failuresLeft = new AtomicInteger(failures);
		}

		@Override
		public List<ReplicatedFact> factsIn(String subject, long from, long to) {
			if (failuresLeft.getAndDecrement() > 0) {
				throw new IllegalStateException("read error in the test store");
			}
			return store.factsIn(subject, from, to);
		}

		int size() { return store.size(); }
		@Override
		public List<RangeDigest> digests(long bucketMillis) { return store.digests(bucketMillis); }
		@Override
		public int upsert(Collection<ReplicatedFact> facts) { return store.upsert(facts); }
		@Override
		public boolean contains(String key) { return store.contains(key); }
		@Override
		public Stamp highWaterMark() { return store.highWaterMark(); }
	}
}
