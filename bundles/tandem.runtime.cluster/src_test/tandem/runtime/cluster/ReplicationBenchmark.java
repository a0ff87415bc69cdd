package tandem.runtime.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.protocols.TCP;
import org.jgroups.stack.Protocol;
import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.internal.ClusterKeys;
import tandem.runtime.cluster.internal.StackFactory;

/**
 * Replication throughput (server -> standby, 100-byte facts, acknowledged high-water mark) printed beside raw
 * JGroups multicast throughput of 100-byte messages over the same stack in the same run (TCP_NIO2 with a sender
 * thread per destination), and over the same stack with the transport it replaced (blocking TCP with the
 * transfer-queue bundler), so the cost of the non-blocking transport is visible. TCP on 127.0.0.1.
 */
class ReplicationBenchmark {

	private static final int FACTS = 300_000;
	private static final int RAW = 300_000;

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return s.getLocalPort();
		}
	}

	private static ClusterSettings settings() throws IOException {
		return ClusterSettings.builder("bench-" + UUID.randomUUID(), TestCluster.SECRET)
				.node(new NodeSpec("a", "127.0.0.1", freePort(), NodeKind.SERVER_CAPABLE, 1))
				.node(new NodeSpec("b", "127.0.0.1", freePort(), NodeKind.SERVER_CAPABLE, 2)).build();
	}

	@Test
	void replicationBesideRawMulticast() throws Exception {
		double raw = rawMulticast(settings(), false);
		double blocking = rawMulticast(settings(), true);
		double replicated = replication(settings());
		System.out.printf("ReplicationBenchmark raw JGroups multicast (100 B, same stack, TCP_NIO2): %,.0f msg/s%n",
				raw);
		System.out.printf("ReplicationBenchmark raw JGroups multicast (100 B, blocking TCP + transfer-queue, the"
				+ " transport before): %,.0f msg/s%n", blocking);
		System.out.printf("ReplicationBenchmark replication to standby (100 B payload facts): %,.0f facts/s (%.1f x raw)%n",
				replicated, replicated / raw);
	}

	private static double rawMulticast(ClusterSettings s, boolean blockingTcp) throws Exception {
		AtomicLong received = new AtomicLong();
		ClusterKeys keys = new ClusterKeys(s.secret(), s.clusterName());
		try (JChannel a = new JChannel(stack(s, "a", keys, blockingTcp)).name("a");
				JChannel b = new JChannel(stack(s, "b", keys, blockingTcp)).name("b")) {
			b.setReceiver(new Receiver() {
				@Override
				public void receive(Message msg) {
					received.incrementAndGet();
				}
			});
			a.connect(s.clusterName());
			b.connect(s.clusterName());
			TestCluster.await("raw pair formed", 10_000, () -> a.getView().size() == 2);
			byte[] payload = new byte[100];
			long t0 = System.nanoTime();
			for (int i = 0; i < RAW; i++) {
				a.send(new BytesMessage(null, payload));
			}
			// a benchmark reports what it saw: messages that did not arrive within a minute are counted, not waited for
			long end = System.currentTimeMillis() + 60_000;
			while (received.get() < RAW && System.currentTimeMillis() < end) {
				Thread.sleep(10);
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			if (received.get() < RAW) {
				System.out.printf("ReplicationBenchmark raw multicast (%s): only %,d of %,d messages received after %.0f s%n",
						blockingTcp ? "blocking TCP" : "TCP_NIO2", received.get(), RAW, seconds);
			}
			return received.get() / seconds;
		}
	}

	/** The node's stack; with {@code blockingTcp} its transport replaced by the one used before TCP_NIO2. */
	private static List<Protocol> stack(ClusterSettings s, String node, ClusterKeys keys, boolean blockingTcp)
			throws IOException {
		List<Protocol> stack = StackFactory.create(s, s.node(node).get(), keys);
		if (blockingTcp) {
			TCP tcp = new TCP();
			tcp.setBindAddress(InetAddress.getByName("127.0.0.1")).setBindPort(s.node(node).get().port())
					.setPortRange(0);
			tcp.setBundlerType("transfer-queue");
			stack.set(0, tcp);
		}
		return stack;
	}

	private static double replication(ClusterSettings s) throws Exception {
		InMemoryFactStore standbyStore = new InMemoryFactStore();
		try (ClusterMember a = ClusterMember.start(s, "a", new InMemoryFactStore(), "h");
				ClusterMember b = ClusterMember.start(s, "b", standbyStore, "h")) {
			TestCluster.await("a serves to b", 10_000,
					() -> a.role() == MemberRole.SERVER && b.serverNode().orElse("").equals("a"));
			byte[] payload = new byte[100];
			long t0 = System.nanoTime();
			for (int i = 0; i < FACTS; i++) {
				a.replicate(new ReplicatedFact(new Stamp(a.epoch(), i + 1), "sample:v" + (i % 500) + "@" + i, "v" + (i % 500),
						i, payload));
			}
			TestCluster.await("standby holds all", 120_000, () -> standbyStore.size() >= FACTS);
			return FACTS / ((System.nanoTime() - t0) / 1e9);
		}
	}
}
