package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 4: server and standby poll a real Modbus TCP device (Debian's pymodbus, {@code releng/peers}) on
 * 127.0.0.1; the server is killed with {@code kill -9} while values flow. Modbus has no time stamps, so a sample's
 * key is the start of its poll slot: afterwards the standby's history must hold every slot of the device's
 * variables exactly once, across the failover (see docs/redundancy.md, "Polled devices"). Before that the device
 * itself is killed and restarted: each node writes one CEL line for the loss and one for the return.
 */
class ModbusFailoverTest {

	private static final int RATE_MS = 200;
	private static final List<String> CHECKED = List.of("Intake.Flow", "Tank1.Level");

	@TempDir
	Path temp;

	@Test
	void aRestartedDeviceIsOneCelLineEachWayAndAKilledServerLosesNoPollSlot() throws Exception {
		int devicePort = FaultProject.freePort();
		Process device = startDevice(devicePort);
		try {
			FaultProject project = FaultProject.create(temp, RATE_MS, "water-treatment-modbus.tandem",
					doc -> {
						FaultProject.forEach(doc, "drivers", d -> {
							if ("PLC".equals(d.getAttribute("name"))) {
								d.setAttribute("port", Integer.toString(devicePort));
							}
						});
						// no witness station here: the pair falls back to "the survivor promotes"
						FaultProject.forEach(doc, "topology", t -> t.removeAttribute("witness"));
					});
			Path alphaData = temp.resolve("alpha");
			Path betaData = temp.resolve("beta");
			try (LaunchedProcess alpha = node(project, "alpha", alphaData);
					LaunchedProcess beta = node(project, "beta", betaData)) {
				for (LaunchedProcess n : List.of(alpha, beta)) {
					assertTrue(n.awaitLine(l -> l.startsWith("READY"), Duration.ofSeconds(120)),
							"a node was not ready:\n" + n.output());
				}
				boolean alphaServes = alpha.lastLine(l -> l.startsWith("READY") || l.startsWith("ROLE"))
						.contains("role=SERVER");
				LaunchedProcess server = alphaServes ? alpha : beta;
				LaunchedProcess standby = alphaServes ? beta : alpha;
				Path survivorData = alphaServes ? betaData : alphaData;
				String serverName = alphaServes ? "alpha" : "beta";
				String survivorName = alphaServes ? "beta" : "alpha";
				Thread.sleep(2000);
				device.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // the PLC loses power for 3 s
				Thread.sleep(3000);
				device = startDevice(devicePort);
				Thread.sleep(8000); // reconnect after the back-off, then values flow again
				long killed = System.currentTimeMillis();
				server.signal("KILL");
				assertTrue(standby.awaitLine(l -> l.startsWith("ROLE") && l.contains("role=SERVER"),
						Duration.ofSeconds(30)), "the standby did not take over:\n" + standby.output());
				Thread.sleep(6000);
				assertEquals(0, standby.terminate(Duration.ofSeconds(60)), standby.output());
				long from = Math.floorDiv(killed - 4000, RATE_MS) * RATE_MS;
				long to = killed + 5000;
				List<String> cel = exported(survivorData, "cel");
				for (String node : List.of(serverName, survivorName)) {
					assertEquals(1, cel.stream().filter(l -> l.contains("driver PLC lost connection to 127.0.0.1:"
							+ devicePort) && l.contains("seen by node " + node)).count(), node + ": " + cel);
					assertEquals(1, cel.stream().filter(l -> l.contains("driver PLC answers again (seen by node " + node))
							.count(), node + ": " + cel);
				}
				Map<String, TreeMap<Long, Integer>> slots = exportedSlots(survivorData, from, to);
				for (String variable : CHECKED) {
					List<String> wrong = new ArrayList<>();
					for (long slot = from; slot < to; slot += RATE_MS) {
						int n = slots.getOrDefault(variable, new TreeMap<>()).getOrDefault(slot, 0);
						if (n != 1) {
							wrong.add(Instant.ofEpochMilli(slot) + " x" + n);
						}
					}
					assertEquals(List.of(), wrong, variable + ": poll slots not recorded exactly once around the"
							+ " kill at " + Instant.ofEpochMilli(killed));
				}
			}
		} finally {
			device.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static LaunchedProcess node(FaultProject project, String name, Path data) throws IOException {
		return LaunchedProcess.start("node", "--project", project.file.toString(), "--node", name, "--data",
				data.toString());
	}

	private static Process startDevice(int port) throws IOException {
		Process device = new ProcessBuilder("/usr/bin/python3",
				LaunchedProcess.ROOT.resolve("releng/peers/modbus-device.py").toString(), "--port",
				Integer.toString(port), "--plant").redirectErrorStream(true).start();
		awaitListening(device);
		return device;
	}

	private static void awaitListening(Process device) throws IOException {
		BufferedReader out = new BufferedReader(new InputStreamReader(device.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine(); // the device prints LISTENING first, or an error and exits
		assertTrue(line != null && line.startsWith("LISTENING"), "the Modbus device did not start: " + line);
		Thread drain = new Thread(() -> {
			try {
				while (out.readLine() != null) {
					// keep the pipe flowing
				}
			} catch (IOException e) {
				// the device ended
			}
		}, "modbus device output");
		drain.setDaemon(true);
		drain.start();
	}

	/** Samples per variable and slot start in [from, to), from {@code tandem export --what archive}. */
	private static Map<String, TreeMap<Long, Integer>> exportedSlots(Path data, long from, long to) throws Exception {
		Map<String, TreeMap<Long, Integer>> slots = new TreeMap<>();
		for (String line : exported(data, "archive")) {
			String[] f = line.split(",");
			if (f.length < 4 || !CHECKED.contains(f[0])) {
				continue;
			}
			long t = Instant.parse(f[1]).toEpochMilli();
			if (t >= from && t < to) {
				slots.computeIfAbsent(f[0], k -> new TreeMap<>()).merge(t, 1, Integer::sum);
			}
		}
		return slots;
	}

	private static List<String> exported(Path data, String what) throws Exception {
		try (LaunchedProcess export = LaunchedProcess.start("export", "--data", data.toString(), "--what", what)) {
			assertEquals(0, export.waitForExit(Duration.ofSeconds(120)), export.output());
			return List.of(export.output().split("\n"));
		}
	}
}
