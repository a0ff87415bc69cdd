package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 4 smoke test: the materialized runtime product, started the way an operator or a service manager
 * starts it — through {@code runtime-launcher/tandem} — as a process of its own.
 */
class RuntimeProductSmokeTest {

	private static final Path DEMO = LaunchedProcess.ROOT.resolve("runtime-launcher/demo/water-treatment.tandem");

	@TempDir
	Path temp;

	@Test
	void aNodeReportsReadyAndStopsCleanlyOnSigterm() throws Exception {
		Path data = temp.resolve("alpha");
		try (LaunchedProcess node = LaunchedProcess.start("node", "--project", DEMO.toString(), "--node", "alpha",
				"--data", data.toString())) {
			assertTrue(node.awaitLine(l -> l.startsWith("READY"), Duration.ofSeconds(90)),
					"no READY line:\n" + node.output());
			int code = node.terminate(Duration.ofSeconds(30));
			assertEquals(0, code, "exit code after SIGTERM:\n" + node.output());
			assertTrue(node.output().contains("STOPPED node=alpha cleanly"), node.output());
		}
		assertTrue(Files.isDirectory(data), "the node created its data directory");
	}

	@Test
	void aNodeWithAMissingProjectSaysSoAndExitsWithAnError() throws Exception {
		Path missing = temp.resolve("no-such-plant.tandem");
		try (LaunchedProcess node = LaunchedProcess.start("node", "--project", missing.toString(), "--node", "alpha",
				"--data", temp.resolve("d").toString())) {
			int code = node.waitForExit(Duration.ofSeconds(60));
			assertEquals(2, code, node.output());
			assertTrue(node.output().contains(missing.toString()), node.output());
		}
	}

	@Test
	void validateAcceptsTheDemoProjectWithASummary() throws Exception {
		try (LaunchedProcess validate = LaunchedProcess.start("validate", DEMO.toString())) {
			assertEquals(0, validate.waitForExit(Duration.ofSeconds(60)), validate.output());
			assertTrue(validate.output().contains("water-treatment.tandem: valid"), validate.output());
		}
	}

	@Test
	void validateNamesTheFileAndLineOfABrokenProject() throws Exception {
		Path broken = temp.resolve("broken.tandem");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<tandem:Project name=\"x\">\n<variables name=\"a\"\n");
		try (LaunchedProcess validate = LaunchedProcess.start("validate", broken.toString())) {
			assertEquals(1, validate.waitForExit(Duration.ofSeconds(60)), validate.output());
			assertTrue(validate.output().contains("broken.tandem"), validate.output());
		}
	}

	@Test
	void theLauncherExplainsItsVerbs() throws Exception {
		try (LaunchedProcess help = LaunchedProcess.start("--help")) {
			assertEquals(0, help.waitForExit(Duration.ofSeconds(30)));
			for (String verb : new String[] { "studio", "node --project", "client --project", "demo", "validate" }) {
				assertTrue(help.output().contains(verb), "--help mentions " + verb + ":\n" + help.output());
			}
		}
	}
}
