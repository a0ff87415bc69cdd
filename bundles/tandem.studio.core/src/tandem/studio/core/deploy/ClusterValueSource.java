package tandem.studio.core.deploy;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import tandem.model.Project;
import tandem.model.hash.ContentHash;
import tandem.runtime.api.Value;
import tandem.runtime.cluster.ClusterListener;
import tandem.runtime.cluster.MemberInfo;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.redundancy.Publication;

/**
 * The screen preview's values from a running cluster, read-only: over the studio's {@link ClusterConnection} (a
 * STUDIO member, which subscribes to whichever node serves, and again to the new one after a failover) it keeps the
 * last value, quality and time the server published for each variable. It only listens: it never submits an
 * operator action, a write or a deploy. The values are {@link #live()} while a server serves and published within
 * {@link #STALE_AFTER_MS} (the server sends a full snapshot at least every second); otherwise the preview marks
 * them stale. {@link #status()} says whom the values come from and whether the running project is the edited one.
 */
public final class ClusterValueSource implements AutoCloseable {

	/** Without a publication for this long the values count as stale (a full snapshot comes every 1 s). */
	public static final long STALE_AFTER_MS = 3000;

	/** Where the values come from now. */
	public enum State {
		/** No server in view (none reachable yet, or the server died and no standby took over yet). */
		NOT_REACHABLE,
		/** A server is in view and publishes. */
		CONNECTED,
		/** A server is in view but nothing arrived for {@link #STALE_AFTER_MS}. */
		SILENT,
		CLOSED
	}

	/**
	 * @param server      the serving node ("" when none)
	 * @param sameProject true when the server runs the edited project (false also while its hash is unknown)
	 */
	public record Status(State state, String server, String role, long epoch, String runningHash, boolean sameProject) {

		/** "connected to alpha (SERVER, epoch 3)", "not reachable", ... */
		public String text() {
			return switch (state) {
			case NOT_REACHABLE -> "not reachable";
			case CONNECTED -> "connected to " + server + " (" + role + ", epoch " + epoch + ")";
			case SILENT -> "no values from " + server + " for " + STALE_AFTER_MS / 1000 + " s";
			case CLOSED -> "closed";
			};
		}

		public boolean live() {
			return state == State.CONNECTED;
		}
	}

	private final ClusterConnection connection;
	private final String editedHash;
	private final LongSupplier clock;
	private final Map<String, Value> values = new ConcurrentHashMap<>();
	private final ClusterListener listener = new Listener();
	private volatile String server = "";
	private volatile long epoch;
	private volatile String runningHash = "";
	private volatile long lastHeard;
	private volatile boolean snapshotSeen;
	private volatile long publications;
	private volatile boolean closed;

	public ClusterValueSource(ClusterConnection connection, Project edited) {
		this(connection, ContentHash.of(edited), System::currentTimeMillis);
	}

	public ClusterValueSource(ClusterConnection connection, String editedHash, LongSupplier clock) {
		this.connection = connection;
		this.editedHash = editedHash;
		this.clock = clock;
		this.lastHeard = clock.getAsLong(); // a server in view gets the time of a full snapshot before it counts as silent
		connection.addListener(listener);
		connection.client().member().serverNode().ifPresent(s -> {
			server = s;
			epoch = epochOf(s);
		});
	}

	/** True when a server of this connection's cluster is in view now. */
	public static boolean reachable(ClusterConnection connection) {
		return connection.client().member().serverNode().isPresent();
	}

	/** The last published value of every variable heard of, by name (kept after the connection drops). */
	public Map<String, Value> values() {
		return Map.copyOf(values);
	}

	/** True while the values are current (a server serves and publishes). */
	public boolean live() {
		return status().live();
	}

	/** How many publications arrived (for tests and the status line). */
	public long publications() {
		return publications;
	}

	public Status status() {
		if (closed) {
			return new Status(State.CLOSED, "", "", 0, runningHash, false);
		}
		String s = server;
		if (s.isEmpty()) {
			return new Status(State.NOT_REACHABLE, "", "", 0, runningHash, sameProject());
		}
		String role = connection.members().stream().filter(m -> m.node().equals(s)).map(m -> m.role().name())
				.findFirst().orElse("SERVER");
		State state = clock.getAsLong() - lastHeard <= STALE_AFTER_MS ? State.CONNECTED : State.SILENT;
		return new Status(state, s, role, epoch, runningHash, sameProject());
	}

	private boolean sameProject() {
		return !runningHash.isEmpty() && runningHash.equals(editedHash);
	}

	/**
	 * Of {@code variables} (those a screen binds), the ones the cluster has published no value for after a full
	 * snapshot: the running project has no such variable, or it never had a value. Empty until a snapshot came.
	 */
	public Set<String> missing(Collection<String> variables) {
		Set<String> out = new TreeSet<>();
		if (!snapshotSeen) {
			return out;
		}
		for (String v : variables) {
			if (!values.containsKey(v)) {
				out.add(v);
			}
		}
		return out;
	}

	private long epochOf(String node) {
		return connection.members().stream().filter(m -> m.node().equals(node)).mapToLong(MemberInfo::epoch)
				.findFirst().orElse(0);
	}

	/** Stops listening; the connection stays open for the Cluster view. */
	@Override
	public void close() {
		closed = true;
		connection.removeListener(listener);
	}

	private final class Listener implements ClusterListener {
		@Override
		public void serverChanged(String node, long newEpoch) {
			server = node;
			epoch = newEpoch;
			snapshotSeen = false;
		}

		@Override
		public void published(ReplicatedFact fact) {
			Publication p;
			try {
				p = Publication.decode(fact.payload());
			} catch (IllegalArgumentException e) {
				return; // a publication of a newer version: nothing the preview needs
			}
			lastHeard = clock.getAsLong();
			publications++;
			if (p instanceof Publication.ValueChanged v) {
				values.put(v.variable(), v.value());
			} else if (p instanceof Publication.ServerStatus s) {
				runningHash = s.projectHash();
				if (s.node().equals(server)) {
					epoch = Math.max(epoch, s.epoch());
				}
				snapshotSeen = true; // the status ends a full snapshot's batch
			}
		}
	}
}
