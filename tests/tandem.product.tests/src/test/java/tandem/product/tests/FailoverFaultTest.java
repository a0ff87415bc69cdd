package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 4 fault test with real processes of the runtime product on 127.0.0.1: the plant runs at a steady rate
 * while the server is killed with {@code kill -9} and restarted (and takes its role back), and paused with
 * {@code SIGSTOP}. Afterwards the independent checker compares every node's history with what the simulated plant
 * produced. Pass = nothing lost, nothing doubled, nothing unexpected on any node.
 *
 * <p>The normal test run does {@value #SHORT_ROUNDS} kill rounds and one pause; the long run is
 * {@code ./mvnw -B verify -pl tests/tandem.product.tests -Dtest=FailoverFaultTest -Dtandem.faults.rounds=20}
 * (after a full build).
 */
class FailoverFaultTest {

	private static final int SHORT_ROUNDS = 2;
	private static final Duration FAILOVER_LIMIT = Duration.ofSeconds(10);

	@TempDir
	Path temp;

	@Test
	void noFactIsLostOrDoubledWhenTheServerIsKilledPausedAndRestarted() throws Exception {
		int rounds = Integer.getInteger("tandem.faults.rounds", SHORT_ROUNDS);
		FaultProject project = FaultProject.create(temp, 100);
		List<Long> failovers = new ArrayList<>();
		List<Long> switchBacks = new ArrayList<>();
		long from;
		long to;
		try (FaultHarness plant = new FaultHarness(project, temp)) {
			plant.start("alpha");
			plant.start("beta");
			String server = plant.awaitSingleServer(Duration.ofSeconds(30));
			plant.startStation("console", "Chlorine.DosingSetpoint", 200); // the witness, writing like an operator
			from = System.currentTimeMillis() + 2_000;
			for (int round = 1; round <= rounds; round++) {
				Thread.sleep(3_000);
				server = plant.awaitSingleServer(Duration.ofSeconds(30));
				String standby = plant.other(server);
				long killed = plant.kill(server);
				long serving = plant.awaitRole(standby, "SERVER", killed, FAILOVER_LIMIT);
				failovers.add(serving - killed);
				Thread.sleep(2_000);
				long restarted = plant.start(server);
				if ("alpha".equals(server)) { // the preferred server takes its role back at a sequence point
					long back = plant.awaitRole("alpha", "SERVER", restarted, Duration.ofSeconds(60));
					switchBacks.add(back - restarted);
				}
				System.out.printf("round %d: kill -9 %s at %s -> %s serving after %d ms; restarted at %s; roles now %s%n",
						round, server, java.time.Instant.ofEpochMilli(killed), standby, serving - killed,
						java.time.Instant.ofEpochMilli(restarted), plant.roles());
			}
			Thread.sleep(2_000);
			server = plant.awaitSingleServer(Duration.ofSeconds(30));
			String standby = plant.other(server);
			long paused = plant.signal(server, "STOP");
			long pauseServing = plant.awaitRole(standby, "SERVER", paused, Duration.ofSeconds(15));
			Thread.sleep(1_000);
			long resumed = plant.signal(server, "CONT");
			plant.awaitRole(server, "STANDBY", resumed, Duration.ofSeconds(20));
			System.out.printf("SIGSTOP %s at %s -> %s serving after %d ms; SIGCONT at %s, %s stepped down%n", server,
					java.time.Instant.ofEpochMilli(paused), standby, pauseServing - paused,
					java.time.Instant.ofEpochMilli(resumed), server);
			plant.awaitSingleServer(Duration.ofSeconds(60));
			Thread.sleep(3_000);
			to = System.currentTimeMillis() - 1_000;
			plant.stopAll();
			long confirmed = java.nio.file.Files.exists(plant.confirmedActions())
					? java.nio.file.Files.readAllLines(plant.confirmedActions()).size() : 0;
			LaunchedProcess check = plant.check(from, to, List.of("alpha", "beta"), plant.confirmedActions());
			System.out.println(check.output());
			System.out.printf("FIGURES kill -9 -> serving (ms): %s; switch-back after restart (ms): %s;"
					+ " confirmed operator actions: %d%n", failovers, switchBacks, confirmed);
			assertTrue(confirmed > 0, "the station had operator actions confirmed");
			String result = check.lastLine(l -> l.startsWith("RESULT"));
			assertTrue(result.startsWith("RESULT lost=0 duplicated=0 unexpected=0 lostActions=0"), check.output());
			assertEquals(0, check.waitForExit(Duration.ofSeconds(5)), check.output());
		}
	}
}
