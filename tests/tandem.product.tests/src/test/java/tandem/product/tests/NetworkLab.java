package tandem.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A small network made in the kernel for the fault harness: every host is a network namespace of its own with one
 * veth whose other end hangs on a Linux bridge in the root namespace, with an address of a test subnet that exists
 * only inside those namespaces. Faults are made where a plant's network makes them: a pulled cable is the host side
 * of the veth taken down, one-way loss a blackhole route in the sender's namespace, random loss an iptables
 * {@code statistic} rule on the receiver's INPUT (a DROP on OUTPUT would make the sender's own send fail, which a
 * lossy wire does not). There is no {@code netem} in this kernel (see the shared network-namespace notes), so
 * latency is not made here.
 * <p>
 * Names carry the test JVM's pid, so parallel runs do not collide, and {@link #close()} removes every namespace,
 * veth and the bridge; a shutdown hook does the same when the run is interrupted, and a new lab first removes what
 * a lab of a dead JVM left behind. When namespaces cannot be made (no root, no iproute2) {@link #create} throws an
 * {@link AssertionError} saying so: the fault tests fail, they are never skipped.
 */
final class NetworkLab implements AutoCloseable {

	private static final String PREFIX = "tdm";

	private final String id;
	private final String subnet;
	private final String bridge;
	private final Map<String, Host> hosts = new LinkedHashMap<>();
	private final Thread cleanup = new Thread(this::removeAll, "network lab cleanup");
	private boolean closed;

	/** One namespace: its name, the host side of its veth (the cable) and its address. */
	record Host(String name, String namespace, String cable, String address) {
	}

	private NetworkLab(String id, String subnet) {
		this.id = id;
		this.subnet = subnet;
		this.bridge = PREFIX + id + "br";
	}

	/** Makes the bridge of a new lab on a subnet 10.X.Y.0/24 chosen from the pid; fails saying why it cannot. */
	static NetworkLab create() {
		long pid = ProcessHandle.current().pid();
		removeLeftovers();
		String id = Long.toString(pid % 100_000, 36);
		NetworkLab lab = new NetworkLab(id, "10." + (100 + pid % 100) + "." + ((pid / 100) % 250) + ".");
		try {
			lab.run("ip", "link", "add", lab.bridge, "type", "bridge");
			lab.run("ip", "link", "set", lab.bridge, "up");
		} catch (IOException e) {
			lab.removeAll();
			throw new AssertionError("the fault harness needs network namespaces (root, iproute2 and iptables;"
					+ " releng/scripts/run-tests.sh installs them) and cannot make them here: " + e.getMessage(), e);
		}
		Runtime.getRuntime().addShutdownHook(lab.cleanup);
		return lab;
	}

	/** Adds the host {@code name} with the next address of the subnet; returns it. */
	Host add(String name) {
		int index = hosts.size() + 1;
		String ns = PREFIX + "-" + id + "-" + name;
		String cable = PREFIX + id + "h" + index;
		String inside = PREFIX + id + "n" + index;
		Host h = new Host(name, ns, cable, subnet + (10 + index));
		hosts.put(name, h);
		try {
			run("ip", "netns", "add", ns);
			run("ip", "link", "add", cable, "type", "veth", "peer", "name", inside);
			run("ip", "link", "set", inside, "netns", ns);
			run("ip", "link", "set", cable, "master", bridge);
			run("ip", "link", "set", cable, "up");
			run("ip", "-n", ns, "link", "set", "lo", "up");
			run("ip", "-n", ns, "link", "set", inside, "name", "eth0");
			run("ip", "-n", ns, "addr", "add", h.address() + "/24", "dev", "eth0");
			run("ip", "-n", ns, "link", "set", "eth0", "up");
			requireIptables(ns);
		} catch (IOException e) {
			throw new AssertionError("cannot make the network namespace of " + name + " (needs root, iproute2 and"
					+ " iptables; releng/scripts/run-tests.sh installs them): " + e.getMessage(), e);
		}
		return h;
	}

	private void requireIptables(String ns) throws IOException {
		run("ip", "netns", "exec", ns, "iptables", "-L", "INPUT", "-n");
	}

	Host host(String name) {
		Host h = hosts.get(name);
		if (h == null) {
			throw new IllegalArgumentException("no host " + name + " in the network lab; hosts: " + hosts.keySet());
		}
		return h;
	}

	String address(String name) {
		return host(name).address();
	}

	/** The command prefix that runs a process inside the namespace of {@code name} (it keeps its pid). */
	List<String> inside(String name) {
		return List.of("ip", "netns", "exec", host(name).namespace());
	}

	/** Pulls the cable of {@code name} (its veth's bridge side down); returns the time. */
	long pullCable(String name) throws IOException {
		long at = System.currentTimeMillis();
		run("ip", "link", "set", host(name).cable(), "down");
		return at;
	}

	/** Plugs the cable of {@code name} back in; returns the time. */
	long plugCable(String name) throws IOException {
		long at = System.currentTimeMillis();
		run("ip", "link", "set", host(name).cable(), "up");
		return at;
	}

	/** Drops every packet {@code from} sends to {@code to}; the reverse direction keeps working. Returns the time. */
	long dropOneWay(String from, String to) throws IOException {
		long at = System.currentTimeMillis();
		run("ip", "-n", host(from).namespace(), "route", "add", "blackhole", address(to) + "/32");
		return at;
	}

	/** Takes back {@link #dropOneWay}; returns the time. */
	long healOneWay(String from, String to) throws IOException {
		long at = System.currentTimeMillis();
		run("ip", "-n", host(from).namespace(), "route", "del", "blackhole", address(to) + "/32");
		return at;
	}

	/** Drops the given share (0..1) of the packets every host receives, at random, until {@link #noLoss()}. */
	void randomLoss(double share) throws IOException {
		for (Host h : hosts.values()) {
			run("ip", "netns", "exec", h.namespace(), "iptables", "-A", "INPUT", "-m", "statistic", "--mode",
					"random", "--probability", Double.toString(share), "-j", "DROP");
		}
	}

	void noLoss() throws IOException {
		for (Host h : hosts.values()) {
			run("ip", "netns", "exec", h.namespace(), "iptables", "-F", "INPUT");
		}
	}

	/** What {@code ss -tni} says inside the namespace of {@code name} (TCP connections, queues, retransmissions). */
	String sockets(String name) throws IOException {
		return run("ip", "netns", "exec", host(name).namespace(), "ss", "-tni");
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			removeAll();
			try {
				Runtime.getRuntime().removeShutdownHook(cleanup);
			} catch (IllegalStateException e) {
				// the JVM is shutting down: the hook runs (or ran) removeAll itself
			}
		}
	}

	/**
	 * Removes the namespaces, veths and bridge of this lab; what is already gone is fine. A process still running in
	 * a namespace (an interrupted run) is killed first: it would keep the namespace alive without a name.
	 */
	private void removeAll() {
		for (Host h : hosts.values()) {
			killProcessesIn(h.namespace());
			quietly("ip", "netns", "delete", h.namespace());
			quietly("ip", "link", "delete", h.cable());
		}
		quietly("ip", "link", "delete", bridge);
	}

	/**
	 * Removes namespaces and bridges of labs whose JVM is dead (a run killed with SIGKILL cannot clean up): the id in
	 * their names is that JVM's pid.
	 */
	private static void removeLeftovers() {
		String self = Long.toString(ProcessHandle.current().pid() % 100_000, 36);
		List<String> namespaces;
		List<String> links;
		try {
			namespaces = List.of(exec(List.of("ip", "netns", "list")).split("\n"));
			links = List.of(exec(List.of("ip", "-o", "link", "show", "type", "bridge")).split("\n"));
		} catch (IOException e) {
			return; // create() reports that namespaces cannot be made
		}
		List<String> live = ProcessHandle.allProcesses().map(p -> Long.toString(p.pid() % 100_000, 36)).toList();
		for (String line : namespaces) {
			String ns = line.split(" ")[0];
			String[] parts = ns.split("-");
			if (parts.length == 3 && parts[0].equals(PREFIX) && !parts[1].equals(self) && !live.contains(parts[1])) {
				killProcessesIn(ns);
				quietly("ip", "netns", "delete", ns);
			}
		}
		for (String line : links) {
			String[] fields = line.split(":\\s*");
			if (fields.length > 1 && fields[1].startsWith(PREFIX) && fields[1].endsWith("br")) {
				String owner = fields[1].substring(PREFIX.length(), fields[1].length() - 2);
				if (!owner.equals(self) && !live.contains(owner)) {
					quietly("ip", "link", "delete", fields[1]);
				}
			}
		}
	}

	private static void killProcessesIn(String namespace) {
		try {
			for (String pid : exec(List.of("ip", "netns", "pids", namespace)).split("\\s+")) {
				if (!pid.isBlank()) {
					ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
				}
			}
		} catch (IOException | NumberFormatException e) {
			// no such namespace (any more): nothing runs in it
		}
	}

	private static void quietly(String... command) {
		try {
			exec(List.of(command));
		} catch (IOException e) {
			// already gone
		}
	}

	private String run(String... command) throws IOException {
		return exec(List.of(command));
	}

	/** Runs a command, bounded to 20 s; its output, or an IOException with the command and what it said. */
	private static String exec(List<String> command) throws IOException {
		Process p;
		try {
			p = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new IOException(String.join(" ", command) + ": " + e.getMessage(), e);
		}
		try {
			if (!p.waitFor(20, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not end within 20 s");
			}
		} catch (InterruptedException e) {
			p.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException(String.join(" ", command) + " interrupted", e);
		}
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (p.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + out.trim());
		}
		return out;
	}

	/** Every host, in the order added. */
	List<Host> hosts() {
		return new ArrayList<>(hosts.values());
	}
}
