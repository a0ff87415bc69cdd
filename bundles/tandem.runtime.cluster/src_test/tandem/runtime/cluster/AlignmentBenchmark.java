package tandem.runtime.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Alignment rate for 1,000,000 facts (goal: at least 100,000 facts/s), in memory and between two members over TCP
 * on 127.0.0.1 (digests, plan, chunked facts both ways, acknowledged), the in-memory figure printed beside the
 * network figure of the same history. Not a timed test; run with
 * {@code ./mvnw -B verify -pl bundles/tandem.runtime.cluster -am -Dtest=AlignmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AlignmentBenchmark {

	private static final int FACTS = 1_000_000;
	private static final long BUCKET = 60_000;

	private static List<ReplicatedFact> plant() {
		List<ReplicatedFact> plant = new ArrayList<>(FACTS);
		int variables = 200;
		for (int i = 0; i < FACTS; i++) {
			plant.add(TestCluster.sample("v" + (i % variables), (i / variables) * 1000L).withStamp(new Stamp(1, i + 1)));
		}
		return plant;
	}

	@Test
	void alignsAMillionFactsOverTheNetwork() throws Exception {
		List<ReplicatedFact> plant = plant();
		List<ReplicatedFact> lossy = new ArrayList<>(FACTS);
		for (int i = 0; i < FACTS; i++) {
			if (i % 100 != 7) {
				lossy.add(plant.get(i));
			}
		}
		for (int i = 0; i < 1000; i++) {
			lossy.add(TestCluster.sample("v" + (i % 200), 10_000_000L + i * 1000L).withStamp(new Stamp(2, i + 1)));
		}
		overNetwork("empty node", plant, List.of());
		overNetwork("1 % lost + 1,000 recorded alone", plant, lossy);
		overNetwork("identical histories", plant, plant);
	}

	private static InMemoryFactStore storeOf(List<ReplicatedFact> facts) {
		InMemoryFactStore s = new InMemoryFactStore();
		s.upsert(facts);
		return s;
	}

	private static void overNetwork(String title, List<ReplicatedFact> serverFacts, List<ReplicatedFact> nodeFacts)
			throws Exception {
		InMemoryFactStore nodeCopy = storeOf(nodeFacts);
		InMemoryFactStore serverCopy = storeOf(serverFacts);
		long t0 = System.nanoTime();
		Alignment.align(nodeCopy, serverCopy, BUCKET);
		double inMemory = (System.nanoTime() - t0) / 1e9;
		InMemoryFactStore serverStore = storeOf(serverFacts);
		InMemoryFactStore nodeStore = storeOf(nodeFacts);

		int pa = TestCluster.freePort();
		int pb = TestCluster.freePort();
		ClusterSettings s = ClusterSettings.builder("bench-" + UUID.randomUUID(), TestCluster.SECRET)
				.node(new NodeSpec("a", "127.0.0.1", pa, NodeKind.SERVER_CAPABLE, 1))
				.node(new NodeSpec("b", "127.0.0.1", pb, NodeKind.SERVER_CAPABLE, 2)).alignmentBucketMillis(BUCKET)
				.switchBack(false).joinTimeoutMs(300).announceGraceMs(200).build();
		try (ClusterMember a = ClusterMember.start(s, "a", serverStore, "h")) {
			TestCluster.await("a serves", 10_000, () -> a.role() == MemberRole.SERVER);
			try (ClusterMember b = ClusterMember.start(s, "b", nodeStore, "h")) {
				// on a busy machine b may miss a within the join timeout and serve alone until MERGE3 joins them: wait for
				// b to stand by with an alignment report, not only for "aligned" (a server counts as aligned)
				TestCluster.await("b aligned with a", 120_000,
						() -> b.role() == MemberRole.STANDBY && b.lastAlignment().isPresent());
				AlignmentReport r = b.lastAlignment().orElseThrow();
				double net = r.millis() / 1000.0;
				long moved = r.factsReceived() + r.factsSent();
				System.out.printf("AlignmentBenchmark network %-31s %,d-fact history in %.3f s = %,.0f history facts/s "
						+ "(in memory: %.3f s = %,.0f facts/s); %,d facts travelled (%,.0f facts/s); %s%n", title, FACTS, net,
						FACTS / net, inMemory, FACTS / inMemory, moved, moved / net, r);
			}
		}
	}


	@Test
	void alignsAMillionFacts() {
		List<ReplicatedFact> plant = plant();
		int variables = 200;
		// case 1: the returning node lost 1 % of the facts, spread over the history, and recorded 1,000 alone
		InMemoryFactStore server = new InMemoryFactStore();
		InMemoryFactStore node = new InMemoryFactStore();
		server.upsert(plant);
		List<ReplicatedFact> kept = new ArrayList<>(FACTS);
		for (int i = 0; i < FACTS; i++) {
			if (i % 100 != 7) {
				kept.add(plant.get(i));
			}
		}
		node.upsert(kept);
		List<ReplicatedFact> alone = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			alone.add(TestCluster.sample("v" + (i % variables), 10_000_000L + i * 1000L).withStamp(new Stamp(2, i + 1)));
		}
		node.upsert(alone);
		report("1 % lost + 1,000 recorded alone", server, node);

		// case 2: the same history on both sides (digests only)
		InMemoryFactStore copy = new InMemoryFactStore();
		copy.upsert(plant);
		InMemoryFactStore copy2 = new InMemoryFactStore();
		copy2.upsert(plant);
		report("identical histories", copy, copy2);

		// case 3: an empty node (new disk)
		report("empty node", new InMemoryFactStore(), copy);
	}

	private static void report(String title, InMemoryFactStore a, InMemoryFactStore b) {
		long t0 = System.nanoTime();
		Alignment.Report r = Alignment.align(a, b, BUCKET);
		double s = (System.nanoTime() - t0) / 1e9;
		System.out.printf("AlignmentBenchmark %-34s %,d facts in %.3f s = %,.0f facts/s; %,d of %,d buckets differed, "
				+ "%,d facts to one side, %,d to the other%n", title, FACTS, s, FACTS / s, r.bucketsDiffering(),
				r.bucketsCompared(), r.factsToLocal(), r.factsToRemote());
	}
}
