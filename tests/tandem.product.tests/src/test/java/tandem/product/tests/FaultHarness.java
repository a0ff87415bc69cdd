package tandem.product.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the nodes of a {@link FaultProject} as real processes of the runtime product and does to them what happens
 * in a plant: {@code kill -9}, {@code SIGSTOP}/{@code SIGCONT}, restarts. Roles are read from the lines the nodes
 * print ({@code READY ... role=X}, {@code ROLE ... role=X}); times are taken when a line arrives, so a figure
 * includes the node's own reaction but not a polling delay of the harness.
 */
final class FaultHarness implements AutoCloseable {

	private static final Pattern ROLE = Pattern.compile("^(READY|ROLE) .*\\brole=([A-Z_]+)");

	private final FaultProject project;
	private final Path folder;
	private final Map<String, LaunchedProcess> nodes = new LinkedHashMap<>();
	private final Map<String, LaunchedProcess> stations = new LinkedHashMap<>();
	private final List<LaunchedProcess> finished = new ArrayList<>();

	FaultHarness(FaultProject project, Path folder) {
		this.project = project;
		this.folder = folder;
	}

	Path data(String node) {
		return folder.resolve(node);
	}

	/** The running process of {@code node}, or null when it is not running. */
	LaunchedProcess process(String node) {
		return nodes.get(node);
	}

	/** Starts a node and waits for its READY line; returns the arrival time. */
	long start(String node) throws Exception {
		long since = System.currentTimeMillis();
		LaunchedProcess process = LaunchedProcess.start(List.of("node", "--project", project.file.toString(), "--node",
				node, "--data", data(node).toString()), Map.of("TANDEM_JAVA_OPTS", "-Xmx384m"));
		nodes.put(node, process);
		long ready = process.awaitLineSince(l -> l.startsWith("READY"), since, Duration.ofSeconds(90));
		if (ready < 0) {
			throw new AssertionError(node + " printed no READY line:\n" + process.output());
		}
		return ready;
	}

	/**
	 * Starts the headless operator station {@code node} (the project's witness) writing to {@code variable} every
	 * {@code everyMs}; confirmed action ids go to {@link #confirmedActions()}.
	 */
	void startStation(String node, String variable, long everyMs) throws Exception {
		long since = System.currentTimeMillis();
		LaunchedProcess process = LaunchedProcess.start(List.of("station", "--project", project.file.toString(),
				"--node", node, "--user", "operator", "--password", "operator", "--write", variable, "--every",
				Long.toString(everyMs), "--confirmed", confirmedActions().toString()), Map.of("TANDEM_JAVA_OPTS", "-Xmx256m"));
		stations.put(node, process);
		if (process.awaitLineSince(l -> l.startsWith("READY"), since, Duration.ofSeconds(90)) < 0) {
			throw new AssertionError("station " + node + " printed no READY line:\n" + process.output());
		}
	}

	Path confirmedActions() {
		return folder.resolve("confirmed-actions.txt");
	}

	LaunchedProcess station(String node) {
		return stations.get(node);
	}

	Optional<String> role(String node) {
		LaunchedProcess p = nodes.get(node);
		if (p == null || !p.isAlive()) {
			return Optional.empty();
		}
		Matcher m = ROLE.matcher(p.lastLine(l -> ROLE.matcher(l).find()));
		return m.find() ? Optional.of(m.group(2)) : Optional.empty();
	}

	/** Waits until exactly one live node says it is SERVER; returns its name. */
	String awaitSingleServer(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			List<String> servers = nodes.keySet().stream().filter(n -> role(n).filter("SERVER"::equals).isPresent())
					.toList();
			if (servers.size() == 1) {
				return servers.get(0);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no single server within " + timeout + ": " + roles());
	}

	/** Waits for {@code node} to print a line saying it has {@code role}, arrived at or after {@code since}. */
	long awaitRole(String node, String role, long since, Duration timeout) throws InterruptedException {
		long at = nodes.get(node).awaitLineSince(l -> {
			Matcher m = ROLE.matcher(l);
			return m.find() && m.group(2).equals(role);
		}, since, timeout);
		if (at < 0) {
			throw new AssertionError(node + " did not become " + role + " within " + timeout + "; roles " + roles()
					+ "\n--- " + node + " ---\n" + tail(nodes.get(node).output()));
		}
		return at;
	}

	/** {@code kill -9}; returns the time it was sent. */
	long kill(String node) throws Exception {
		LaunchedProcess p = nodes.get(node);
		long at = System.currentTimeMillis();
		p.signal("KILL");
		p.waitForExit(Duration.ofSeconds(10));
		finished.add(nodes.remove(node));
		return at;
	}

	long signal(String node, String signal) throws Exception {
		long at = System.currentTimeMillis();
		nodes.get(node).signal(signal);
		return at;
	}

	String other(String node) {
		return nodes.keySet().stream().filter(n -> !n.equals(node)).findFirst()
				.orElseThrow(() -> new AssertionError("no node besides " + node));
	}

	String roles() {
		StringBuilder b = new StringBuilder();
		nodes.forEach((n, p) -> b.append(n).append('=').append(role(n).orElse("?")).append(' '));
		return b.toString().trim();
	}

	/** Stops every node with SIGTERM and checks that each exits cleanly. */
	void stopAll() throws Exception {
		for (LaunchedProcess station : stations.values()) {
			station.signal("TERM");
			station.waitForExit(Duration.ofSeconds(30));
		}
		for (Map.Entry<String, LaunchedProcess> e : nodes.entrySet()) {
			e.getValue().signal("TERM");
		}
		for (Map.Entry<String, LaunchedProcess> e : nodes.entrySet()) {
			int code = e.getValue().waitForExit(Duration.ofSeconds(60));
			if (code != 0) {
				throw new AssertionError(e.getKey() + " exited with " + code + " after SIGTERM:\n"
						+ tail(e.getValue().output()));
			}
			finished.add(e.getValue());
		}
		nodes.clear();
	}

	/** Runs {@code tandem check} over every node's data; returns its output (the caller asserts). */
	LaunchedProcess check(long from, long to, List<String> nodeNames, Path confirmedActions) throws Exception {
		return check(from, to, nodeNames, confirmedActions, Duration.ofSeconds(120));
	}

	/** {@link #check(long, long, List, Path)} over a long window: millions of samples take minutes to compare. */
	LaunchedProcess check(long from, long to, List<String> nodeNames, Path confirmedActions, Duration timeout)
			throws Exception {
		List<String> args = new ArrayList<>(List.of("check", "--project", project.file.toString(), "--data",
				String.join(",", nodeNames.stream().map(n -> data(n).toString()).toList()), "--from",
				Long.toString(from), "--to", Long.toString(to)));
		if (confirmedActions != null && Files.exists(confirmedActions)) {
			args.addAll(List.of("--actions", confirmedActions.toString()));
		}
		LaunchedProcess check = LaunchedProcess.start(args, Map.of());
		check.waitForExit(timeout);
		return check;
	}

	static String tail(String output) {
		String[] lines = output.split("\n");
		return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
	}

	@Override
	public void close() {
		nodes.values().forEach(LaunchedProcess::close);
		stations.values().forEach(LaunchedProcess::close);
		finished.forEach(LaunchedProcess::close);
	}
}
