package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jgroups.BytesMessage;
import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.internal.ClusterKeys;
import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.EnvelopeCodec;
import tandem.runtime.cluster.internal.MessageType;
import tandem.runtime.cluster.internal.Wire;

class SecurityTest {

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			return s.getLocalPort();
		}
	}

	private static ClusterSettings tcp(String cluster, byte[] secret, int portA, int portB) {
		return ClusterSettings.builder(cluster, secret).transport(ClusterSettings.Transport.TCP)
				.node(new NodeSpec("a", "127.0.0.1", portA, NodeKind.SERVER_CAPABLE, 1))
				.node(new NodeSpec("b", "127.0.0.1", portB, NodeKind.SERVER_CAPABLE, 2))
				.failureDetection(1000, 300, 200).joinTimeoutMs(300).announceGraceMs(200).build();
	}

	@Test
	void aMemberWithoutTheSecretIsNotLetIntoTheClusterOverTcp() throws Exception {
		String cluster = "sec-" + UUID.randomUUID();
		int pa = freePort();
		int pb = freePort();
		byte[] wrong = "not-the-plant-secret-0123456789".getBytes(StandardCharsets.UTF_8);
		try (ClusterMember a = ClusterMember.start(tcp(cluster, TestCluster.SECRET, pa, pb), "a", new InMemoryFactStore(), "h");
				ClusterMember intruder = ClusterMember.start(tcp(cluster, wrong, pa, pb), "b", new InMemoryFactStore(), "h")) {
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
			Thread.sleep(1500); // join attempts, merge attempts
			assertEquals(List.of("a"), a.members());
			assertEquals(List.of("b"), intruder.members());
		}
	}

	@Test
	void membersWithTheSecretFormOneClusterOverTcp() throws Exception {
		String cluster = "sec-" + UUID.randomUUID();
		int pa = freePort();
		int pb = freePort();
		ClusterSettings s = tcp(cluster, TestCluster.SECRET, pa, pb);
		try (ClusterMember a = ClusterMember.start(s, "a", new InMemoryFactStore(), "h");
				ClusterMember b = ClusterMember.start(s, "b", new InMemoryFactStore(), "h")) {
			TestCluster.await("a and b in one view, a serving", 8000, () -> a.members().size() == 2
					&& a.role() == MemberRole.SERVER && b.role() == MemberRole.STANDBY);
		}
	}

	@Test
	void garbageAndForeignFramesAreDroppedAndCounted() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b", bStore); // the store the foreign facts would land in
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER && b.serverNode().equals(java.util.Optional.of("a")));
			long before = b.rejectedMessages();
			byte[] foreign = new EnvelopeCodec(new ClusterKeys("a-foreign-secret-0123456789".getBytes(), "x").envelopeKey())
					.encode(new Envelope(MessageType.FACTS, a.epoch(), 1, Wire.facts(List.of(TestCluster.sample("v", 1)))));
			a.channel().jgroups().send(new BytesMessage(b.channel().address(), new byte[] { 1, 2, 3 }));
			a.channel().jgroups().send(new BytesMessage(b.channel().address(), foreign));
			TestCluster.await("both frames rejected", 2000, () -> b.rejectedMessages() == before + 2);
			assertTrue(b.lastRejection().contains("HMAC"), b.lastRejection());
			assertFalse(bStore.contains(TestCluster.sample("v", 1).key()), "the foreign fact was not applied");
			assertEquals(0, bStore.size());
		}
	}

	@Test
	void factsStampedWithAnOldEpochAreFenced() throws Exception {
		try (TestCluster c = new TestCluster(TestCluster.settings(2, false, false).build())) {
			InMemoryFactStore bStore = new InMemoryFactStore();
			ClusterMember a = c.start("a");
			ClusterMember b = c.start("b", bStore);
			TestCluster.await("a serves", 5000, () -> a.role() == MemberRole.SERVER && b.serverNode().equals(java.util.Optional.of("a")));
			long before = b.rejectedMessages();
			ReplicatedFact stale = TestCluster.sample("v", 1).withStamp(new Stamp(a.epoch() - 1, 1));
			byte[] frame = new EnvelopeCodec(new ClusterKeys(TestCluster.SECRET, c.settings.clusterName()).envelopeKey())
					.encode(new Envelope(MessageType.FACTS, a.epoch() - 1, 1, Wire.facts(List.of(stale))));
			a.channel().jgroups().send(new BytesMessage(b.channel().address(), frame));
			TestCluster.await("stale batch rejected", 2000, () -> b.rejectedMessages() == before + 1);
			assertTrue(b.lastRejection().contains("older than the newest epoch"), b.lastRejection());
			assertEquals(0, bStore.size());
		}
	}
}
