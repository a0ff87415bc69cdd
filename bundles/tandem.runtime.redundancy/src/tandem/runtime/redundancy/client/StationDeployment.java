package tandem.runtime.redundancy.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import tandem.model.Project;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.redundancy.deploy.Deployment;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.runtime.redundancy.deploy.VersionStore;

/**
 * An operator station's part in online deployment: it stages what the server sends (verifying the hash), switches
 * on the server's activation message and adopts the server's version after a reconnect. It keeps its versions in a
 * temporary folder for the life of the station (the servers keep the history). Its start version has only a hash:
 * a station started from a project file does not know which number the cluster gave it.
 */
final class StationDeployment implements Deployment.Host {

	private final ClusterMember member;

	private StationDeployment(ClusterMember member) {
		this.member = member;
	}

	static Deployment create(ClusterMember member, ClusterSettings settings, String projectHash) {
		try {
			java.nio.file.Path dir = Files.createTempDirectory("tandem-station-" + member.nodeName() + "-");
			dir.toFile().deleteOnExit();
			ProjectVersion start = new ProjectVersion(1, projectHash, 0, "", 0, List.of(), new byte[0]);
			return new Deployment(new StationDeployment(member), new VersionStore(dir), start, null);
		} catch (IOException e) {
			throw new UncheckedIOException("station " + member.nodeName() + ": no folder for staged project versions: "
					+ e.getMessage(), e);
		}
	}

	@Override
	public String name() {
		return member.nodeName();
	}

	@Override
	public ClusterMember member() {
		return member;
	}

	@Override
	public Set<String> topologyNodes() {
		return Set.of(); // never stages on others: a station never serves
	}

	@Override
	public String cannotRun(Project project) {
		return null; // a station shows what any valid project holds
	}

	@Override
	public void recordActivation(int version, String hash, String text) {
		throw new IllegalStateException("station " + name() + " never serves, so it records no activation");
	}

	@Override
	public void apply(ProjectVersion version, Project project) {
		// the listeners (the operator client's screens) take the new project
	}
}
