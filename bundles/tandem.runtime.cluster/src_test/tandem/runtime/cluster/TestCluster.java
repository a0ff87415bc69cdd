package tandem.runtime.cluster;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.jgroups.protocols.DISCARD;

/**
 * Several members of one cluster inside this JVM over SHARED_LOOPBACK, with fast failure detection and DISCARD
 * for cutting members off. Closes every member it started.
 */
final class TestCluster implements AutoCloseable {

	static final byte[] SECRET = "plant-a-cluster-secret-0123456789".getBytes(StandardCharsets.UTF_8);

	final List<ClusterMember> members = new ArrayList<>();
	final List<RoleChange> roleChanges = Collections.synchronizedList(new ArrayList<>());
	final ClusterSettings settings;

	TestCluster(ClusterSettings settings) {
		this.settings = settings;
	}

	/** Server-capable nodes a (priority 1), b (2), ..., optional witness w and client c. */
	static ClusterSettings.Builder settings(int servers, boolean witness, boolean client) {
		ClusterSettings.Builder b = ClusterSettings.builder("test-" + UUID.randomUUID(), SECRET)
				.transport(ClusterSettings.Transport.SHARED_LOOPBACK).failureDetection(1000, 300, 200)
				.joinTimeoutMs(300).announceGraceMs(600).faultInjection(true);
		for (int i = 0; i < servers; i++) {
			b.node(NodeSpec.server(String.valueOf((char) ('a' + i)), i + 1));
		}
		if (witness) {
			b.node(NodeSpec.of("w", NodeKind.WITNESS)).witness("w");
		}
		if (client) {
			b.node(NodeSpec.of("c", NodeKind.CLIENT));
		}
		return b;
	}

	ClusterMember start(String node) throws Exception {
		return start(node, new InMemoryFactStore());
	}

	ClusterMember start(String node, FactStore store) throws Exception {
		ClusterMember m = ClusterMember.start(settings, node, store, "hash-1", new ClusterListener() {
			@Override
			public void roleChanged(RoleChange change) {
				roleChanges.add(change);
			}
		});
		members.add(m);
		return m;
	}

	/** Cuts a member off from everyone (frozen process or pulled cable), or reconnects it. */
	static void isolate(ClusterMember m, boolean cut) {
		((DISCARD) m.channel().jgroups().getProtocolStack().findProtocol(DISCARD.class)).discardAll(cut);
	}

	/** Cuts (or heals) the link between two members both ways; each still reaches everybody else. */
	static void cut(ClusterMember x, ClusterMember y, boolean cut) {
		if (cut) {
			x.faultCut(y.nodeName());
			y.faultCut(x.nodeName());
		} else {
			x.faultHeal();
			y.faultHeal();
		}
	}

	static void await(String what, long timeoutMs, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + timeoutMs;
		while (System.currentTimeMillis() < end) {
			if (condition.getAsBoolean()) {
				return;
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted while waiting until " + what);
			}
		}
		fail("not within " + timeoutMs + " ms: " + what);
	}

	long servers() {
		return members.stream().filter(m -> m.role() == MemberRole.SERVER).count();
	}

	/**
	 * A free TCP port on 127.0.0.1 below Linux's ephemeral range (32768+): a port from that range, free when asked,
	 * can be taken by an outgoing connection before the member binds it ("No available port to bind to").
	 */
	static int freePort() {
		java.util.Random random = new java.util.Random();
		for (int attempt = 0; attempt < 200; attempt++) {
			int port = 20_000 + random.nextInt(12_000);
			try (java.net.ServerSocket s = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
				return s.getLocalPort();
			} catch (java.io.IOException taken) {
				// try another
			}
		}
		throw new IllegalStateException("no free port between 20000 and 32000 on 127.0.0.1 after 200 attempts");
	}

	static ReplicatedFact sample(String variable, long time) {
		return ReplicatedFact.unstamped("sample:" + variable + "@" + time, variable, time,
				(variable + "=" + time).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		for (ClusterMember m : members) {
			m.close();
		}
	}
}
