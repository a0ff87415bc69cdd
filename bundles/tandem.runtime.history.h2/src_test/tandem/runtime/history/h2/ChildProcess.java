package tandem.runtime.history.h2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A {@link HistoryWriterProcess} in a child JVM on this test's class path, with its output read line by line. */
final class ChildProcess implements AutoCloseable {

	final Process process;
	private final BufferedReader out;
	long committed;
	long synced;

	ChildProcess(Path dataDir) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				HistoryWriterProcess.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
		out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	/** Reads output until the child has committed at least {@code seq}; fails after 60 s. */
	void awaitCommitted(long seq) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (committed < seq) {
			String line = out.readLine();
			if (line == null || System.nanoTime() > deadline) {
				throw new IllegalStateException("writer child ended or stalled before seq " + seq + "; last line: "
						+ line);
			}
			note(line);
		}
	}

	/**
	 * After the child is dead: reads the rest of its output, so {@link #committed} and {@link #synced} are the last
	 * marks it reported before it died, not the ones read while waiting (it kept writing and syncing after those).
	 */
	void readToTheEnd() throws IOException {
		if (process.isAlive()) {
			throw new IllegalStateException("the writer child is still running");
		}
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			note(line);
		}
	}

	private void note(String line) {
		if (line.startsWith("committed ")) {
			String[] p = line.split(" ");
			committed = Long.parseLong(p[1]);
			synced = Long.parseLong(p[3]);
		} else if (!line.startsWith("opened ")) {
			System.out.println("child: " + line);
		}
	}

	void signal(String signal) throws IOException, InterruptedException {
		new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
	}

	/**
	 * {@code kill -9} by the {@code kill} command: {@link Process#destroyForcibly()} would also close the child's
	 * output here, and what it printed before it died could no longer be read ({@link #readToTheEnd()}).
	 */
	void kill9() throws IOException, InterruptedException {
		if (process.isAlive()) {
			signal("KILL");
		}
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the writer child survived kill -9 for 30 s");
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		kill9();
		out.close();
	}
}
