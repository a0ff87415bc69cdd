package tandem.runtime.redundancy.deploy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.InMemoryFactStore;
import tandem.runtime.cluster.MemberInfo;
import tandem.runtime.cluster.MemberRole;

/**
 * The engineer's side of online deployment: a {@code STUDIO} member of the project's cluster (authenticated with
 * the cluster secret like every member, never a voter, never staged on) that lists the versions, sends a deploy
 * to the server and follows its progress to the end. Used by the studio and by {@code tandem deploy}.
 */
public final class DeployClient implements AutoCloseable {

	private final ClusterMember member;
	private final Map<String, BlockingQueue<DeployMessage.Progress>> deploys = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<DeployMessage.Versions>> lists = new ConcurrentHashMap<>();

	private DeployClient(ClusterMember member) {
		this.member = member;
	}

	/** Joins the cluster as {@code node} (a STUDIO node of {@code settings}). */
	public static DeployClient connect(ClusterSettings settings, String node) throws Exception {
		ClusterMember m = new ClusterMember(settings, node, new InMemoryFactStore(), "");
		DeployClient c = new DeployClient(m);
		m.onDeployment(c::received);
		m.start();
		return c;
	}

	public ClusterMember member() {
		return member;
	}

	/** Every member with role, epoch and running project hash, this one included. */
	public List<MemberInfo> members() {
		return member.memberInfos();
	}

	/** Waits until a server is in view. */
	public String awaitServer(long timeoutMs) throws TimeoutException, InterruptedException {
		long end = System.currentTimeMillis() + timeoutMs;
		while (System.currentTimeMillis() < end) {
			if (member.serverNode().isPresent()) {
				return member.serverNode().get();
			}
			Thread.sleep(20);
		}
		throw new TimeoutException("no server of cluster " + member.nodeName() + "'s project answered within "
				+ timeoutMs + " ms; members in view: " + member.members());
	}

	/** The server's version history and its running version (with content). */
	public DeployMessage.Versions versions(long timeoutMs) throws Exception {
		return versions(0, timeoutMs);
	}

	/** Like {@link #versions(long)}, with the content of version {@code contentOf} (0: none). */
	public DeployMessage.Versions versions(int contentOf, long timeoutMs) throws Exception {
		String server = awaitServer(timeoutMs);
		String id = UUID.randomUUID().toString();
		CompletableFuture<DeployMessage.Versions> f = new CompletableFuture<>();
		lists.put(id, f);
		try {
			member.sendDeployment(server, DeployMessage.encode(new DeployMessage.ListVersions(id, contentOf)));
			return f.get(timeoutMs, TimeUnit.MILLISECONDS);
		} finally {
			lists.remove(id);
		}
	}

	/**
	 * Sends the project to the server and reports every step to {@code progress} until the deploy is refused,
	 * failed or active; returns that last step. A server that goes silent for {@code silenceMs} ends it as FAILED
	 * (its outcome is then whatever the cluster shows: {@link #members()}).
	 */
	public DeployMessage.Progress deploy(String user, char[] password, int baseVersion, String hash, byte[] content,
			boolean force, java.util.Set<String> overwrite, Consumer<DeployMessage.Progress> progress, long silenceMs)
			throws Exception {
		String server = awaitServer(silenceMs);
		String id = UUID.randomUUID().toString();
		BlockingQueue<DeployMessage.Progress> q = new LinkedBlockingQueue<>();
		deploys.put(id, q);
		try {
			member.sendDeployment(server, DeployMessage.encode(new DeployMessage.Request(id, user, password,
					baseVersion, hash, force, overwrite, content)));
			long lastHeard = System.currentTimeMillis();
			while (true) {
				DeployMessage.Progress p = q.poll(250, TimeUnit.MILLISECONDS);
				if (p == null && !member.members().contains(server)) {
					return new DeployMessage.Progress(id, DeployMessage.Step.FAILED, server, "server " + server
							+ " left the cluster during the deploy; the members run the version they show now",
							0, List.of());
				}
				if (p == null && System.currentTimeMillis() - lastHeard < silenceMs) {
					continue;
				}
				lastHeard = System.currentTimeMillis();
				if (p == null) {
					String now = member.serverNode().orElse("none");
					return new DeployMessage.Progress(id, DeployMessage.Step.FAILED, server, "server " + server
							+ " went silent for " + silenceMs / 1000 + " s (server now: " + now
							+ "); check the versions the members run", 0, List.of());
				}
				progress.accept(p);
				if (p.finished()) {
					return p;
				}
			}
		} finally {
			deploys.remove(id);
		}
	}

	private void received(String from, byte[] payload) {
		DeployMessage m;
		try {
			m = DeployMessage.decode(payload);
		} catch (java.io.IOException e) {
			System.getLogger(DeployClient.class.getName()).log(System.Logger.Level.WARNING,
					"dropped a malformed deployment message from " + from + ": " + e.getMessage());
			return;
		}
		if (m instanceof DeployMessage.Progress p) {
			BlockingQueue<DeployMessage.Progress> q = deploys.get(p.requestId());
			if (q != null) {
				q.add(p);
			}
		} else if (m instanceof DeployMessage.Versions v) {
			CompletableFuture<DeployMessage.Versions> f = lists.get(v.requestId());
			if (f != null) {
				f.complete(v);
			}
		}
	}

	public boolean connected() {
		return member.role() == MemberRole.STUDIO;
	}

	@Override
	public void close() {
		member.stop();
	}
}
