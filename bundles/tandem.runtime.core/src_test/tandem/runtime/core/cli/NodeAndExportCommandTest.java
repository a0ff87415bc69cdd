package tandem.runtime.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.demo.DemoProjectFactory;
import tandem.model.io.ProjectStore;

class NodeAndExportCommandTest {

	@TempDir
	Path dir;

	private Path demoProject() throws Exception {
		Path file = dir.resolve("demo.tandem");
		new ProjectStore().save(new DemoProjectFactory().create(), file);
		return file;
	}

	private static String export(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ExportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theNodePrintsItsReadyLineAndStopsCleanlyWithItsHistoryFlushed() throws Exception {
		Path project = demoProject();
		Path data = dir.resolve("data");
		NodeCommand command = new NodeCommand();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExecutorService exec = Executors.newSingleThreadExecutor();
		Future<Integer> exit = exec.submit(() -> command.run(new String[] { "--project", project.toString(), "--node",
				"alpha", "--data", data.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!out.toString(StandardCharsets.UTF_8).contains("ready") && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("tandem node alpha ready"), out.toString());
		Thread.sleep(1_500);
		command.stop();
		assertEquals(0, exit.get(30, TimeUnit.SECONDS));
		exec.shutdown();
		String cel = export("--data", data.toString(), "--what", "cel");
		assertTrue(cel.startsWith("time,category,source,user,text,key"), cel);
		assertTrue(cel.contains("alpha stopped"), "STOP recorded and flushed: " + cel);
		String archive = export("--data", data.toString(), "--what", "archive", "--from", "2000-01-01");
		assertTrue(archive.lines().count() > 10, archive);
	}

	@Test
	void exportReadsTheHistoryOfANodeRunningInAnotherProcess() throws Exception {
		Path project = demoProject();
		Path data = dir.resolve("data");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process node = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				NodeMain.class.getName(), "--project", project.toString(), "--node", "beta", "--data", data.toString())
				.redirectErrorStream(true).start();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			do {
				line = lines.readLine();
			} while (line != null && !line.contains("ready"));
			assertTrue(line != null, "node printed its ready line");
			Thread.sleep(2_000);
			String archive = export("--data", data.toString(), "--what", "archive", "--variable", "Tank1.Level");
			List<String> rows = archive.lines().toList();
			assertEquals("variable,time,value,quality", rows.get(0));
			assertTrue(rows.size() > 1 && rows.get(1).startsWith("Tank1.Level,20"), archive);
			assertTrue(export("--data", data.toString(), "--what", "cel").contains("beta started"));
			assertTrue(export("--data", data.toString(), "--what", "alarms").startsWith("alarm,raised"));
			String statistics = export("--data", data.toString(), "--what", "statistics");
			assertTrue(statistics.startsWith("alarm statistics ") && statistics.contains("per 10 minutes: average")
					&& statistics.contains("EEMUA 191 target"), statistics);
		} finally {
			node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void badArgumentsAreReportedWithUsage() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ExportCommand.run(new String[] { "--data", dir.toString(), "--wat", "cel" },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(2, code);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--wat"));
		int missing = ExportCommand.run(new String[] { "--data", dir.resolve("nowhere").toString(), "--what", "cel" },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(1, missing);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no history in"));
	}
}
