package tandem.runtime.redundancy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import tandem.runtime.cluster.ClusterListener;
import tandem.runtime.cluster.MemberInfo;
import tandem.runtime.cluster.ReplicatedFact;

/**
 * What {@code tandem status} learns as an observer: the server's own status publication (which proves a server is
 * serving) and every member's announcement as the observer's {@link tandem.runtime.cluster.ClusterMember#memberInfos()
 * member view} holds it: role, epoch, project hash, history high-water mark and alignment.
 */
public final class ClusterStatus implements ClusterListener {

	/** The serving node as it described itself. */
	public record Server(String node, String role, long epoch, String projectHash, long hwmEpoch, long hwmSeq,
			List<String> members, long unprotectedSince) {

		/**
		 * {@code PROTECTION node=N protected=true}, or {@code protected=false since=INSTANT} while the server runs
		 * without an aligned standby and confirms operator actions once durable in its own history.
		 */
		public String protectionLine() {
			return "PROTECTION node=" + node + (unprotectedSince == 0 ? " protected=true"
					: " protected=false since=" + java.time.Instant.ofEpochMilli(unprotectedSince));
		}
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
						s.members(), s.unprotectedSince()));
			}
		} catch (IllegalArgumentException e) {
			// not a publication this version understands: not a status
		}
	}

	/**
	 * One {@code MEMBER node=... role=... epoch=... hash=... hwm=(e, s) aligned=...} line per member of the view,
	 * the server first. The server's line comes from its publication when its announcement has not arrived; another
	 * member not heard from yet prints {@code ?} for what is unknown.
	 */
	public static List<String> lines(Server s, List<MemberInfo> infos, List<String> view, String observer) {
		return lines(s, infos, view, observer, null);
	}

	/**
	 * Like {@link #lines(Server, List, List, String)}, each line ending with {@code version=N}: the project version
	 * whose hash the member runs, by the server's version history ({@code ?} when the hash is not in it, {@code -}
	 * for members that run no project). Null {@code versionByHash}: no version column.
	 */
	public static List<String> lines(Server s, List<MemberInfo> infos, List<String> view, String observer,
			Map<String, Integer> versionByHash) {
		List<String> plain = plainLines(s, infos, view, observer);
		if (versionByHash == null) {
			return plain;
		}
		Map<String, MemberInfo> known = infos.stream()
				.collect(Collectors.toMap(MemberInfo::node, Function.identity(), (x, y) -> y));
		List<String> out = new ArrayList<>();
		for (String l : plain) {
			String node = l.substring("MEMBER node=".length(), l.indexOf(' ', "MEMBER node=".length()));
			MemberInfo i = known.get(node);
			String hash = i != null ? i.projectHash() : node.equals(s.node()) ? s.projectHash() : "";
			Integer v = versionByHash.get(hash);
			out.add(l + " version=" + (hash.isEmpty() ? "-" : v == null ? "?" : v.toString()));
		}
		return out;
	}

	private static List<String> plainLines(Server s, List<MemberInfo> infos, List<String> view, String observer) {
		Map<String, MemberInfo> known = infos.stream()
				.collect(Collectors.toMap(MemberInfo::node, Function.identity(), (x, y) -> y));
		Set<String> nodes = new LinkedHashSet<>();
		nodes.add(s.node());
		nodes.addAll(view);
		List<String> out = new ArrayList<>();
		for (String node : nodes) {
			MemberInfo i = known.get(node);
			if (i != null) {
				String role = node.equals(observer) ? "OBSERVER" : i.role().name();
				out.add(line(node, role, Long.toString(i.epoch()), i.projectHash(),
						"(" + i.highWaterMark().epoch() + ", " + i.highWaterMark().seq() + ")",
						Boolean.toString(i.aligned())));
			} else if (node.equals(s.node())) {
				out.add(line(node, s.role(), Long.toString(s.epoch()), s.projectHash(),
						"(" + s.hwmEpoch() + ", " + s.hwmSeq() + ")", "true"));
			} else {
				out.add(line(node, "?", "?", "?", "?", "?"));
			}
		}
		return out;
	}

	private static String line(String node, String role, String epoch, String hash, String hwm, String aligned) {
		return "MEMBER node=" + node + " role=" + role + " epoch=" + epoch + " hash=" + hash + " hwm=" + hwm
				+ " aligned=" + aligned;
	}

	/** True when every member of {@code view} has announced itself, so the lines hold no {@code ?}. */
	public static boolean everyoneHeard(List<MemberInfo> infos, List<String> view) {
		Set<String> heard = infos.stream().map(MemberInfo::node).collect(Collectors.toSet());
		return heard.containsAll(view);
	}
}
