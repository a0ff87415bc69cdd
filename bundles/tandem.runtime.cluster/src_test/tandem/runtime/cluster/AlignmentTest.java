package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AlignmentTest {

	private static final long BUCKET = 60_000;

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
	void bothSidesEndWithEveryFactAndOnlyDifferingBucketsTravel() {
		List<ReplicatedFact> all = plant(10, 600); // 10 variables x 10 minutes
		InMemoryFactStore server = new InMemoryFactStore();
		InMemoryFactStore returning = new InMemoryFactStore();
		server.upsert(all);
		returning.upsert(all);
		// the returning node's H2 lost its last seconds; the server missed what the node recorded alone
		InMemoryFactStore lossy = new InMemoryFactStore();
		lossy.upsert(all.subList(0, all.size() - 25));
		ReplicatedFact onlyOnNode = TestCluster.sample("v3", 30_500).withStamp(new Stamp(2, 1));
		lossy.upsert(List.of(onlyOnNode));

		Alignment.Report r = Alignment.align(lossy, server, BUCKET);

		assertEquals(all.size() + 1, lossy.size());
		assertEquals(all.size() + 1, server.size());
		assertEquals(25, r.factsToLocal());
		assertEquals(1, r.factsToRemote());
		assertEquals(List.of(), Alignment.differing(lossy.digests(BUCKET), server.digests(BUCKET)));
		// 25 lost samples of the last bucket of 10 variables + one bucket of v3
		assertEquals(11, r.bucketsDiffering());
		assertEquals(0, Alignment.align(returning, returning, BUCKET).bucketsDiffering());
	}

	@Test
	void aDifferentPayloadUnderTheSameKeyShowsAsADifferingBucket() {
		InMemoryFactStore a = new InMemoryFactStore();
		InMemoryFactStore b = new InMemoryFactStore();
		a.upsert(List.of(TestCluster.sample("v", 1000)));
		b.upsert(List.of(new ReplicatedFact(Stamp.ZERO, "sample:v@1000", "v", 1000, new byte[] { 9 })));
		assertEquals(1, Alignment.differing(a.digests(BUCKET), b.digests(BUCKET)).size());
	}
}
