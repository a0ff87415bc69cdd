package tandem.runtime.core;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import tandem.model.demo.DemoProjectFactory;
import tandem.runtime.api.driver.DriverTag.TagType;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.DriverDefinition;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.history.h2.InsertBaseline;

/**
 * Benchmark, not a test (surefire skips *Benchmark): how many value changes per second a node records from the
 * simulator into H2, printed beside raw H2 batch-insert throughput of the same rows measured in the same run, and
 * the heap of a node running the demo project. Run with
 * {@code ./mvnw -B verify -pl bundles/tandem.runtime.core -am -Dtest=RecordingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RecordingBenchmark {

	private static final int VARIABLES = 5_000;
	private static final int RATE_MS = 100;

	@Test
	void recordingRateBesideRawH2InsertRate() throws Exception {
		Path dir = Files.createTempDirectory("tandem-bench");
		// the machine is shared and 2 cores are few: alternate the two measurements and keep the best of each
		rawInsertRate(dir.resolve("warm"), 200_000);
		double raw = 0;
		double flatOut = 0;
		for (int i = 0; i < 2; i++) {
			raw = Math.max(raw, rawInsertRate(dir.resolve("raw" + i), 1_000_000));
			flatOut = Math.max(flatOut, recordAsFastAsPossible(dir.resolve("fast" + i), 200));
		}
		double realTime = recordInRealTime(dir.resolve("real"), VARIABLES, 15_000);
		double realTimeDouble = recordInRealTime(dir.resolve("real2"), 2 * VARIABLES, 15_000);
		System.out.printf("%n=== RecordingBenchmark (%d cores, Java %s) ===%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		System.out.printf("raw H2 batch INSERT (same table, 10k rows/commit): %,10.0f rows/s%n", raw);
		System.out.printf("node recording, simulator as fast as possible       : %,10.0f value changes/s (%.0f %% of raw)%n",
				flatOut, 100 * flatOut / raw);
		System.out.printf("node recording, real time %5d vars @ %d ms       : %,10.0f value changes/s (offered %,d/s)%n",
				VARIABLES, RATE_MS, realTime, VARIABLES * 1000 / RATE_MS);
		System.out.printf("node recording, real time %5d vars @ %d ms       : %,10.0f value changes/s (offered %,d/s)%n",
				2 * VARIABLES, RATE_MS, realTimeDouble, 2 * VARIABLES * 1000 / RATE_MS);
		System.out.printf("trend query, 1 variable of %d over %d s (%,d rows)  : %,10.0f ms (500 points)%n",
				VARIABLES, lastTrend[1] / 1000, lastTrend[2], lastTrend[0] / 1e6);
		System.out.printf("demo project node heap after GC                     : %,10.1f MiB%n", demoHeapMiB(dir));
	}

	private static double rawInsertRate(Path dir, int rows) throws Exception {
		return InsertBaseline.rowsPerSecond(dir, rows, VARIABLES, RATE_MS, 10_000);
	}

	/** Duration (ns), time range (ms) and table rows of the last trend query, for the report. */
	private static final long[] lastTrend = new long[3];

	private static RuntimeConfiguration benchmarkPlant(int variables) {
		List<VariableDefinition> vars = new ArrayList<>();
		for (int i = 0; i < variables; i++) {
			vars.add(new VariableDefinition("V" + i, "Plant", "noise?min=0&max=100", RATE_MS, TagType.FLOAT, false,
					null, null, ""));
		}
		return new RuntimeConfiguration("Bench", 1, 7, List.of(new DriverDefinition("Plant", "sim", Map.of())), vars,
				List.of(), List.of(new ArchiveDefinition("All", ArchiveDefinition.Mode.ON_CHANGE,
						vars.stream().map(VariableDefinition::name).toList(), 1, 0.0, null, 0)),
				List.of(), List.of(), 365);
	}

	/** Polls with a simulated clock as fast as the node can go; rate = samples committed per second. */
	private static double recordAsFastAsPossible(Path dir, int rounds) {
		AtomicLong clock = new AtomicLong(1_767_225_600_000L);
		RuntimeNode node = new RuntimeNode(benchmarkPlant(VARIABLES), "bench", dir,
				List.of(new SimulatorDriverFactory()), NodeOptions.manual(clock::get));
		node.start();
		for (int r = 0; r < 100; r++) { // warm-up
			node.pollAll(clock.addAndGet(RATE_MS));
		}
		node.flushHistory();
		long before = node.eventLog().position().seq();
		long start = System.nanoTime();
		for (int r = 0; r < rounds; r++) {
			node.pollAll(clock.addAndGet(RATE_MS));
		}
		node.flushHistory();
		double seconds = (System.nanoTime() - start) / 1e9;
		long facts = node.eventLog().position().seq() - before;
		long trendStart = System.nanoTime();
		long from = 1_767_225_600_000L;
		node.history().trend("V17", from, clock.get() + 1, 500);
		lastTrend[0] = System.nanoTime() - trendStart;
		lastTrend[1] = clock.get() - from;
		lastTrend[2] = node.eventLog().position().seq();
		node.stop();
		return facts / seconds;
	}

	/** Real polling threads on the wall clock; checks the writer keeps up and returns committed samples/s. */
	private static double recordInRealTime(Path dir, int variables, long millis) throws InterruptedException {
		RuntimeNode node = new RuntimeNode(benchmarkPlant(variables), "bench", dir,
				List.of(new SimulatorDriverFactory()), NodeOptions.defaults());
		node.start();
		Thread.sleep(2_000);
		node.flushHistory();
		long before = node.eventLog().position().seq();
		long start = System.nanoTime();
		Thread.sleep(millis);
		node.flushHistory();
		double seconds = (System.nanoTime() - start) / 1e9;
		long facts = node.eventLog().position().seq() - before;
		node.stop();
		return facts / seconds;
	}

	private static double demoHeapMiB(Path dir) throws InterruptedException {
		RuntimeConfiguration demo = new ProjectCompiler().compile(new DemoProjectFactory().create());
		RuntimeNode node = new RuntimeNode(demo, "demo", dir.resolve("demo"), List.of(new SimulatorDriverFactory()),
				NodeOptions.defaults());
		node.start();
		Thread.sleep(10_000);
		System.gc();
		Thread.sleep(200);
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		node.stop();
		return heap.getUsed() / (1024.0 * 1024.0);
	}
}
