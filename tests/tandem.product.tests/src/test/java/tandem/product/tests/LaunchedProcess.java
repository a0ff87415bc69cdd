package tandem.product.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Tandem product started through the {@code tandem} launcher script as a separate process. Collects its
 * output lines so a test can wait for one and show all of them when something goes wrong.
 */
final class LaunchedProcess implements AutoCloseable {

	static final Path ROOT = Path.of(System.getProperty("tandem.root", "../.."));
	static final Path LAUNCHER = ROOT.resolve("runtime-launcher/tandem");

	private final Process process;
	private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
	private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
	private final Thread reader;

	private LaunchedProcess(Process process) {
		this.process = process;
		reader = new Thread(this::readOutput, "output of " + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	static LaunchedProcess start(String... args) throws IOException {
		return start(List.of(args), java.util.Map.of());
	}

	static LaunchedProcess start(List<String> args, java.util.Map<String, String> environment) throws IOException {
		return start(List.of(), args, environment);
	}

	/**
	 * Starts the launcher behind {@code prefix}, for example {@code ip netns exec NS} to run it inside a network
	 * namespace; the prefix must exec the launcher, so the process's pid stays the product's (for signals).
	 */
	static LaunchedProcess start(List<String> prefix, List<String> args, java.util.Map<String, String> environment)
			throws IOException {
		List<String> command = new ArrayList<>(prefix);
		command.add(LAUNCHER.toString());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		return new LaunchedProcess(builder.start());
	}

	private void readOutput() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				synchronized (lines) {
					arrivals.add(System.currentTimeMillis());
					lines.add(line);
				}
			}
		} catch (IOException e) {
			lines.add("<output closed: " + e.getMessage() + ">");
		}
	}

	/** Waits until a line matches, the process ends or the timeout passes; returns whether it matched. */
	boolean awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			synchronized (lines) {
				if (lines.stream().anyMatch(match)) {
					return true;
				}
			}
			if (!process.isAlive()) {
				Thread.sleep(200); // let the reader take the last lines
				synchronized (lines) {
					return lines.stream().anyMatch(match);
				}
			}
			Thread.sleep(50);
		}
		return false;
	}

	/** Sends SIGTERM, as a service manager does, and waits for the exit code. */
	int terminate(Duration timeout) throws InterruptedException {
		// not Process.destroy(): besides sending SIGTERM it closes our end of the output pipe, so every line the
		// process prints while it stops (STOPPED ...) would be lost
		try {
			signal("TERM");
		} catch (IOException e) {
			process.destroy();
		}
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("did not stop within " + timeout + " after SIGTERM:\n" + output());
		}
		reader.join(2_000); // the last lines
		return process.exitValue();
	}

	int waitForExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("did not end within " + timeout + ":\n" + output());
		}
		Thread.sleep(100);
		return process.exitValue();
	}

	/**
	 * Waits for a line that matches and arrived at or after {@code sinceMillis}; returns its arrival time in epoch
	 * milliseconds, or -1 when none came within the timeout.
	 */
	long awaitLineSince(Predicate<String> match, long sinceMillis, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			synchronized (lines) {
				for (int i = lines.size() - 1; i >= 0 && arrivals.get(i) >= sinceMillis; i--) {
					if (match.test(lines.get(i))) {
						return arrivals.get(i);
					}
				}
			}
			if (!process.isAlive()) {
				return -1;
			}
			Thread.sleep(20);
		}
		return -1;
	}

	/** A line and the time it arrived, in epoch milliseconds. */
	record Arrival(String line, long at) {
	}

	/**
	 * Waits for the first line that matches and arrived at or after {@code sinceMillis}; null when none came within
	 * the timeout or the process ended without one.
	 */
	Arrival awaitFirstSince(Predicate<String> match, long sinceMillis, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			boolean alive = process.isAlive();
			List<Arrival> found = linesBetween(match, sinceMillis, Long.MAX_VALUE);
			if (!found.isEmpty()) {
				return found.get(0);
			}
			if (!alive || System.nanoTime() >= deadline) {
				return null;
			}
			Thread.sleep(20);
		}
	}

	/** Every line that matches and arrived between {@code fromMillis} and {@code toMillis} (inclusive), in order. */
	List<Arrival> linesBetween(Predicate<String> match, long fromMillis, long toMillis) {
		List<Arrival> found = new ArrayList<>();
		synchronized (lines) {
			for (int i = 0; i < lines.size(); i++) {
				long at = arrivals.get(i);
				if (at >= fromMillis && at <= toMillis && match.test(lines.get(i))) {
					found.add(new Arrival(lines.get(i), at));
				}
			}
		}
		return found;
	}

	/** The last line that matches, or an empty string. */
	String lastLine(Predicate<String> match) {
		synchronized (lines) {
			for (int i = lines.size() - 1; i >= 0; i--) {
				if (match.test(lines.get(i))) {
					return lines.get(i);
				}
			}
		}
		return "";
	}

	long pid() {
		return process.pid();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** Sends a signal by name (KILL, STOP, CONT, TERM) with the system's kill command. */
	void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
		if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
			throw new IOException("kill -" + name + " " + process.pid() + " failed");
		}
	}

	String output() {
		synchronized (lines) {
			return String.join("\n", lines);
		}
	}

	/** Every line with the time it arrived (UTC, milliseconds) in front, for the logs a fault run keeps. */
	String timedOutput() {
		StringBuilder b = new StringBuilder();
		synchronized (lines) {
			for (int i = 0; i < lines.size(); i++) {
				b.append(i < arrivals.size() ? java.time.Instant.ofEpochMilli(arrivals.get(i)) : "?").append(' ')
						.append(lines.get(i)).append('\n');
			}
		}
		return b.toString();
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroyForcibly();
		}
	}
}
