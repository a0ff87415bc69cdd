package tandem.runtime.cluster;

import java.util.Objects;

/**
 * One node of the project topology.
 *
 * @param port     TCP port of its cluster channel; 0 lets the operating system choose (tests only)
 * @param priority for server-capable nodes: 1 = primary server, 2 = first standby; lower number wins
 */
public record NodeSpec(String name, String host, int port, NodeKind kind, int priority) {

	public NodeSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		if (name.isBlank()) {
			throw new IllegalArgumentException("topology node without a name");
		}
		host = host == null || host.isBlank() ? "127.0.0.1" : host;
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("topology node " + name + ": port " + port + " is out of range");
		}
	}

	public static NodeSpec server(String name, int priority) {
		return new NodeSpec(name, "127.0.0.1", 0, NodeKind.SERVER_CAPABLE, priority);
	}

	public static NodeSpec of(String name, NodeKind kind) {
		return new NodeSpec(name, "127.0.0.1", 0, kind, Integer.MAX_VALUE);
	}

	public boolean serverCapable() {
		return kind == NodeKind.SERVER_CAPABLE;
	}
}
