package tandem.runtime.history.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.fact.LoggedFact;

/**
 * What survives {@code kill -9} of a writing node, and how a damaged or stuck store is reported. The writer runs in
 * a child JVM; this JVM kills it, reopens the file and checks it.
 */
class HistoryCrashTest {

	@TempDir
	Path dir;

	@Test
	void everyFsyncedFactSurvivesKillNineAndTheReopenedLogContinuesWithoutGaps() throws Exception {
		Random random = new Random(4);
		long expectedStart = 0;
		for (int round = 0; round < 3; round++) {
			long committed;
			long synced;
			try (ChildProcess child = new ChildProcess(dir)) {
				child.awaitCommitted(expectedStart + 30_000);
				Thread.sleep(random.nextInt(300));
				child.kill9();
				child.readToTheEnd(); // the marks it reported up to its death, after the sleep too
				committed = child.committed;
				synced = child.synced;
			}
			try (HistoryStore store = HistoryStore.open(dir, HistoryOptions.defaults())) {
				long recovered = store.lastPosition().seq();
				System.out.printf("kill -9 round %d: committed >= %d, fsynced %d, recovered %d, lost %d%n", round,
						committed, synced, recovered, Math.max(0, committed - recovered));
				assertTrue(recovered >= synced, "fsynced facts up to " + synced + " survive, found " + recovered);
				assertEquals(recovered, store.queries().logSize(), "log holds every seq once, no holes");
				assertEquals(recovered, countSamples(store.queries()), "every logged sample is in its table");
				appendAndFlush(store, recovered + 1, recovered + 1000);
				assertEquals(recovered + 1000, store.queries().logSize());
				expectedStart = recovered + 1000;
			}
		}
	}

	private static long countSamples(HistoryQueries q) {
		long n = 0;
		for (String v : q.variables()) {
			n += q.samples(v, 0, Long.MAX_VALUE).size();
		}
		return n;
	}

	private static void appendAndFlush(HistoryStore store, long from, long to) {
		for (long s = from; s <= to; s++) {
			store.append(new LoggedFact(1, s, Facts.sample(s)));
		}
		store.flush();
	}

	@Test
	void theExportReaderSeesCommittedFactsWhileAnotherProcessWrites() throws Exception {
		try (ChildProcess child = new ChildProcess(dir)) {
			child.awaitCommitted(5_000);
			try (HistoryQueries q = HistoryStore.openForReading(dir, Duration.ofSeconds(20))) {
				long seen = q.samples("V1", 0, Long.MAX_VALUE).size();
				assertTrue(seen >= 500, "samples of V1 visible to the reader: " + seen);
				child.awaitCommitted(child.committed + 5_000);
				assertTrue(q.samples("V1", 0, Long.MAX_VALUE).size() > seen, "reader follows the writer");
			}
		}
	}

	@Test
	void aStoreHeldByAFrozenProcessIsReportedAsStuckInsteadOfHanging() throws Exception {
		try (ChildProcess child = new ChildProcess(dir)) {
			child.awaitCommitted(1_000);
			child.signal("STOP");
			try {
				long start = System.nanoTime();
				HistoryStoreException e = assertThrows(HistoryStoreException.class, () -> HistoryStore.open(dir,
						HistoryOptions.defaults().withOpenTimeout(Duration.ofSeconds(3))));
				long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
				assertTrue(seconds < 10, "reported after " + seconds + " s");
				assertTrue(e.getMessage().contains(dir.resolve("history.mv.db").toString()), e.getMessage());
			} finally {
				child.signal("CONT");
			}
		}
		awaitAbandonedOpenerGone();
	}

	/**
	 * The opener that timed out keeps running until the frozen process lets go, then closes its late connection;
	 * the temporary folder is only deleted after that, or the deletion races H2's last file operations.
	 */
	private void awaitAbandonedOpenerGone() throws InterruptedException {
		String name = "history-open " + dir.toAbsolutePath();
		for (int i = 0; i < 300; i++) {
			if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith(name))) {
				return;
			}
			Thread.sleep(50);
		}
		fail("the abandoned opener of " + dir + " is still running 15 s after the frozen process was killed");
	}

	@Test
	void aNodeStartingDuringAnExportOfItsStoppedHistoryWaitsForTheExportInsteadOfBreakingIt() throws Exception {
		try (HistoryStore store = HistoryStore.open(dir, HistoryOptions.defaults())) {
			appendAndFlush(store, 1, 1000);
		}
		String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process reader = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
				HistoryReaderProcess.class.getName(), dir.toString(), "2000").redirectErrorStream(true).start();
		try (java.io.BufferedReader out = new java.io.BufferedReader(
				new java.io.InputStreamReader(reader.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
			assertEquals("reading 1000", out.readLine());
			long start = System.nanoTime();
			try (HistoryStore store = HistoryStore.open(dir, HistoryOptions.defaults())) {
				long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
				assertTrue(waited > 1000, "the node waited for the export to finish: " + waited + " ms");
				appendAndFlush(store, 1001, 1100);
			}
			assertEquals("done 1000", out.readLine(), "the export finished undisturbed");
			assertTrue(reader.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
			assertEquals(0, reader.exitValue());
		} finally {
			reader.destroyForcibly();
		}
	}

	@Test
	void aDamagedStoreFileIsReportedWithItsNameAtStartUp() throws IOException {
		try (HistoryStore store = HistoryStore.open(dir, HistoryOptions.defaults())) {
			appendAndFlush(store, 1, 2000);
		}
		Path file = dir.resolve("history.mv.db");
		byte[] garbage = new byte[(int) Files.size(file)];
		new Random(1).nextBytes(garbage);
		Files.write(file, garbage);
		HistoryStoreException e = assertThrows(HistoryStoreException.class,
				() -> HistoryStore.open(dir, HistoryOptions.defaults().withOpenTimeout(Duration.ofSeconds(10))));
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("move it aside"),
				e.getMessage());
	}
}
