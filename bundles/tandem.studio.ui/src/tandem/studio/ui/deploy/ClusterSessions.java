package tandem.studio.ui.deploy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.deploy.ClusterConnection;

/**
 * The studio's connections to the clusters of its open projects, one per project at most, and what the server
 * last told about versions (to show each member's running version by its hash). Connecting and listing run off
 * the UI thread (callers use Jobs); listeners hear of every change.
 */
public final class ClusterSessions {

	private final Map<ProjectSession, ClusterConnection> connections = new HashMap<>();
	private final Map<ProjectSession, DeployMessage.Versions> versions = new HashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public synchronized Optional<ClusterConnection> connection(ProjectSession s) {
		return Optional.ofNullable(connections.get(s));
	}

	/** Joins the cluster of the session's project (blocking; run it in a Job). */
	public ClusterConnection connect(ProjectSession s) throws Exception {
		Optional<ClusterConnection> present = connection(s);
		if (present.isPresent()) {
			return present.get();
		}
		Path file = s.file().orElseThrow(() -> new IllegalArgumentException("save project " + s.displayName()
				+ " first: the cluster secret is found relative to the project file"));
		ClusterConnection c = ClusterConnection.open(s.project(), file);
		synchronized (this) {
			connections.put(s, c);
		}
		fire();
		return c;
	}

	/** Uses a connection opened elsewhere (tests on SHARED_LOOPBACK; a connection made by hand). */
	public void use(ProjectSession s, ClusterConnection c) {
		synchronized (this) {
			connections.put(s, c);
		}
		fire();
	}

	public void disconnect(ProjectSession s) {
		ClusterConnection c;
		synchronized (this) {
			c = connections.remove(s);
			versions.remove(s);
		}
		if (c != null) {
			c.close();
		}
		fire();
	}

	/** Asks the server for its versions (blocking; run it in a Job) and keeps them. */
	public DeployMessage.Versions refreshVersions(ProjectSession s) throws Exception {
		ClusterConnection c = connection(s).orElseThrow(() -> new IllegalStateException("not connected"));
		DeployMessage.Versions v = c.versions(10_000);
		synchronized (this) {
			versions.put(s, v);
		}
		fire();
		return v;
	}

	/** The version number of a project hash by the server's last answer; empty when unknown. */
	public synchronized Optional<Integer> versionOf(ProjectSession s, String hash) {
		DeployMessage.Versions v = versions.get(s);
		if (v == null) {
			return Optional.empty();
		}
		return v.versions().stream().filter(pv -> pv.hash().equals(hash)).map(ProjectVersion::number).findFirst();
	}

	public synchronized Optional<DeployMessage.Versions> versions(ProjectSession s) {
		return Optional.ofNullable(versions.get(s));
	}

	public void addListener(Runnable l) {
		listeners.add(l);
	}

	public void removeListener(Runnable l) {
		listeners.remove(l);
	}

	private void fire() {
		listeners.forEach(Runnable::run);
	}

	/** Leaves every cluster (the studio closes). */
	public void closeAll() {
		List<ProjectSession> all;
		synchronized (this) {
			all = List.copyOf(connections.keySet());
		}
		all.forEach(this::disconnect);
	}
}
