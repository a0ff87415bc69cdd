package tandem.runtime.cluster;

import java.util.Optional;
import java.util.concurrent.ExecutorService;

import org.jgroups.Address;

import tandem.runtime.cluster.internal.Envelope;

/**
 * A server-capable node's side of alignment: it aligns its history with every new server it follows (on joining,
 * after a failover, after a merge of partitions) and knows whether it is aligned, which decides whether it counts as
 * a ready standby. Runs on the member's control thread; the transfer itself runs in {@link NetworkAlignment}.
 */
final class AlignmentFollower implements NetworkAlignment.Host {

	private final ClusterMember member;
	private final ClusterSettings settings;
	private final NetworkAlignment alignment;
	private volatile boolean aligned;
	private volatile AlignmentReport last;
	private Address alignedWith;

	AlignmentFollower(ClusterMember member, ClusterSettings settings, FactStore store, ExecutorService worker) {
		this.member = member;
		this.settings = settings;
		this.alignment = new NetworkAlignment(member.nodeName(), store, this, worker);
	}

	boolean aligned() {
		return aligned;
	}

	Optional<AlignmentReport> last() {
		return Optional.ofNullable(last);
	}

	/** Follows the server the member sees (null: none): a new server means a new alignment. */
	void follow(Address server, String node) {
		if (server == null) {
			alignment.cancel();
			alignedWith = null;
		} else if (!server.equals(alignedWith)) {
			alignedWith = server;
			alignment.begin(server, node, settings.alignmentBucketMillis());
		}
	}

	/** The other side of a partition recorded on its own: align again before counting as ready. */
	void merged() {
		aligned = false;
		alignedWith = null;
	}

	/**
	 * This node stopped serving without handing over at a sequence point (a newer epoch fenced it after a pause, it
	 * lost quorum, a newer incarnation took over): what it recorded alone and what the new server recorded meanwhile
	 * differ, so it is not a ready standby (nor a switch-back target) until it has aligned with the new server.
	 */
	void steppedDown() {
		aligned = false;
		alignedWith = null;
	}

	/** This node serves: its history is the reference now; the standbys align with it. */
	void serving() {
		alignment.cancel();
		alignedWith = null;
		aligned = true;
	}

	void tick() {
		if (alignment.dropStalled()) {
			alignedWith = null; // the next evaluation starts a new session
		}
	}

	void stop() {
		alignment.cancel();
	}

	void digests(Address from, String fromNode, Envelope e) throws java.io.IOException {
		alignment.digests(from, fromNode, e);
	}

	void facts(Address from, Envelope e) throws java.io.IOException {
		alignment.facts(from, e);
	}

	@Override
	public void send(Address to, Envelope e) {
		member.send(to, e);
	}

	@Override
	public long epoch() {
		return member.epoch();
	}


	@Override
	public void progress(String peer, long done, long total) {
		member.fireEvent(l -> l.alignmentProgress(peer, done, total));
	}

	@Override
	public void finished(AlignmentReport r) {
		member.onControl(() -> {
			if (member.role() == MemberRole.SERVER || alignedWith == null
					|| !r.peer().equals(member.serverNode().orElse(""))) {
				return; // a late end of an alignment with a server that is gone
			}
			last = r;
			boolean first = !aligned;
			aligned = true;
			member.fireEvent(l -> l.alignmentFinished(r));
			if (first) {
				member.alignedNow();
			}
		});
	}
}
