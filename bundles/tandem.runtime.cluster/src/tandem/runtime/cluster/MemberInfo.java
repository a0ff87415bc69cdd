package tandem.runtime.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tandem.runtime.cluster.internal.Announcement;

/**
 * One member of the view as a member knows it: itself from its own state, the others from their newest
 * announcement (members announce after every view and role change and every tick). Read-only; for status displays.
 *
 * @param aligned       true once the member's history is aligned both ways with the server's (or it serves)
 * @param highWaterMark newest stamp the member's history holds as received from a server
 */
public record MemberInfo(String node, NodeKind kind, MemberRole role, long epoch, boolean aligned, String projectHash,
		Stamp highWaterMark) {

	public MemberInfo {
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(role, "role");
		projectHash = projectHash == null ? "" : projectHash;
		highWaterMark = highWaterMark == null ? Stamp.ZERO : highWaterMark;
	}

	static MemberInfo of(Announcement a) {
		return new MemberInfo(a.node(), a.kind(), a.role(), a.epoch(), a.aligned(), a.projectHash(),
				a.highWaterMark());
	}

	/**
	 * The members of {@code view} in view order: {@code self} for the local node, the announcement for the others;
	 * a member whose announcement has not arrived yet is left out.
	 */
	static List<MemberInfo> inView(List<String> view, MemberInfo self, Map<String, Announcement> announcements) {
		List<MemberInfo> out = new ArrayList<>(view.size());
		for (String node : view) {
			if (node.equals(self.node())) {
				out.add(self);
			} else if (announcements.containsKey(node)) {
				out.add(of(announcements.get(node)));
			}
		}
		return out;
	}
}
