package tandem.studio.core.deploy;

import java.nio.file.Path;
import java.util.List;

import tandem.model.Project;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberInfo;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.redundancy.TopologySettings;
import tandem.runtime.redundancy.deploy.DeployClient;
import tandem.runtime.redundancy.deploy.DeployMessage;

/**
 * The studio's membership in a project's cluster: a {@code STUDIO} member authenticated with the cluster secret
 * the topology names (from the environment or a file next to the project), never a voter and never a staging
 * target. The Cluster view reads {@link #members()}; the Deploy wizard lists versions and deploys through it.
 */
public final class ClusterConnection implements AutoCloseable {

	private final DeployClient client;
	private final String clusterName;

	private final java.util.List<tandem.runtime.cluster.ClusterListener> relayed = new java.util.concurrent.CopyOnWriteArrayList<>();

	private ClusterConnection(DeployClient client, String clusterName) {
		this.client = client;
		this.clusterName = clusterName;
		client.member().addListener(new tandem.runtime.cluster.ClusterListener() { // one relay: listeners come and go
			@Override
			public void serverChanged(String node, long epoch) {
				relayed.forEach(l -> l.serverChanged(node, epoch));
			}

			@Override
			public void published(tandem.runtime.cluster.ReplicatedFact fact) {
				relayed.forEach(l -> l.published(fact));
			}
		});
	}

	/** Hears the server changes and the server's publications (values, alarms, status) while added. */
	public void addListener(tandem.runtime.cluster.ClusterListener l) {
		relayed.add(l);
	}

	public void removeListener(tandem.runtime.cluster.ClusterListener l) {
		relayed.remove(l);
	}

	/**
	 * Joins the cluster of {@code project}'s topology.
	 *
	 * @throws IllegalArgumentException naming what is wrong: no topology, a cluster secret that cannot be found
	 * @throws Exception when the channel cannot be opened
	 */
	public static ClusterConnection open(Project project, Path projectFile) throws Exception {
		String me = "studio-" + System.getProperty("user.name", "engineer") + "-" + ProcessHandle.current().pid();
		ClusterSettings settings = TopologySettings.from(project, projectFile, me, System::getenv, NodeKind.STUDIO)
				.build();
		return new ClusterConnection(DeployClient.connect(settings, me), settings.clusterName());
	}

	/** For tests: a connection with settings made by hand (SHARED_LOOPBACK). */
	public static ClusterConnection open(ClusterSettings settings, String node) throws Exception {
		return new ClusterConnection(DeployClient.connect(settings, node), settings.clusterName());
	}

	public String clusterName() {
		return clusterName;
	}

	public String nodeName() {
		return client.member().nodeName();
	}

	/** Every member with role, epoch, running hash and high-water mark, as last announced. */
	public List<MemberInfo> members() {
		return client.members();
	}

	public DeployClient client() {
		return client;
	}

	/** The server's version history and the running version with its content (blocks up to timeoutMs). */
	public DeployMessage.Versions versions(long timeoutMs) throws Exception {
		return client.versions(timeoutMs);
	}

	@Override
	public void close() {
		client.close();
	}
}
