package tandem.runtime.cluster;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Time from the server's end to the standby serving, in one JVM over TCP on 127.0.0.1 with the default detection
 * timings of the topology (FD_ALL3 3 s / 1 s, VERIFY_SUSPECT2 500 ms): a graceful close(), and a silent server
 * (all its traffic discarded: a frozen process or a cut cable, which only FD_ALL3 can catch).
 */
class FailoverBenchmark {


	@Test
	void failoverTimes() throws Exception {
		for (int i = 0; i < 5; i++) {
			System.out.printf("FailoverBenchmark close() -> standby serving: %d ms%n", once(false));
		}
		for (int i = 0; i < 2; i++) {
			System.out.printf("FailoverBenchmark silent server (DISCARD all) -> standby serving: %d ms%n", once(true));
		}
	}

	private static long once(boolean silent) throws Exception {
		ClusterSettings s = ClusterSettings.builder("failover-" + UUID.randomUUID(), TestCluster.SECRET)
				.node(new NodeSpec("a", "127.0.0.1", TestCluster.freePort(), NodeKind.SERVER_CAPABLE, 1))
				.node(new NodeSpec("b", "127.0.0.1", TestCluster.freePort(), NodeKind.SERVER_CAPABLE, 2)).faultInjection(true).build();
		ClusterMember a = ClusterMember.start(s, "a", new InMemoryFactStore(), "h");
		try (ClusterMember b = ClusterMember.start(s, "b", new InMemoryFactStore(), "h")) {
			TestCluster.await("a serves to b", 10_000,
					() -> a.role() == MemberRole.SERVER && b.serverNode().orElse("").equals("a"));
			long t0 = System.nanoTime();
			if (silent) {
				TestCluster.isolate(a, true);
			} else {
				a.close();
			}
			TestCluster.await("b serves", 15_000, () -> b.role() == MemberRole.SERVER);
			return (System.nanoTime() - t0) / 1_000_000;
		} finally {
			a.close();
		}
	}
}
