package tandem.runtime.cluster;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Alignment rate for 1,000,000 facts (goal: at least 100,000 facts/s). Not a timed test; run with
 * {@code ./mvnw -B verify -pl bundles/tandem.runtime.cluster -am -Dtest=AlignmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AlignmentBenchmark {

	private static final int FACTS = 1_000_000;
	private static final long BUCKET = 60_000;

	@Test
	void alignsAMillionFacts() {
		List<ReplicatedFact> plant = new ArrayList<>(FACTS);
		int variables = 200;
		for (int i = 0; i < FACTS; i++) {
			plant.add(TestCluster.sample("v" + (i % variables), (i / variables) * 1000L).withStamp(new Stamp(1, i + 1)));
		}
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
