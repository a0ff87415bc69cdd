package tandem.runtime.redundancy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import tandem.runtime.cluster.ClusterListener;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.cluster.ReplicatedFact;

/**
 * What {@code tandem status} learns as an observer: the server's own status publication (role, epoch, project
 * hash, history high-water mark, its view). Other members are listed from the server's view; the cluster API does
 * not expose their own announcements yet, so their epoch, hash and high-water mark are printed as unknown, and a
 * server-capable member beside a server with quorum is a standby.
 */
public final class ClusterStatus implements ClusterListener {

	/** The serving node as it described itself. */
	public record Server(String node, String role, long epoch, String projectHash, long hwmEpoch, long hwmSeq,
			List<String> members) {
	}

	private final CompletableFuture<Server> server = new CompletableFuture<>();

	public CompletableFuture<Server> server() {
		return server;
	}

	@Override
	public void published(ReplicatedFact fact) {
		try {
			if (Publication.decode(fact.payload()) instanceof Publication.ServerStatus s) {
				server.complete(new Server(s.node(), s.role(), s.epoch(), s.projectHash(), s.hwmEpoch(), s.hwmSeq(),
						s.members()));
			}
		} catch (IllegalArgumentException e) {
			// not a publication this version understands: not a status
		}
	}

	/** One {@code MEMBER node=... role=... epoch=... hash=... hwm=(e, s)} line per member, the server first. */
	public static List<String> lines(List<NodeSpec> topology, Server s, List<String> view, String observer,
			String localHash) {
		List<String> out = new ArrayList<>();
		out.add("MEMBER node=" + s.node() + " role=" + s.role() + " epoch=" + s.epoch() + " hash=" + s.projectHash()
				+ " hwm=(" + s.hwmEpoch() + ", " + s.hwmSeq() + ")");
		List<String> members = new ArrayList<>(s.members());
		view.stream().filter(m -> !members.contains(m)).forEach(members::add);
		for (String m : members) {
			if (m.equals(s.node())) {
				continue;
			}
			NodeKind kind = topology.stream().filter(n -> n.name().equals(m)).map(NodeSpec::kind).findFirst()
					.orElse(NodeKind.CLIENT);
			String role = m.equals(observer) ? "OBSERVER" : kind == NodeKind.SERVER_CAPABLE ? "STANDBY" : kind.name();
			out.add("MEMBER node=" + m + " role=" + role + " epoch=? hash=" + (m.equals(observer) ? localHash : "?")
					+ " hwm=?");
		}
		return out;
	}
}
