package tandem.runtime.redundancy;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import tandem.model.Node;
import tandem.model.Project;
import tandem.model.Topology;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;

/**
 * The project's topology as cluster settings: every node with host, port, kind and priority (the initial hosts of
 * discovery), the witness, the failure-detection timings, and the local node's host as bind address.
 *
 * <p>The cluster secret belongs to the deployment, not to the project: the topology only names it.
 * {@code env:NAME} reads the environment variable NAME, {@code file:PATH} reads a file (relative paths are
 * resolved against the project file's folder; surrounding white space is ignored). A secret that cannot be found
 * is a start-up error naming the reference and where it was looked for.
 */
public final class TopologySettings {

	private TopologySettings() {
	}

	/**
	 * @param projectFile the file the project was loaded from (for {@code file:} references and messages)
	 * @param localNode   the node that joins (its host becomes the bind address; not in the topology: loopback)
	 * @param environment environment lookup ({@code System::getenv} in production)
	 */
	public static ClusterSettings.Builder from(Project project, Path projectFile, String localNode,
			UnaryOperator<String> environment) {
		return from(project, projectFile, localNode, environment, NodeKind.CLIENT);
	}

	/**
	 * Like {@link #from(Project, Path, String, UnaryOperator)}; a local node that is not in the topology joins as
	 * {@code observerKind} ({@link NodeKind#STUDIO} for the studio and the deploy tools: never a voter, never a
	 * staging target).
	 */
	public static ClusterSettings.Builder from(Project project, Path projectFile, String localNode,
			UnaryOperator<String> environment, NodeKind observerKind) {
		Topology t = project.getTopology();
		if (t == null) {
			throw new IllegalArgumentException(projectFile + ": project " + project.getName() + " has no topology");
		}
		byte[] secret = secret(t.getSecretRef(), projectFile, environment);
		ClusterSettings.Builder b = ClusterSettings.builder(t.getClusterName(), secret)
				.failureDetection(t.getFailureDetectionTimeoutMs(), t.getHeartbeatIntervalMs(),
						t.getVerifySuspectTimeoutMs()).startAloneGraceMs(ClusterSettings.START_ALONE_GRACE_MS);
		String bind = "127.0.0.1";
		boolean inTopology = false;
		String firstHost = null;
		for (Node n : t.getNodes()) {
			if (firstHost == null && n.getHost() != null && !n.getHost().isBlank()) {
				firstHost = n.getHost();
			}
			inTopology |= n.getName().equals(localNode);
			b.node(new NodeSpec(n.getName(), n.getHost(), n.getPort(), kind(n), priority(n)));
			if (n.getName().equals(localNode) && n.getHost() != null && !n.getHost().isBlank()) {
				bind = n.getHost();
			}
		}
		if (!inTopology) { // an observer (tandem status): a client on a free port, never a voter
			bind = firstHost == null ? bind : addressToward(firstHost, projectFile);
			b.node(new NodeSpec(localNode, bind, freePort(bind), observerKind, Integer.MAX_VALUE)).tool(true);
		}
		if (t.getWitness() != null) {
			b.witness(t.getWitness().getName());
		}
		testLatency(environment.apply(TEST_LATENCY), b);
		return b.bindAddress(bind);
	}

	/** Test only: {@code MEAN,JITTER} in ms delays every message a member receives (the network soak benchmark). */
	public static final String TEST_LATENCY = "TANDEM_TEST_LATENCY";

	private static void testLatency(String value, ClusterSettings.Builder b) {
		if (value == null || value.isBlank()) {
			return;
		}
		String[] parts = value.trim().split(",");
		try {
			b.latency(Integer.parseInt(parts[0].trim()), parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(TEST_LATENCY + "=" + value + ": expected MEAN,JITTER in milliseconds");
		}
	}

	/**
	 * The local address this machine sends from toward {@code host}: where an observer binds, so it reaches the
	 * nodes whether they run on loopback or on a plant network (a socket bound to 127.0.0.1 cannot reach 10.0.0.5).
	 * Connecting a datagram socket only consults the routing table; nothing is sent.
	 */
	private static String addressToward(String host, Path projectFile) {
		try (DatagramSocket probe = new DatagramSocket()) {
			probe.connect(InetAddress.getByName(host), 9);
			InetAddress local = probe.getLocalAddress();
			return local.isAnyLocalAddress() ? "127.0.0.1" : local.getHostAddress();
		} catch (IOException e) {
			throw new IllegalArgumentException(projectFile + ": no route from this machine to node host " + host
					+ ": " + e.getMessage(), e);
		}
	}

	private static int freePort(String bind) {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bind))) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new IllegalStateException("no free TCP port on " + bind + " for an observer: " + e.getMessage(), e);
		}
	}

	private static NodeKind kind(Node n) {
		return switch (n.getRole()) {
		case SERVER_CAPABLE -> NodeKind.SERVER_CAPABLE;
		case WITNESS -> NodeKind.WITNESS;
		case CLIENT -> NodeKind.CLIENT;
		};
	}

	private static int priority(Node n) {
		return n.getPriority() > 0 ? n.getPriority() : Integer.MAX_VALUE;
	}

	/** Resolves {@code env:NAME} or {@code file:PATH}; throws with the reference named when it cannot. */
	public static byte[] secret(String ref, Path projectFile, UnaryOperator<String> environment) {
		String where = projectFile + ": topology secretRef '" + ref + "'";
		if (ref == null || ref.isBlank()) {
			throw new IllegalArgumentException(projectFile + ": the topology names no cluster secret (secretRef)");
		}
		if (ref.startsWith("env:")) {
			String name = ref.substring(4);
			String value = environment.apply(name);
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(where + ": environment variable " + name + " is not set");
			}
			return value.strip().getBytes(StandardCharsets.UTF_8);
		}
		if (ref.startsWith("file:")) {
			Path base = projectFile.toAbsolutePath().getParent();
			Path file = base.resolve(ref.substring(5));
			try {
				String value = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (value.isEmpty()) {
					throw new IllegalArgumentException(where + ": secret file " + file + " is empty");
				}
				return value.getBytes(StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new IllegalArgumentException(where + ": cannot read secret file " + file + " (" + e + ")", e);
			}
		}
		throw new IllegalArgumentException(where + " is neither env:NAME nor file:PATH");
	}
}
