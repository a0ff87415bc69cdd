package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import tandem.product.tests.LaunchedProcess.Arrival;

/**
 * Tier 4: online deployment with real processes of the runtime product on 127.0.0.1 while the plant runs and the
 * station (the witness) writes like an operator. Four deploys, each of a version that only changes a variable's
 * description (so the checker's ground truth, taken from the original project file, stays valid):
 * <ol>
 * <li>under load: both nodes switch, {@code tandem deploy} exits 0;</li>
 * <li>{@code kill -9} of the server between staging and activation (the server waits
 * {@value #PAUSE_MS} ms there in this test): nothing is activated, the standby serves the old version, the
 * restarted server runs the old one too;</li>
 * <li>{@code kill -9} of the server right after it activated: the standby ends on the new version if it held the
 * activation fact, otherwise on the old; the restarted server adopts whichever the standby serves;</li>
 * <li>the station frozen with {@code SIGSTOP} during the deploy: staging waits for it or drops it from the view;
 * after {@code SIGCONT} it runs the version the servers run;</li>
 * <li>the standby's cable pulled (in the kernel: every process runs in a network namespace of its own,
 * {@link NetworkLab}) and a deploy once the server has dropped it from its view: the server serves on, stages on
 * the members it has and activates; when the cable is back the standby takes the active version before it stands
 * by, so every node runs the new one. (A standby cut off while it stages is {@code DeploymentTest}'s, in one JVM:
 * the cut cannot be placed inside the staging of a real process reliably.)</li>
 * </ol>
 * After every step every member runs one version ({@code tandem status}'s {@code version=}); at the end the
 * checker's RESULT is all 0 (nothing lost or doubled across activations, kills and restarts).
 */
class DeployFaultTest {

	private static final long PAUSE_MS = 4_000;
	private static final Pattern MEMBER = Pattern.compile("^MEMBER node=(\\S+) role=(\\S+) .* version=(\\S+)$");

	@TempDir
	Path temp;

	private FaultProject project;
	private FaultHarness plant;
	private NetworkLab lab;
	private Path password;
	private final List<String> figures = new ArrayList<>();

	@Test
	void everyNodeEndsOnOneVersionAndNothingIsLostWhenTheServerIsKilledDuringADeployOrTheStationFreezes()
			throws Exception {
		password = Files.writeString(temp.resolve("engineer.password"), "engineer\n");
		try (NetworkLab network = NetworkLab.create();
				FaultHarness h = new FaultHarness(project = FaultProject.create(temp, 100, network), temp, network)) {
			lab = network;
			plant = h;
			plant.environment(Map.of("TANDEM_TEST_DEPLOY_PAUSE_MS", Long.toString(PAUSE_MS)));
			plant.start("alpha");
			plant.start("beta");
			assertEquals("alpha", plant.awaitSingleServer(Duration.ofSeconds(30)));
			plant.startStation("console", "Chlorine.DosingSetpoint", 200);
			plant.awaitRole("beta", "STANDBY", 0, Duration.ofSeconds(30));
			long from = System.currentTimeMillis() + 2_000;
			Thread.sleep(3_000);

			deployUnderLoad();
			killBetweenStageAndActivate();
			killRightAfterActivate();
			freezeTheStationDuringADeploy();
			pullTheStandbysCableDuringADeploy();

			Thread.sleep(3_000);
			long to = System.currentTimeMillis() - 1_000;
			plant.stopAll();
			LaunchedProcess check = plant.check(from, to, List.of("alpha", "beta"), plant.confirmedActions());
			System.out.println(check.output());
			System.out.println("FIGURES deploy: " + String.join("; ", figures));
			String result = check.lastLine(l -> l.startsWith("RESULT"));
			assertTrue(result.startsWith("RESULT lost=0 duplicated=0 unexpected=0 lostActions=0"), check.output());
		}
	}

	private void deployUnderLoad() throws Exception {
		long t0 = System.currentTimeMillis();
		LaunchedProcess deploy = deploy(version("under load"));
		assertEquals(0, deploy.waitForExit(Duration.ofSeconds(90)), deploy.output());
		plant.process("alpha").linesBetween(l -> l.startsWith("ACTIVATED"), t0, System.currentTimeMillis())
				.forEach(a -> figures.add("alpha activated version 2 at " + java.time.Instant.ofEpochMilli(a.at())));
		assertTrue(deploy.output().contains("DEPLOYED version=2"), deploy.output());
		assertTrue(deploy.output().contains("PROGRESS STAGED node=beta"), deploy.output());
		assertTrue(deploy.output().contains("PROGRESS STAGED node=console"), deploy.output());
		figures.add("under load, deploy command start to exit " + (System.currentTimeMillis() - t0) + " ms (with a "
				+ PAUSE_MS + " ms test pause and the JVM start)");
		assertOneVersion(2);
	}

	private void killBetweenStageAndActivate() throws Exception {
		long since = System.currentTimeMillis();
		LaunchedProcess deploy = deploy(version("never activated"));
		assertTrue(deploy.awaitLineSince(l -> l.startsWith("PROGRESS STAGED node=beta"), since,
				Duration.ofSeconds(60)) > 0, deploy.output());
		assertTrue(deploy.awaitLineSince(l -> l.startsWith("PROGRESS STAGED node=console"), since,
				Duration.ofSeconds(30)) > 0, deploy.output());
		long killed = plant.kill("alpha"); // during the server's pause before the activation fact
		figures.add("alpha killed before the activation at " + java.time.Instant.ofEpochMilli(killed));
		assertEquals(1, deploy.waitForExit(Duration.ofSeconds(90)), deploy.output());
		assertTrue(deploy.output().contains("FAILED"), deploy.output());
		plant.awaitRole("beta", "SERVER", killed, Duration.ofSeconds(20));
		long restarted = plant.start("alpha");
		figures.add("alpha restarted at " + java.time.Instant.ofEpochMilli(restarted));
		Arrival ready = plant.process("alpha").awaitFirstSince(l -> l.startsWith("READY"), restarted - 1,
				Duration.ofSeconds(5));
		assertTrue(ready != null && ready.line().contains(" version=2 "), "alpha restarted on version 2: "
				+ (ready == null ? plant.process("alpha").output() : ready.line()));
		plant.awaitRole("alpha", "SERVER", restarted, Duration.ofSeconds(60)); // planned switch-back
		assertTrue(plant.process("beta").linesBetween(l -> l.startsWith("ACTIVATED"), since,
				System.currentTimeMillis()).isEmpty(), "beta activated nothing: " + plant.process("beta").output());
		assertOneVersion(2);
		figures.add("kill -9 between stage and activate: every node on version 2");
	}

	private void killRightAfterActivate() throws Exception {
		long since = System.currentTimeMillis();
		LaunchedProcess deploy = deploy(version("activated, then the server dies"));
		Arrival activated = plant.process("alpha").awaitFirstSince(l -> l.startsWith("ACTIVATED node=alpha"), since,
				Duration.ofSeconds(60));
		assertTrue(activated != null, "alpha did not activate: " + deploy.output());
		long killed = plant.kill("alpha");
		figures.add("alpha activated at " + java.time.Instant.ofEpochMilli(activated.at()) + ", killed at "
				+ java.time.Instant.ofEpochMilli(killed));
		deploy.waitForExit(Duration.ofSeconds(90));
		plant.awaitRole("beta", "SERVER", killed, Duration.ofSeconds(20));
		Thread.sleep(1_000);
		boolean betaSwitched = !plant.process("beta").linesBetween(l -> l.startsWith("ACTIVATED node=beta"), since,
				System.currentTimeMillis()).isEmpty();
		long restarted = plant.start("alpha");
		plant.awaitRole("alpha", "SERVER", restarted, Duration.ofSeconds(60));
		int expected = assertOneVersion(-1);
		figures.add("kill -9 " + (killed - activated.at()) + " ms after alpha activated: beta "
				+ (betaSwitched ? "held the activation fact" : "had not received it") + ", every node on version "
				+ expected);
		assertTrue(expected == 2 || expected == 3, "one version, the old (2) or the new (3): " + expected);
	}

	private void freezeTheStationDuringADeploy() throws Exception {
		long since = System.currentTimeMillis();
		plant.signalStation("console", "STOP");
		LaunchedProcess deploy = deploy(version("station frozen"));
		int code = deploy.waitForExit(Duration.ofSeconds(90));
		plant.signalStation("console", "CONT");
		figures.add("station frozen: deploy " + (code == 0 ? "activated" : "refused or failed") + " ("
				+ deploy.lastLine(l -> l.startsWith("DEPLOYED") || l.startsWith("FAILED") || l.startsWith("REFUSED"))
				+ ")");
		Thread.sleep(5_000); // the station rejoins and takes the servers' version
		assertOneVersion(-1);
		assertTrue(System.currentTimeMillis() > since);
	}

	private void pullTheStandbysCableDuringADeploy() throws Exception {
		String server = plant.awaitSingleServer(Duration.ofSeconds(60));
		String standby = plant.other(server);
		int running = assertOneVersion(-1);
		long cut = lab.pullCable(standby);
		Thread.sleep(4_000); // failure detection (2.3 s): the server's view no longer holds the standby
		LaunchedProcess deploy = deploy(version("standby's cable out"));
		assertEquals(0, deploy.waitForExit(Duration.ofSeconds(90)), deploy.output());
		assertTrue(deploy.output().contains("DEPLOYED version=" + (running + 1)), deploy.output());
		assertFalse(deploy.output().contains("PROGRESS STAGED node=" + standby), "staged on the member it has: "
				+ deploy.output());
		long healed = lab.plugCable(standby);
		plant.awaitRole(standby, "STANDBY", healed, Duration.ofSeconds(60));
		assertTrue(plant.process(server).linesBetween(l -> l.startsWith("ROLE"), cut, System.currentTimeMillis())
				.isEmpty(), server + " served on while the standby's cable was out: " + plant.process(server).output());
		assertOneVersion(running + 1);
		figures.add("standby's cable pulled, deployed without it 4 s later; " + (System.currentTimeMillis() - healed)
				+ " ms after the heal every node on version " + (running + 1));
	}

	/** Asserts that every member of the view runs one version (that one, or any when -1); returns it. */
	private int assertOneVersion(int expected) throws Exception {
		Map<String, String> last = Map.of();
		for (int attempt = 0; attempt < 10; attempt++) {
			LaunchedProcess status = plant.status(10_000);
			status.waitForExit(Duration.ofSeconds(60));
			Map<String, String> versions = new LinkedHashMap<>();
			for (String line : status.output().split("\n")) {
				Matcher m = MEMBER.matcher(line.strip());
				if (m.matches() && !m.group(2).equals("OBSERVER")) {
					versions.put(m.group(1), m.group(3));
				}
			}
			last = versions;
			boolean all = versions.keySet().containsAll(List.of("alpha", "beta", "console"));
			if (all && versions.values().stream().distinct().count() == 1 && !versions.containsValue("?")) {
				int v = Integer.parseInt(versions.values().iterator().next());
				if (expected < 0 || v == expected) {
					return v;
				}
			}
			Thread.sleep(2_000);
		}
		throw new AssertionError("the members do not run one version" + (expected > 0 ? " (" + expected + ")" : "")
				+ ": " + last);
	}

	private LaunchedProcess deploy(Path file) throws Exception {
		// from the probe's namespace: a machine of its own, as an engineer's PC is
		return LaunchedProcess.start(lab.inside(FaultHarness.PROBE), List.of("deploy", "--project", file.toString(),
				"--user", "engineer", "--password-file", password.toString()), Map.of("TANDEM_JAVA_OPTS", "-Xmx256m"));
	}

	private int versionCounter;

	/** A copy of the plant's project whose first variable has another description. */
	private Path version(String description) throws Exception {
		Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
				.parse(project.file.toFile());
		Element first = (Element) doc.getElementsByTagName("variables").item(0);
		first.setAttribute("description", "deploy test: " + description);
		Path out = temp.resolve("fault-plant-v" + (++versionCounter) + ".tandem");
		var transformer = TransformerFactory.newInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		transformer.transform(new DOMSource(doc), new StreamResult(out.toFile()));
		return out;
	}
}
