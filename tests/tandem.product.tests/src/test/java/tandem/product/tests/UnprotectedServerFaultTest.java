package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.product.tests.LaunchedProcess.Arrival;

/**
 * A server whose standby is gone runs unprotected: it confirms an operator action once the action is durable in
 * its own history (synced to disk) and says so in its output, in {@code tandem status} and in the CEL. Then the
 * unprotected server itself is killed with {@code kill -9} and restarted alone: every action it confirmed must be
 * in its history, since no standby holds a copy (docs/redundancy.md, "Confirmation without a standby").
 */
class UnprotectedServerFaultTest {

	private static final Pattern LOST_ACTIONS = Pattern.compile("\\blostActions=(\\d+)");
	private static final int ACTIONS_WITHOUT_STANDBY = 15;

	@TempDir
	Path temp;

	@Test
	void everyActionTheUnprotectedServerConfirmedIsInItsHistoryAfterItIsKilledAndRestarted() throws Exception {
		try (FaultHarness plant = new FaultHarness(FaultProject.create(temp, 100), temp)) {
			plant.start("alpha");
			plant.start("beta");
			assertEquals("alpha", plant.awaitSingleServer(Duration.ofSeconds(30)));
			plant.startStation("console", "Chlorine.DosingSetpoint", 100);
			long from = System.currentTimeMillis();
			plant.awaitRole("beta", "STANDBY", 0, Duration.ofSeconds(30));
			awaitProtected(plant, from);

			long standbyKilled = plant.kill("beta");
			Arrival unprotected = plant.process("alpha").awaitFirstSince(
					l -> l.startsWith("PROTECTION node=alpha protected=false"), standbyKilled, Duration.ofSeconds(10));
			assertTrue(unprotected != null, "alpha did not say it runs unprotected after its standby was killed:\n"
					+ FaultHarness.tail(plant.process("alpha").output()));
			LaunchedProcess status = plant.status(10_000);
			status.waitForExit(Duration.ofSeconds(60));
			assertTrue(status.output().contains("PROTECTION node=alpha protected=false since="),
					"tandem status did not say since when alpha runs unprotected:\n" + status.output());

			List<Arrival> alone = awaitActionsWithoutStandby(plant, unprotected.at());
			long killed = plant.kill("alpha");
			long restarted = plant.start("alpha");
			plant.awaitRole("alpha", "SERVER", restarted, Duration.ofSeconds(30));
			Thread.sleep(2_000);
			plant.stopAll();

			LaunchedProcess check = plant.check(from, killed - 2_000, List.of("alpha"), plant.confirmedActions());
			String result = check.lastLine(l -> l.startsWith("RESULT"));
			Matcher lost = LOST_ACTIONS.matcher(result);
			assertTrue(lost.find(), "no RESULT line with lostActions:\n" + check.output());
			System.out.printf("FIGURES unprotected server: %d actions confirmed without a standby, the last %d ms"
					+ " before kill -9; after restart %s%n", alone.size(), killed - alone.get(alone.size() - 1).at(),
					result);
			assertEquals("0", lost.group(1), "an action the unprotected server confirmed is not in its history after"
					+ " kill -9 and restart:\n" + check.output());
			LaunchedProcess cel = LaunchedProcess.start(List.of("export", "--data", plant.data("alpha").toString(),
					"--what", "cel"), Map.of());
			cel.waitForExit(Duration.ofSeconds(60));
			assertTrue(cel.output().contains("serves unprotected since"), "the CEL does not say alpha ran unprotected:\n"
					+ FaultHarness.tail(cel.output()));
		}
	}

	private static void awaitProtected(FaultHarness plant, long since) throws InterruptedException {
		Arrival a = plant.process("alpha").awaitFirstSince(l -> l.startsWith("PROTECTION node=alpha protected=true"),
				since - 60_000, Duration.ofSeconds(30));
		assertTrue(a != null, "alpha never said it is protected by an aligned standby:\n"
				+ FaultHarness.tail(plant.process("alpha").output()));
	}

	/** The station's actions confirmed without a standby since {@code since}, once there are enough of them. */
	private static List<Arrival> awaitActionsWithoutStandby(FaultHarness plant, long since) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		List<Arrival> alone = List.of();
		while (System.currentTimeMillis() < deadline) {
			alone = plant.station("console").linesBetween(l -> l.matches("ACTION \\S+ CONFIRMED_WITHOUT_STANDBY.*"),
					since, Long.MAX_VALUE);
			if (alone.size() >= ACTIONS_WITHOUT_STANDBY) {
				assertTrue(Files.readAllLines(plant.confirmedActions()).size() >= alone.size(),
						"the station did not keep the ids of its confirmed actions");
				return alone;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("only " + alone.size() + " actions confirmed without a standby within 30 s:\n"
				+ FaultHarness.tail(plant.station("console").output()));
	}
}
