package tandem.runtime.cluster;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.jgroups.Address;

import tandem.runtime.cluster.internal.Announcement;
import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MessageType;
import tandem.runtime.cluster.internal.Replicator;

/**
 * The planned switch-back to the topology's preferred server. When that node has returned, finished aligning and
 * holds the current project, the running server stops accepting facts (a sequence point: {@link Replicator#seal()}),
 * waits until every standby acknowledged the last one, and sends HANDOVER(epoch, lastSeq) to the preferred node.
 * From the seal on it gives up its lease ({@link ServerLease#handingOver}): no operator action, no field write.
 * That node promotes with a new epoch and continues after lastSeq; the old server steps down when it sees the new
 * epoch. Until then it keeps announcing itself as server, so neither election nor clients see a moment without
 * one. Facts observed while sealed go to the shadow buffers, and the new server records them on promotion. If the
 * switch does not complete in time, the old server accepts facts again, records what its own shadow buffer kept while
 * sealed (the standby's copy of those facts would otherwise be lost with its shadow buffer) and tries later. A server
 * that steps down for any other reason than this handover is no longer aligned (see
 * {@link AlignmentFollower#steppedDown()}), so it is not chosen as the target before it aligned again. Runs on the
 * control thread.
 */
final class SwitchBack {

	private static final Logger LOG = System.getLogger(SwitchBack.class.getName());
	static final long FLUSH_TIMEOUT_MS = 2000;
	static final long TAKEOVER_TIMEOUT_MS = 3000;
	static final long RETRY_MS = 5000;

	private final ClusterMember member;
	private final ClusterSettings settings;
	private final NodeSpec local;
	private String target;
	private Stamp point;
	private Replicator sealed;
	private long notBefore;

	SwitchBack(ClusterMember member, ClusterSettings settings, NodeSpec local) {
		this.member = member;
		this.settings = settings;
		this.local = local;
	}

	/** The node the server is handing over to, if a switch is under way. */
	Optional<String> target() {
		return Optional.ofNullable(target);
	}

	/** Server: starts the switch when the preferred server is back, aligned and on the current project. */
	void consider(Replicator r, Map<String, Announcement> peers, String projectHash) {
		if (!settings.switchBack() || r == null || target != null || System.currentTimeMillis() < notBefore) {
			return;
		}
		Optional<NodeSpec> preferred = settings.nodes().stream().filter(NodeSpec::serverCapable)
				.min(Comparator.comparingInt(NodeSpec::priority));
		if (preferred.isEmpty() || preferred.get().name().equals(local.name())
				|| preferred.get().priority() >= local.priority()) {
			return;
		}
		Announcement a = peers.get(preferred.get().name());
		if (a == null || a.role() != MemberRole.STANDBY || !a.aligned() || !a.projectHash().equals(projectHash)) {
			return;
		}
		target = a.node();
		sealed = r;
		point = r.seal();
		LOG.log(Level.INFO, "node {0}: switching back to preferred server {1} at {2}", local.name(), target, point);
		member.handingOver("handing over to preferred server " + target + " at " + point);
		r.awaitHeld("switch-back", point, FLUSH_TIMEOUT_MS)
				.whenComplete((c, e) -> member.onControl(() -> flushed(r, c)));
	}

	private void flushed(Replicator r, Confirmation c) {
		if (sealed != r || target == null) {
			return;
		}
		if (c == null || c.outcome() != Confirmation.Outcome.HELD_BY_STANDBY) {
			abort("the standbys did not acknowledge " + point + (c == null ? "" : ": " + c.detail()));
			return;
		}
		Address to = member.peerTable().addressOf(target);
		if (to == null) {
			abort(target + " left the view");
			return;
		}
		String t = target;
		member.send(to, new Envelope(MessageType.HANDOVER, point.epoch(), point.seq(),
				t.getBytes(StandardCharsets.UTF_8)));
		member.onControlAfter(() -> {
			if (sealed == r && target != null) {
				abort(t + " did not take over within " + TAKEOVER_TIMEOUT_MS + " ms");
			}
		}, TAKEOVER_TIMEOUT_MS);
	}

	/** The server stepped down: the reason to report, naming the switch when this was it. */
	String steppedDown(String electionReason) {
		String t = target;
		Stamp p = point;
		reset();
		return t == null ? electionReason : "planned switch-back to preferred server " + t + " at " + p;
	}

	/** Standby: the server hands over; true when this node may promote (it is the target, aligned, current). */
	boolean accept(Envelope e, String fromNode, boolean aligned, long newestEpoch) {
		String to = new String(e.payload(), StandardCharsets.UTF_8);
		if (!to.equals(local.name()) || !aligned || member.role() != MemberRole.STANDBY
				|| !fromNode.equals(member.serverNode().orElse("")) || e.epoch() < newestEpoch) {
			LOG.log(Level.WARNING, "node {0}: handover from {1} at ({2}, {3}) to {4} refused (aligned {5}, role {6})",
					local.name(), fromNode, e.epoch(), e.seq(), to, aligned, member.role());
			return false;
		}
		return true;
	}

	private void abort(String why) {
		String t = target;
		Replicator r = sealed;
		reset();
		int kept = r == null ? 0 : member.resumeRecording(r);
		member.handingOver(null);
		LOG.log(Level.WARNING, "node {0}: switch-back to {1} abandoned, serving on and recording {2} facts kept while"
				+ " handing over: {3}", local.name(), t, kept, why);
		notBefore = System.currentTimeMillis() + RETRY_MS;
	}

	private void reset() {
		target = null;
		point = null;
		sealed = null;
	}
}
