package tandem.runtime.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jgroups.JChannel;
import org.jgroups.protocols.DISCARD;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;

/**
 * The product stack's transport over loopback: a connection that heartbeats keep busy stays open, one that goes
 * silent is closed after the failure-detection time, and the two members find each other again once the silent one
 * speaks. The kernel-made version of the fault (a cut route whose TCP connection stays open and backs off) is in the
 * product fault tests, which run in network namespaces.
 */
class SilenceWatchedTcpTest {

	private static final int TIMEOUT_MS = 1000;
	private static final int HEARTBEAT_MS = 300;
	private JChannel a;
	private JChannel b;

	@AfterEach
	void close() {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
	}

	@Test
	void aConnectionNothingArrivesOnIsReplacedWhileOneThatHeartbeatsKeepBusyStaysOpen() throws Exception {
		ClusterSettings s = settings();
		a = channel(s, s.nodes().get(0));
		b = channel(s, s.nodes().get(1));
		awaitViewOfTwo(10_000);

		Thread.sleep(3L * TIMEOUT_MS);
		assertEquals(0, transport(a).closedBySilence(), "a closed a connection heartbeats kept busy");
		assertEquals(0, transport(b).closedBySilence(), "b closed a connection heartbeats kept busy");

		b.getProtocolStack().<DISCARD>findProtocol(DISCARD.class).discardAll(true); // b sends nothing
		long silent = System.currentTimeMillis();
		// Usually the watch closes a's connection about one limit after b fell silent. When a's view change (b
		// suspected and excluded, about as fast) closes it first, the watch's turn comes with a's next connection to
		// b (MERGE3 and discovery keep sending to it): one more limit after that connect. The failure of a clean
		// clone's run: 0 closes within 4 s.
		long deadline = silent + 10L * TIMEOUT_MS;
		while (transport(a).closedBySilence() == 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		long closedAfter = System.currentTimeMillis() - silent;
		assertTrue(transport(a).closedBySilence() > 0, "a kept its connection to b open although nothing arrived on"
				+ " it for " + closedAfter + " ms");
		// b's last heartbeat came up to one interval before it fell silent
		assertTrue(closedAfter >= TIMEOUT_MS - HEARTBEAT_MS, "a closed its connection to b " + closedAfter
				+ " ms after b fell silent, before the failure-detection time of " + TIMEOUT_MS + " ms");

		b.getProtocolStack().<DISCARD>findProtocol(DISCARD.class).discardAll(false);
		awaitViewOfTwo(15_000);
	}

	private void awaitViewOfTwo(long timeoutMs) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!(a.getView().size() == 2 && b.getView().size() == 2 && a.getView().equals(b.getView()))
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		assertTrue(a.getView().size() == 2 && a.getView().equals(b.getView()), "a and b not in one view within "
				+ timeoutMs + " ms: a " + a.getView() + ", b " + b.getView());
	}

	private static SilenceWatchedTcp transport(JChannel c) {
		return (SilenceWatchedTcp) c.getProtocolStack().getTransport();
	}

	private static JChannel channel(ClusterSettings s, NodeSpec local) throws Exception {
		JChannel c = new JChannel(StackFactory.create(s, local,
				new ClusterKeys(s.secret(), s.clusterName())));
		c.setName(local.name());
		c.connect(s.clusterName());
		return c;
	}

	private static ClusterSettings settings() throws IOException {
		return ClusterSettings.builder("silence-" + UUID.randomUUID(),
				"plant-a-cluster-secret-0123456789".getBytes(StandardCharsets.UTF_8))
				.transport(ClusterSettings.Transport.TCP)
				.node(new NodeSpec("a", "127.0.0.1", freePort(), NodeKind.SERVER_CAPABLE, 1))
				.node(new NodeSpec("b", "127.0.0.1", freePort(), NodeKind.SERVER_CAPABLE, 2))
				.failureDetection(TIMEOUT_MS, HEARTBEAT_MS, 200).joinTimeoutMs(300).faultInjection(true).build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}
}
