package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.product.tests.LaunchedProcess.Arrival;

/**
 * History queries across a {@code kill -9} of the server: the station pages the CEL's operator actions and reads
 * the trend of a tank level every 200 ms; after the kill the same questions are answered by the new server, none
 * fails, and the new server's page holds the actions the dead server recorded.
 */
class HistoryQueryFailoverTest {

	private static final Pattern ENTRIES = Pattern.compile("entries=(\\d+)");
	private static final Pattern MS = Pattern.compile(" ms=(\\d+)");

	@TempDir
	Path temp;

	@Test
	void aTrendAndACelQueryAreAnsweredByTheNewServerAfterKillMinus9() throws Exception {
		try (FaultHarness plant = new FaultHarness(FaultProject.create(temp, 100), temp)) {
			plant.start("alpha");
			plant.start("beta");
			assertEquals("alpha", plant.awaitSingleServer(Duration.ofSeconds(30)));
			plant.awaitRole("beta", "STANDBY", 0, Duration.ofSeconds(30));
			plant.startStation("console", "Chlorine.DosingSetpoint", 200, "--query-every", "200", "--trend",
					"Tank1.Level");
			LaunchedProcess station = plant.station("console");
			Arrival before = station.awaitFirstSince(l -> l.startsWith("QUERY cel answered-by=alpha")
					&& entries(l) >= 5, 0, Duration.ofSeconds(30));
			assertTrue(before != null, "alpha never answered a CEL page with the station's writes:\n"
					+ FaultHarness.tail(station.output()));
			assertTrue(station.awaitFirstSince(l -> l.startsWith("QUERY trend variable=Tank1.Level samples=")
					&& !l.contains("samples=0 "), 0, Duration.ofSeconds(10)) != null,
					"no trend answered:\n" + FaultHarness.tail(station.output()));

			long killed = plant.kill("alpha");
			plant.awaitRole("beta", "SERVER", killed, Duration.ofSeconds(30));
			Arrival cel = station.awaitFirstSince(l -> l.startsWith("QUERY cel answered-by=beta"), killed,
					Duration.ofSeconds(30));
			assertTrue(cel != null, "beta never answered after the kill:\n" + FaultHarness.tail(station.output()));
			assertTrue(entries(cel.line()) >= entries(before.line()),
					"beta's page lacks the actions alpha recorded: " + cel.line() + " after " + before.line());
			Arrival trend = station.awaitFirstSince(l -> l.startsWith("QUERY trend variable=Tank1.Level samples=")
					&& !l.contains("samples=0 "), cel.at(), Duration.ofSeconds(10));
			assertTrue(trend != null, "no trend after the failover:\n" + FaultHarness.tail(station.output()));
			List<Arrival> failed = station.linesBetween(l -> l.startsWith("QUERY") && l.contains(" FAILED "), 0,
					Long.MAX_VALUE);
			assertTrue(failed.isEmpty(), "a query failed: " + failed);
			long slowest = station.linesBetween(l -> l.startsWith("QUERY"), killed - 1000, trend.at()).stream()
					.mapToLong(a -> ms(a.line())).max().orElse(0);
			System.out.printf("FIGURES history queries across kill -9: first CEL page from beta %d ms after the kill,"
					+ " slowest query around the failover %d ms%n", cel.at() - killed, slowest);
		}
	}

	private static int entries(String line) {
		Matcher m = ENTRIES.matcher(line);
		return m.find() ? Integer.parseInt(m.group(1)) : -1;
	}

	private static long ms(String line) {
		Matcher m = MS.matcher(line);
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}
}
