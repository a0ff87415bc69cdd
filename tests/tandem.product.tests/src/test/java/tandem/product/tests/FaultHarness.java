package tandem.product.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the nodes of a {@link FaultProject} as real processes of the runtime product and does to them what happens
 * in a plant: {@code kill -9}, {@code SIGSTOP}/{@code SIGCONT}, restarts. Roles are read from the lines the nodes
 * print ({@code READY ... role=X}, {@code ROLE ... role=X}); times are taken when a line arrives, so a figure
 * includes the node's own reaction but not a polling delay of the harness. With a {@link NetworkLab} every process
 * runs in the network namespace of its node ({@code tandem status} in one of its own, {@value #PROBE}), so the
 * lab's kernel faults hit it as they would hit a machine.
 */
final class FaultHarness implements AutoCloseable {

	private static final Pattern CHANGED_AT = Pattern.compile("^(?:ROLE|LEASE) .*? at=(\\d+) ");
	private static final Pattern ROLE = Pattern.compile("^(READY|ROLE) .*\\brole=([A-Z_]+)");
	private static final Pattern EPOCH = Pattern.compile("\\bepoch=(\\d+)");
	private static final Pattern MEMBER = Pattern.compile("^MEMBER .*\\brole=([A-Z_]+) .*\\bhwm=\\((\\d+), (\\d+)\\)");

	/** The lab host that {@code tandem status} runs on: a machine of its own, unhurt by the faults of the others. */
	static final String PROBE = "probe";

	private final FaultProject project;
	private final Path folder;
	private final NetworkLab network;
	private final Map<String, String> environment = new LinkedHashMap<>();
	private final Map<String, LaunchedProcess> nodes = new LinkedHashMap<>();
	private final Map<String, LaunchedProcess> stations = new LinkedHashMap<>();
	private final List<LaunchedProcess> finished = new ArrayList<>();
	/** Every {@code kill -9} as {@code node@millis}, for the checker: a killed node leaves no STOP line of its own. */
	private final List<String> kills = new ArrayList<>();
	/** Every process started, with the host it ran as, in start order: their output is kept when the run ends. */
	private final List<Map.Entry<String, LaunchedProcess>> started = new ArrayList<>();

	FaultHarness(FaultProject project, Path folder) {
		this(project, folder, null);
	}

	/** Runs every process in the namespace of its node in {@code network} (null: all on 127.0.0.1). */
	FaultHarness(FaultProject project, Path folder, NetworkLab network) {
		this.project = project;
		this.folder = folder;
		this.network = network;
		if (network != null) {
			network.add(PROBE);
		}
	}

	/**
	 * Adds environment variables for every process started from now on, for example
	 * {@code TANDEM_TEST_LATENCY=50,20} for a slow network (see {@code TopologySettings}).
	 */
	void environment(Map<String, String> variables) {
		environment.putAll(variables);
	}

	private Map<String, String> environment(String heap) {
		Map<String, String> env = new LinkedHashMap<>(environment);
		env.put("TANDEM_JAVA_OPTS", heap);
		return env;
	}

	/** The command prefix that puts a process of {@code host} into its namespace; empty without a lab. */
	private List<String> on(String host) {
		return network == null ? List.of() : network.inside(host);
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
		LaunchedProcess process = LaunchedProcess.start(on(node), List.of("node", "--project", project.file.toString(), "--node",
				node, "--data", data(node).toString(), "--live-device"),
				environment("-Xmx384m"));
		nodes.put(node, process);
		started.add(Map.entry(node, process));
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
	void startStation(String node, String variable, long everyMs, String... more) throws Exception {
		long since = System.currentTimeMillis();
		List<String> args = new ArrayList<>(List.of("station", "--project", project.file.toString(), "--node", node,
				"--user", "operator", "--password-file", operatorPasswordFile().toString(), "--write", variable, "--every", Long.toString(everyMs),
				"--confirmed", confirmedActions().toString()));
		args.addAll(List.of(more));
		LaunchedProcess process = LaunchedProcess.start(on(node), args, environment("-Xmx256m"));
		awaitStationReady(node, process, since);
	}

	/** The demo operator's password in a file only its owner reads, as a station is given it (not in ps). */
	private Path operatorPasswordFile() throws java.io.IOException {
		Path file = folder.resolve("operator.password");
		if (!Files.exists(file)) {
			Files.writeString(file, "operator\n");
			Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		}
		return file;
	}

	/** Starts {@code node} as an operator client that only watches (no writes): the plain client of the topology. */
	void startWatchingStation(String node) throws Exception {
		long since = System.currentTimeMillis();
		awaitStationReady(node, LaunchedProcess.start(on(node), List.of("station", "--project",
				project.file.toString(), "--node", node), environment("-Xmx256m")), since);
	}

	private void awaitStationReady(String node, LaunchedProcess process, long since) throws InterruptedException {
		stations.put(node, process);
		started.add(Map.entry("station-" + node, process));
		if (process.awaitLineSince(l -> l.startsWith("READY"), since, Duration.ofSeconds(90)) < 0) {
			throw new AssertionError("station " + node + " printed no READY line:\n" + process.output());
		}
	}

	/** Like {@link #awaitRole} but returns the line too (for its epoch); the first such line since {@code since}. */
	LaunchedProcess.Arrival awaitRoleLine(String node, String role, long since, Duration timeout)
			throws InterruptedException {
		LaunchedProcess.Arrival a = nodes.get(node).awaitFirstSince(l -> {
			Matcher m = ROLE.matcher(l);
			return m.find() && m.group(2).equals(role);
		}, since, timeout);
		if (a == null) {
			throw new AssertionError(node + " did not become " + role + " within " + timeout + "; roles " + roles()
					+ "\n" + tails());
		}
		return a;
	}

	/**
	 * The first line since {@code since} in which the serving node {@code node} says it lost its lease on the field
	 * (it stops acting on the field and admits no operator action), or null when none came within the timeout.
	 */
	LaunchedProcess.Arrival awaitLeaseLost(String node, long since, Duration timeout) throws InterruptedException {
		return nodes.get(node).awaitFirstSince(l -> l.startsWith("LEASE node=" + node + " held=false"), since, timeout);
	}

	static long epochOf(String line) {
		Matcher m = EPOCH.matcher(line);
		if (!m.find()) {
			throw new AssertionError("no epoch in: " + line);
		}
		return Long.parseLong(m.group(1));
	}

	/**
	 * Waits for the station {@code station} to say it received values from {@code server} in {@code epoch}; returns
	 * the arrival time of that line, or -1 when none came within the timeout.
	 */
	long awaitValues(String station, String server, long epoch, long since, Duration timeout)
			throws InterruptedException {
		String prefix = "VALUES node=" + station + " from=" + server + " epoch=" + epoch + " ";
		LaunchedProcess.Arrival a = stations.get(station).awaitFirstSince(l -> l.startsWith(prefix), since, timeout);
		return a == null ? -1 : a.at();
	}

	/** Every READY/ROLE line of the live node {@code node} that arrived between the two times. */
	List<LaunchedProcess.Arrival> roleLines(String node, long from, long to) {
		return nodes.get(node).linesBetween(l -> ROLE.matcher(l).find(), from, to);
	}

	/** Every READY, ROLE, LEASE and FAULT line of the live node {@code node} that arrived between the two times. */
	List<LaunchedProcess.Arrival> linesBetween(String node, long from, long to) {
		return nodes.get(node).linesBetween(l -> ROLE.matcher(l).find() || l.startsWith("FAULT")
				|| l.startsWith("LEASE"), from, to);
	}

	private static final Pattern VIEW = Pattern.compile("view \\d+ members \\[([^\\]]*)\\]");

	/**
	 * Waits until every live node and station says its newest view holds all of them (after a station's freeze the
	 * merge that brings it back can take several seconds); returns how long that took.
	 */
	long awaitOneFullView(Duration timeout) throws InterruptedException {
		long start = System.currentTimeMillis();
		oneFullViewSince(start, timeout);
		return System.currentTimeMillis() - start;
	}

	/**
	 * Waits until every node and station is in one view holding them all; returns when the last of them installed
	 * that view, or {@code since} if all of them already had it then.
	 */
	long oneFullViewSince(long since, Duration timeout) throws InterruptedException {
		Map<String, LaunchedProcess> all = new LinkedHashMap<>(nodes);
		all.putAll(stations);
		long start = System.currentTimeMillis();
		while (System.currentTimeMillis() - start < timeout.toMillis()) {
			boolean full = all.values().stream().allMatch(p -> {
				String last = p.lastLine(l -> VIEW.matcher(l).find());
				if (last.isEmpty()) {
					return false;
				}
				Matcher m = VIEW.matcher(last);
				m.find();
				return java.util.Arrays.asList(m.group(1).split(", ")).containsAll(all.keySet());
			});
			if (full) {
				long now = System.currentTimeMillis();
				return all.values().stream().mapToLong(p -> {
					List<LaunchedProcess.Arrival> views = p.linesBetween(l -> VIEW.matcher(l).find(), since, now);
					return views.isEmpty() ? since : views.get(views.size() - 1).at();
				}).max().orElse(since);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("not every process in one view within " + timeout + "\n" + tails());
	}

	/** Prints every line of every live node and station that arrived between the two times, with its arrival. */
	void printLines(long from, long to) {
		Map<String, LaunchedProcess> all = new LinkedHashMap<>(nodes);
		all.putAll(stations);
		all.forEach((n, p) -> {
			System.out.println("--- " + n + " ---");
			p.linesBetween(l -> true, from, to).forEach(a -> System.out.println(java.time.Instant.ofEpochMilli(a.at())
					+ " " + a.line()));
		});
	}

	/** The last lines of every live node and station, for a failure message. */
	String tails() {
		StringBuilder b = new StringBuilder();
		nodes.forEach((n, p) -> b.append("--- ").append(n).append(" ---\n").append(tail(p.output())).append('\n'));
		stations.forEach((n, p) -> b.append("--- ").append(n).append(" ---\n").append(tail(p.output())).append('\n'));
		return b.toString();
	}

	/**
	 * How long, in total, two live nodes both said they were SERVER between the two times, from the arrival of
	 * their role lines (so a few milliseconds can be output timing, not a real overlap).
	 */
	long serverOverlapMs(long from, long to) {
		List<List<long[]>> spans = nodes.keySet().stream().map(n -> serverSpans(n, from, to)).toList();
		return overlap(spans);
	}

	/**
	 * How long two nodes acted on the field at the same time between the two times: a node acts while its role is
	 * SERVER and it holds its lease. An elected server holds it from its {@code LEASE … held=true} line on (it waits
	 * out any earlier server's lease), a server by planned switch-back from its ROLE line.
	 */
	long actingOverlapMs(long from, long to) {
		List<List<long[]>> spans = nodes.keySet().stream().map(n -> actingSpans(n, from, to)).toList();
		return overlap(spans);
	}

	/**
	 * The spans between the two times in which no live node acted on the field (SERVER and holding its lease, see
	 * {@link #actingOverlapMs}), in order: an empty list means a server held its lease at every moment.
	 */
	List<long[]> withoutActingServer(long from, long to) {
		List<long[]> acting = new ArrayList<>();
		nodes.keySet().forEach(n -> acting.addAll(actingSpans(n, from, to)));
		acting.sort((a, b) -> Long.compare(a[0], b[0]));
		List<long[]> gaps = new ArrayList<>();
		long covered = from;
		for (long[] a : acting) {
			if (a[0] > covered) {
				gaps.add(new long[] { covered, a[0] });
			}
			covered = Math.max(covered, a[1]);
		}
		if (covered < to) {
			gaps.add(new long[] { covered, to });
		}
		return gaps;
	}

	/** The summed time in which spans of two different nodes overlap. */
	private static long overlap(List<List<long[]>> spans) {
		long overlap = 0;
		for (int i = 0; i < spans.size(); i++) {
			for (int j = i + 1; j < spans.size(); j++) {
				for (long[] a : spans.get(i)) {
					for (long[] b : spans.get(j)) {
						overlap += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
					}
				}
			}
		}
		return overlap;
	}

	/**
	 * When {@code node} first acted on the field (SERVER holding its lease) at or after {@code since}, or -1 when it
	 * did not before {@code to}. For a server that was killed or paused at {@code since} (it stopped acting then, but
	 * a frozen process prints nothing), the time from {@code since} to this is the time without a server acting.
	 */
	long firstActing(String node, long since, long to) {
		return actingSpans(node, since, to).stream().mapToLong(s -> s[0]).filter(t -> t >= since).min().orElse(-1);
	}

	private List<long[]> actingSpans(String node, long from, long to) {
		boolean[] serverAndHeld = new boolean[2];
		return spans(nodes.get(node).linesBetween(l -> ROLE.matcher(l).find() || l.startsWith("LEASE node=" + node + " "),
				0, to), from, to, line -> {
					Matcher m = ROLE.matcher(line);
					if (m.find()) {
						boolean wasServer = serverAndHeld[0];
						serverAndHeld[0] = m.group(2).equals("SERVER");
						if (serverAndHeld[0] && !wasServer) {
							serverAndHeld[1] = line.contains("planned switch-back");
						}
					} else {
						serverAndHeld[1] = line.contains(" held=true ");
					}
					return serverAndHeld[0] && serverAndHeld[1];
				});
	}

	private List<long[]> serverSpans(String node, long from, long to) {
		return spans(nodes.get(node).linesBetween(l -> ROLE.matcher(l).find(), 0, to), from, to, line -> {
			Matcher m = ROLE.matcher(line);
			return m.find() && m.group(2).equals("SERVER");
		});
	}

	/** The spans, clipped to {@code from..to}, in which {@code inSpan} (told every line in order) said true. */
	/**
	 * When a {@code ROLE} or {@code LEASE} line's change happened: its {@code at=} (epoch ms, taken where the change
	 * was made), else when the line arrived. The node prints these lines after writing them to its CEL, so the
	 * arrival can be late by a history write.
	 */
	static long changedAt(LaunchedProcess.Arrival a) {
		Matcher m = CHANGED_AT.matcher(a.line());
		return m.find() ? Long.parseLong(m.group(1)) : a.at();
	}

	private static List<long[]> spans(List<LaunchedProcess.Arrival> lines, long from, long to,
			Predicate<String> inSpan) {
		List<long[]> spans = new ArrayList<>();
		long start = -1;
		for (LaunchedProcess.Arrival a : lines) {
			boolean in = inSpan.test(a.line());
			long at = changedAt(a);
			if (in && start < 0) {
				start = Math.max(from, at);
			} else if (!in && start >= 0) {
				if (at > from) {
					spans.add(new long[] { start, Math.max(start, at) });
				}
				start = -1;
			}
		}
		if (start >= 0) {
			spans.add(new long[] { start, to });
		}
		return spans;
	}

	/**
	 * A status that joins now and prints the members as announced at {@code at} (epoch ms): a measurement during a
	 * fault that slows joining (a frozen member holds up every view change).
	 */
	LaunchedProcess statusAt(long at) throws Exception {
		return LaunchedProcess.start(on(PROBE), List.of("status", "--project", project.file.toString(), "--wait",
				Long.toString(Math.max(20_000, at - System.currentTimeMillis() + 20_000)), "--at", Long.toString(at)),
				environment("-Xmx128m"));
	}

	/**
	 * Starts {@code tandem status}: it joins as an observer, every member answers with its high-water mark (and
	 * announces it again every half second), it prints the {@code MEMBER} lines and ends, at the latest
	 * {@code waitMs} after it loaded the project (a frozen member never answers).
	 */
	LaunchedProcess status(long waitMs) throws Exception {
		return LaunchedProcess.start(on(PROBE), List.of("status", "--project", project.file.toString(), "--wait",
				Long.toString(waitMs)),
				environment("-Xmx128m"));
	}

	/** Sends a signal to the station {@code station}; returns the time it was sent. */
	long signalStation(String station, String signal) throws Exception {
		long at = System.currentTimeMillis();
		stations.get(station).signal(signal);
		return at;
	}

	/** A history high-water mark as {@code tandem status} prints it: {@code hwm=(epoch, seq)}. */
	record HighWaterMark(long epoch, long seq) {
	}

	/** The high-water mark of the member with {@code role} in the output of {@code tandem status}, if any. */
	static java.util.Optional<HighWaterMark> highWaterMark(String statusOutput, String role) {
		for (String line : statusOutput.split("\n")) {
			Matcher m = MEMBER.matcher(line);
			if (m.find() && m.group(1).equals(role)) {
				return java.util.Optional.of(new HighWaterMark(Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
			}
		}
		return java.util.Optional.empty();
	}

	/**
	 * The standby's replication lag in facts from the output of {@code tandem status}: server high-water mark
	 * minus standby high-water mark; empty when there is no server and standby of one epoch.
	 */
	static java.util.OptionalLong replicationLag(String statusOutput) {
		var server = highWaterMark(statusOutput, "SERVER");
		var standby = highWaterMark(statusOutput, "STANDBY");
		return server.isPresent() && standby.isPresent() && server.get().epoch() == standby.get().epoch()
				? java.util.OptionalLong.of(server.get().seq() - standby.get().seq())
				: java.util.OptionalLong.empty();
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
					+ "\n" + tails());
		}
		return at;
	}

	/** {@code kill -9}; returns the time it was sent. */
	long kill(String node) throws Exception {
		LaunchedProcess p = nodes.get(node);
		long at = System.currentTimeMillis();
		kills.add(node + "@" + at);
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

	/** The JGroups coordinator of the view {@code node} last installed: its first member. */
	String coordinator(String node) {
		String last = nodes.get(node).lastLine(l -> VIEW.matcher(l).find());
		Matcher m = VIEW.matcher(last);
		if (!m.find()) {
			throw new AssertionError(node + " has installed no view yet");
		}
		return m.group(1).split(", ")[0];
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

	/**
	 * The end of a run: lets the last facts arrive (3 s), stops every process and runs {@code tandem check} over alpha
	 * and beta from {@code from} until a second before the stop, with the station's confirmed actions.
	 */
	LaunchedProcess stopAndCheck(long from, Duration timeout) throws Exception {
		Thread.sleep(3_000);
		long to = System.currentTimeMillis() - 1_000;
		stopAll();
		return check(from, to, List.of("alpha", "beta"), confirmedActions(), timeout);
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
		if (!kills.isEmpty()) {
			args.addAll(List.of("--down", String.join(",", kills)));
		}
		LaunchedProcess check = LaunchedProcess.start(args, Map.of());
		check.waitForExit(timeout);
		return check;
	}

	static String tail(String output) {
		String[] lines = output.split("\n");
		return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
	}

	/**
	 * Writes the output of every process this harness started to {@code target/fault-logs/<run>/} (one file per
	 * process, numbered in start order), so a failed run on CI can be read afterwards: which node said what, when.
	 * {@code -Dtandem.faults.logs=DIR} writes them elsewhere; {@code -Dtandem.faults.keepData=true} copies each
	 * node's data directory there too (after the nodes stopped), to read its history with {@code tandem export}.
	 */
	private void keepLogs() {
		if (started.isEmpty()) {
			return;
		}
		Path dir = Path.of(System.getProperty("tandem.faults.logs", "target/fault-logs"))
				.resolve(java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-'));
		try {
			Files.createDirectories(dir);
			for (int i = 0; i < started.size(); i++) {
				Map.Entry<String, LaunchedProcess> e = started.get(i);
				Files.writeString(dir.resolve(String.format("%02d-%s.log", i + 1, e.getKey())), e.getValue().timedOutput());
			}
			System.out.println("fault run logs: " + dir.toAbsolutePath());
			if (Boolean.getBoolean("tandem.faults.keepData")) {
				nodes.values().forEach(LaunchedProcess::close);
				for (String node : List.of("alpha", "beta")) {
					copyTree(data(node), dir.resolve("data-" + node));
				}
			}
		} catch (java.io.IOException e) {
			System.out.println("could not keep the fault run's logs in " + dir + ": " + e);
		}
	}

	private static void copyTree(Path from, Path to) throws java.io.IOException {
		if (!Files.isDirectory(from)) {
			return;
		}
		try (java.util.stream.Stream<Path> all = Files.walk(from)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	@Override
	public void close() {
		keepLogs();
		nodes.values().forEach(LaunchedProcess::close);
		stations.values().forEach(LaunchedProcess::close);
		finished.forEach(LaunchedProcess::close);
	}
}
