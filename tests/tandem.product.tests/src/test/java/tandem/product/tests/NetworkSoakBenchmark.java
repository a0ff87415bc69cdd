package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slow, lossy plant network at the demo's load: every process in a network namespace of its own
 * ({@link NetworkLab}), every message a member receives delayed by {@code tandem.soak.latency} (default 50 ± 20 ms,
 * {@code TANDEM_TEST_LATENCY}, since this kernel has no {@code netem}) and {@code tandem.soak.loss} (default 5 %)
 * of the packets every namespace receives dropped by iptables. For {@code tandem.soak.minutes} (default 10) no node
 * may change its role and the server must not lose its lease: a false failover is a failed run. It first runs one
 * minute with the latency but without loss as the baseline (operator actions confirmed per minute), then the
 * soak, then the checker over both nodes.
 *
 * <p>Not part of the normal test run. After a full build:
 * {@code ./mvnw -B verify -pl tests/tandem.product.tests -Dtest=NetworkSoakBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dtandem.soak.minutes=10]}.
 */
class NetworkSoakBenchmark {

	@TempDir
	Path temp;

	@Test
	void aSlowLossyNetworkCausesNoFalseFailoverAndLosesNothing() throws Exception {
		long minutes = Long.getLong("tandem.soak.minutes", 10);
		String latency = System.getProperty("tandem.soak.latency", "50,20");
		double loss = Double.parseDouble(System.getProperty("tandem.soak.loss", "0.05"));
		try (NetworkLab lab = NetworkLab.create();
				FaultHarness plant = new FaultHarness(FaultProject.create(temp, 100, lab), temp, lab)) {
			plant.environment(Map.of("TANDEM_TEST_LATENCY", latency));
			plant.start("alpha");
			plant.start("beta");
			plant.awaitSingleServer(Duration.ofSeconds(60));
			plant.startStation("console", "Chlorine.DosingSetpoint", 200);
			plant.startWatchingStation(FaultProject.PANEL);
			Thread.sleep(5_000); // alignment of the start finished
			long from = System.currentTimeMillis();
			Thread.sleep(60_000);
			long baseline = confirmedBetween(plant, from, System.currentTimeMillis());

			long soakFrom = System.currentTimeMillis();
			lab.randomLoss(loss);
			long soakEnd = soakFrom + minutes * 60_000;
			while (System.currentTimeMillis() < soakEnd) {
				Thread.sleep(Math.min(60_000, Math.max(1, soakEnd - System.currentTimeMillis())));
				System.out.printf("soak %s: %d s of %d, roles %s, role changes %d, lease losses %d%n", Instant.now(),
						(System.currentTimeMillis() - soakFrom) / 1000, minutes * 60, plant.roles(),
						roleChanges(plant, soakFrom), leaseLosses(plant, soakFrom));
			}
			long soakTo = System.currentTimeMillis();
			int falseFailovers = roleChanges(plant, soakFrom);
			int lostLeases = leaseLosses(plant, soakFrom);
			long longestWithout = plant.withoutActingServer(soakFrom, soakTo).stream().mapToLong(g -> g[1] - g[0])
					.max().orElse(0);
			int unprotected = unprotectedSpells(plant, soakFrom);
			long soaked = confirmedBetween(plant, soakFrom, soakTo);
			long refused = plant.station("console").linesBetween(l -> l.matches("ACTION \\S+ (REFUSED|TIMED_OUT).*")
					|| l.startsWith("ACTION unanswered"), soakFrom, soakTo).size();
			lab.noLoss();
			LaunchedProcess check = plant.stopAndCheck(from, Duration.ofMinutes(10));
			String result = check.lastLine(l -> l.startsWith("RESULT"));
			System.out.printf("FIGURES network soak %d min, latency %s ms (mean,jitter), %.0f %% loss on every link:"
					+ " %d false failover(s), %d lease loss(es), longest without a server holding its lease %d ms,"
					+ " %d unprotected spell(s) (standby judged unreachable); operator actions confirmed per minute:"
					+ " baseline (latency, no loss) %d, soak %.1f; not confirmed at once %d; confirmed in total %d;"
					+ " checker %s%n", minutes, latency, loss * 100, falseFailovers, lostLeases, longestWithout,
					unprotected, baseline, soaked * 60_000.0 / (soakTo - soakFrom), refused,
					Files.readAllLines(plant.confirmedActions()).size(), result);
			assertEquals(0, falseFailovers, "role changes on a slow, lossy network with nothing else wrong");
			assertEquals(0, lostLeases, "the server lost its lease on a slow, lossy network with nothing else wrong");
			assertTrue(result.startsWith("RESULT lost=0 duplicated=0 unexpected=0 lostActions=0"), check.output());
		}
	}

	private static int roleChanges(FaultHarness plant, long since) {
		return plant.roleLines("alpha", since, Long.MAX_VALUE).size() + plant.roleLines("beta", since, Long.MAX_VALUE)
				.size();
	}

	private static int leaseLosses(FaultHarness plant, long since) {
		int n = 0;
		for (String node : List.of("alpha", "beta")) {
			n += (int) plant.linesBetween(node, since, Long.MAX_VALUE).stream()
					.filter(a -> a.line().startsWith("LEASE") && a.line().contains("held=false")).count();
		}
		return n;
	}

	private static int unprotectedSpells(FaultHarness plant, long since) {
		int n = 0;
		for (String node : List.of("alpha", "beta")) {
			n += (int) plant.linesBetween(node, since, Long.MAX_VALUE).stream()
					.filter(a -> a.line().startsWith("PROTECTION") && a.line().contains("protected=false")).count();
		}
		return n;
	}

	private static long confirmedBetween(FaultHarness plant, long from, long to) {
		return plant.station("console").linesBetween(l -> l.matches("ACTION \\S+ CONFIRMED.*"), from, to).size();
	}
}
