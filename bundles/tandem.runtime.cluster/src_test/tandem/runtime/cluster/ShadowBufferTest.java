package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ShadowBufferTest {

	@Test
	void takeoverYieldsPerVariableEveryObservedFactNewerThanTheLastOneFromTheServer() {
		AtomicLong now = new AtomicLong(10_000);
		ShadowBuffer buffer = new ShadowBuffer(5000, 1000, now::get);
		for (long t = 6000; t <= 10_000; t += 1000) {
			buffer.observe(TestCluster.sample("flow", t));
			buffer.observe(TestCluster.sample("level", t));
		}
		buffer.received(TestCluster.sample("flow", 8000)); // server's last flow sample before it died
		buffer.received(TestCluster.sample("level", 6000));

		List<String> keys = buffer.takeover().stream().map(ReplicatedFact::key).toList();

		assertEquals(List.of("sample:flow@9000", "sample:level@7000", "sample:level@8000", "sample:flow@10000",
				"sample:level@9000", "sample:level@10000").stream().sorted().toList(), keys.stream().sorted().toList());
		assertEquals(0, buffer.size());
	}

	@Test
	void aVariableTheServerNeverSentIsYieldedWhole() {
		ShadowBuffer buffer = new ShadowBuffer(5000, 1000, () -> 10_000);
		buffer.observe(TestCluster.sample("new", 9000));
		assertEquals(1, buffer.takeover().size());
	}

	@Test
	void factsOlderThanTheRetentionAreForgottenAndTheSizeIsBounded() {
		AtomicLong now = new AtomicLong(0);
		ShadowBuffer buffer = new ShadowBuffer(1000, 3, now::get);
		for (long t = 0; t < 5; t++) {
			buffer.observe(TestCluster.sample("v", t));
		}
		assertEquals(3, buffer.size());
		now.set(2000);
		assertEquals(0, buffer.size());
	}

	@Test
	void whatTheServerCoveredIsDroppedAndWhatItHasNotIsKeptForTheRetention() {
		AtomicLong now = new AtomicLong(0);
		ShadowBuffer buffer = new ShadowBuffer(30_000, 1000, now::get);
		for (long t = 0; t < 20_000; t += 100) {
			buffer.observe(TestCluster.sample("v", t));
		}
		now.set(20_000);
		buffer.received(TestCluster.sample("v", 4_900)); // the server's replication runs 15 s behind its drivers
		assertEquals(150, buffer.size(), "the 15 s the server has not covered are all kept");
		List<ReplicatedFact> gap = buffer.takeover();
		assertEquals("sample:v@5000", gap.get(0).key(), "the takeover reaches back to the last fact that arrived");
	}

	@Test
	void aSlotTheServerMissedIsReportedAtOnceEvenBehindAFactTheServerNeverCovers() {
		AtomicLong now = new AtomicLong(10_000);
		ShadowBuffer buffer = new ShadowBuffer(30_000, 1000, now::get);
		java.util.Set<String> store = new java.util.HashSet<>(List.of("sample:level@1000", "sample:level@3000"));
		buffer.checkCoveredAgainst(store::contains);
		buffer.observe(TestCluster.sample("onchange", 500)); // decided differently by the server: never covered
		for (long t = 1000; t <= 3000; t += 1000) {
			buffer.observe(TestCluster.sample("level", t));
		}
		buffer.received(TestCluster.sample("level", 1000));
		buffer.received(TestCluster.sample("level", 3000)); // the server's poll was too late for 2000

		assertEquals(List.of("sample:level@2000"), buffer.takeMissed().stream().map(ReplicatedFact::key).toList());
		assertEquals(List.of(), buffer.takeMissed(), "each missed slot is reported once");
		assertEquals(1, buffer.size(), "only the uncovered on-change sample is kept");
		assertEquals(List.of("sample:onchange@500"), buffer.takeover().stream().map(ReplicatedFact::key).toList());
	}

	@Test
	void aFactObservedAfterTheServerCoveredItIsCheckedAgainstTheStoreAndNotKept() {
		ShadowBuffer buffer = new ShadowBuffer(30_000, 1000, () -> 10_000);
		buffer.checkCoveredAgainst(key -> false);
		buffer.received(TestCluster.sample("level", 5000));
		buffer.observe(TestCluster.sample("level", 4000));
		assertEquals(0, buffer.size());
		assertEquals(List.of("sample:level@4000"), buffer.takeMissed().stream().map(ReplicatedFact::key).toList());
	}

	@Test
	void aFactHandedToTheServerIsSentAsMissedAndNoLongerTakenOver() {
		ShadowBuffer buffer = new ShadowBuffer(30_000, 1000, () -> 10_000);
		buffer.observe(TestCluster.sample("a", 9000));
		buffer.observe(TestCluster.sample("b", 9000));
		assertEquals(1, buffer.handToServer(f -> f.key().equals("sample:a@9000")));
		assertEquals(List.of("sample:a@9000"), buffer.takeMissed().stream().map(ReplicatedFact::key).toList());
		assertEquals(List.of("sample:b@9000"), buffer.takeover().stream().map(ReplicatedFact::key).toList());
		assertEquals(0, buffer.handToServer(f -> true), "nothing left to hand over");
	}

	@Test
	void discardedFactsAreNeitherTakenOverNorCounted() {
		ShadowBuffer buffer = new ShadowBuffer(30_000, 1000, () -> 10_000);
		buffer.observe(TestCluster.sample("a", 9000));
		buffer.observe(TestCluster.sample("b", 9000));
		assertEquals(1, buffer.discard("sample:a@"));
		assertEquals(1, buffer.size());
		assertEquals(List.of("sample:b@9000"), buffer.takeover().stream().map(ReplicatedFact::key).toList());
	}

	@Test
	void retentionCoversTwiceTheDetectionTime() {
		ClusterSettings s = TestCluster.settings(2, false, false).build();
		assertTrue(ShadowBuffer.forSettings(s).retentionMillis() >= 2 * s.detectionTimeMs());
	}
}
