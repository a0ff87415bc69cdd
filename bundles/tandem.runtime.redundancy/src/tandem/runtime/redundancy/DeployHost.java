package tandem.runtime.redundancy;

import java.util.LinkedHashSet;
import java.util.Set;

import tandem.model.Project;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.core.config.DriverDefinition;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.redundancy.deploy.Deployment;
import tandem.runtime.redundancy.deploy.ProjectVersion;

/** A runtime node as online deployment sees it: compile and check a version, record its activation, apply it. */
final class DeployHost implements Deployment.Host {

	private final RedundantNode node;

	DeployHost(RedundantNode node) {
		this.node = node;
	}

	@Override
	public String name() {
		return node.name();
	}

	@Override
	public ClusterMember member() {
		return node.member();
	}

	@Override
	public Set<String> topologyNodes() {
		Set<String> out = new LinkedHashSet<>();
		for (NodeSpec n : node.settings().nodes()) {
			out.add(n.name());
		}
		return out;
	}

	@Override
	public String cannotRun(Project project) {
		RuntimeConfiguration c;
		try {
			c = new ProjectCompiler().compile(project);
		} catch (RuntimeException e) {
			return "it does not compile: " + e.getMessage();
		}
		for (DriverDefinition d : c.drivers()) {
			if (!node.driverKinds().contains(d.kind())) {
				return "driver " + d.name() + " has kind " + d.kind() + ", for which node " + node.name()
						+ " has no driver (it has " + node.driverKinds() + ")";
			}
		}
		return null;
	}

	@Override
	public void recordActivation(int version, String hash, String text) throws Exception {
		long now = System.currentTimeMillis();
		CelEntry fact = CelEntry.system(node.name(), Deployment.ACTIVATE_EVENT + version, now, text);
		node.member().record(FactPayload.unstamped(fact)); // throws when this node no longer serves
	}

	@Override
	public void apply(ProjectVersion version, Project project) {
		node.apply(new ProjectCompiler().compile(project), version.hash(), version.number());
	}
}
