package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Failure detection under full load, with real processes of the runtime product on 127.0.0.1: server, standby and
 * the operator station run a plant with {@value #DEFAULT_LOAD_VARIABLES} extra variables archived every 100 ms
 * (besides the demo plant) for {@code tandem.soak.minutes} (default 10) and no node may change its role in that
 * time: a false failover is a failed run. Then the server is paused with {@code SIGSTOP} a few times; each pause
 * prints the time until the standby's JGroups view without the server (the failure detector alone, the baseline)
 * beside the time until the standby serves. At the end the independent checker must find nothing lost.
 *
 * <p>Not part of the normal test run (it takes more than ten minutes). Run it after a full build with
 * {@code ./mvnw -B verify -pl tests/tandem.product.tests -Dtest=FailureDetectionBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dtandem.soak.minutes=10] [-Dtandem.soak.variables=1000]}.
 */
class FailureDetectionBenchmark {

	private static final int DEFAULT_LOAD_VARIABLES = 1000;
	private static final int PAUSES = 3;
	private static final Pattern VIEW = Pattern.compile("node (\\w+): view (\\d+) members \\[([^]]*)\\] installed at (\\d+)");

	@TempDir
	Path temp;

	@Test
	void aFullyLoadedClusterHasNoFalseFailoverAndDetectsAPausedServerQuickly() throws Exception {
		long minutes = Long.getLong("tandem.soak.minutes", 10);
		int variables = Integer.getInteger("tandem.soak.variables", DEFAULT_LOAD_VARIABLES);
		FaultProject project = FaultProject.create(temp, 100);
		addLoad(project.file, variables);
		try (FaultHarness plant = new FaultHarness(project, temp)) {
			plant.start("alpha");
			plant.start("beta");
			String server = plant.awaitSingleServer(Duration.ofSeconds(60));
			plant.startStation("console", "Chlorine.DosingSetpoint", 200);
			Thread.sleep(5_000); // alignment of the start finished, load steady
			long from = System.currentTimeMillis();
			long soakEnd = from + minutes * 60_000;
			int changesBefore = roleChanges(plant);
			int leaseLossesBefore = leaseLosses(plant);
			while (System.currentTimeMillis() < soakEnd) {
				Thread.sleep(Math.min(30_000, Math.max(1, soakEnd - System.currentTimeMillis())));
				System.out.printf("soak %s: %d s of %d, roles %s, role changes %d, confirmed actions %d%n", Instant.now(),
						(System.currentTimeMillis() - from) / 1000, minutes * 60, plant.roles(),
						roleChanges(plant) - changesBefore, confirmed(plant));
			}
			int falseFailovers = roleChanges(plant) - changesBefore;
			int falseLeaseLosses = leaseLosses(plant) - leaseLossesBefore;
			long soaked = System.currentTimeMillis() - from;

			List<Long> detected = new ArrayList<>();
			List<Long> serving = new ArrayList<>();
			for (int pause = 1; pause <= PAUSES; pause++) {
				server = plant.awaitSingleServer(Duration.ofSeconds(60));
				String standby = plant.other(server);
				long paused = plant.signal(server, "STOP");
				long served;
				try {
					served = plant.awaitRole(standby, "SERVER", paused, Duration.ofSeconds(20));
				} catch (AssertionError e) {
					threadDump(plant.process(standby), standby);
					keepOutputs(plant);
					throw e;
				}
				long view = viewWithout(plant.process(standby), server, paused);
				serving.add(served - paused);
				detected.add(view - paused);
				System.out.printf("SIGSTOP %s: view without it after %d ms (JGroups failure detection), %s serving after"
						+ " %d ms%n", server, view - paused, standby, served - paused);
				Thread.sleep(1_000);
				long resumed = plant.signal(server, "CONT");
				plant.awaitRole(server, "STANDBY", resumed, Duration.ofSeconds(30));
				// the paused node recorded nothing while it was stopped: only alignment brings that window to it
				long aligned = plant.process(server).awaitLineSince(l -> l.contains(": aligned with "), resumed,
						Duration.ofMinutes(2));
				if (aligned < 0) {
					threadDump(plant.process(server), server);
					threadDump(plant.process(standby), standby);
					keepOutputs(plant);
					throw new AssertionError(server + " did not align within 2 min after SIGCONT");
				}
				System.out.printf("SIGCONT %s: aligned again %d ms later (%s)%n", server, aligned - resumed,
						plant.process(server).lastLine(l -> l.contains(": aligned with ")));
				plant.awaitSingleServer(Duration.ofSeconds(90));
				Thread.sleep(5_000); // a switch-back settled
			}
			keepOutputs(plant);
			LaunchedProcess check = plant.stopAndCheck(from, Duration.ofMinutes(30));
			String result = check.lastLine(l -> l.startsWith("RESULT"));
			System.out.printf("FIGURES soak %d s at %d extra variables every 100 ms (%,d archive samples/s): %d false"
					+ " failover(s), %d false lease loss(es); SIGSTOP -> view without the server (ms): %s; SIGSTOP -> standby serving (ms): %s;"
					+ " confirmed operator actions %d; checker %s%n", soaked / 1000, variables, variables * 10,
					falseFailovers, falseLeaseLosses, detected, serving, confirmed(plant), result);
			assertEquals(0, falseFailovers, "role changes while nothing was wrong: " + plant.roles());
			assertTrue(result.startsWith("RESULT lost=0 duplicated=0 unexpected=0 lostActions=0"), check.output());
		}
	}

	/** What every thread of a node that did not do what it should is doing, next to its output. */
	private static void threadDump(LaunchedProcess node, String name) throws Exception {
		StringBuilder dump = new StringBuilder();
		for (String command : List.of("GC.heap_info", "Thread.print")) { // a full heap shows in both
			Process jcmd = new ProcessBuilder("jcmd", Long.toString(node.pid()), command).redirectErrorStream(true)
					.start();
			dump.append(new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			jcmd.waitFor();
		}
		Files.writeString(Files.createDirectories(Path.of("target", "failure-detection")).resolve(name + "-threads.txt"),
				dump.toString());
	}

	/** The nodes' output goes to {@code target/failure-detection/} for a look at what happened when. */
	private static void keepOutputs(FaultHarness plant) throws java.io.IOException {
		Path folder = Files.createDirectories(Path.of("target", "failure-detection"));
		for (String node : List.of("alpha", "beta")) {
			LaunchedProcess p = plant.process(node);
			if (p != null) {
				Files.writeString(folder.resolve(node + ".log"), p.output());
			}
		}
		LaunchedProcess station = plant.station("console");
		if (station != null) {
			Files.writeString(folder.resolve("console.log"), station.output());
		}
	}

	/** ROLE lines printed by the running nodes after their READY line: every one is a role change. */
	private static int roleChanges(FaultHarness plant) {
		return linesOfBoth(plant, "ROLE ");
	}

	/** A server that lost its lease held operator actions for a moment although nothing was wrong. */
	private static int leaseLosses(FaultHarness plant) {
		return linesOfBoth(plant, "LEASE ") / 2; // lost, then renewed
	}

	private static int linesOfBoth(FaultHarness plant, String prefix) {
		int n = 0;
		for (String node : List.of("alpha", "beta")) {
			LaunchedProcess p = plant.process(node);
			if (p != null) {
				n += (int) p.output().lines().filter(l -> l.startsWith(prefix)).count();
			}
		}
		return n;
	}

	private static long confirmed(FaultHarness plant) throws java.io.IOException {
		return Files.exists(plant.confirmedActions()) ? Files.readAllLines(plant.confirmedActions()).size() : 0;
	}

	/** The time the standby installed the first view without {@code gone} after {@code since}, as it printed it. */
	private static long viewWithout(LaunchedProcess standby, String gone, long since) {
		for (String line : standby.output().split("\n")) {
			Matcher m = VIEW.matcher(line);
			if (m.find()) {
				long at = Long.parseLong(m.group(4));
				if (at >= since && !List.of(m.group(3).split(",\\s*")).contains(gone)) {
					return at;
				}
			}
		}
		throw new AssertionError("no view without " + gone + " in the standby's output:\n"
				+ FaultHarness.tail(standby.output()));
	}

	/**
	 * Adds {@code count} simulated variables polled every 100 ms and a cyclic archive recording all of them every
	 * 100 ms: the full load every archive sample of which is replicated to the standby.
	 */
	private static void addLoad(Path file, int count) throws Exception {
		Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(file.toFile());
		Element root = doc.getDocumentElement();
		Element firstArchive = (Element) doc.getElementsByTagName("archives").item(0);
		Element firstVariable = (Element) doc.getElementsByTagName("variables").item(0);
		StringBuilder refs = new StringBuilder();
		for (int i = 0; i < count; i++) {
			Element v = doc.createElement("variables");
			String name = String.format("Load.Sensor%05d", i);
			v.setAttribute("name", name);
			v.setAttribute("dataType", "FLOAT");
			v.setAttribute("rangeMin", "0.0");
			v.setAttribute("rangeMax", "100.0");
			v.setAttribute("driver", firstVariable.getAttribute("driver"));
			v.setAttribute("address", "sine?min=0&max=100&period=" + (30 + i % 90));
			v.setAttribute("rateMs", "100");
			root.insertBefore(v, firstVariable);
			refs.append(i == 0 ? "" : " ").append("var/").append(name);
		}
		Element archive = doc.createElement("archives");
		archive.setAttribute("name", "LoadValues");
		archive.setAttribute("variables", refs.toString());
		archive.setAttribute("periodMs", "100");
		archive.setAttribute("retentionDays", "1");
		root.insertBefore(archive, firstArchive);
		var transformer = TransformerFactory.newInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		transformer.transform(new DOMSource(doc), new StreamResult(file.toFile()));
	}
}
