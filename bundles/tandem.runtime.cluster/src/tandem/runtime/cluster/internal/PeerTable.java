package tandem.runtime.cluster.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jgroups.Address;
import org.jgroups.MergeView;
import org.jgroups.View;

import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeSpec;

/**
 * The members a node sees: the current view read in topology node names, and the newest announcement of each
 * member. A view can briefly hold two incarnations of one node name (a process restarted before its old
 * incarnation was excluded); the newer incarnation wins and the old address is ignored for election, replication
 * and clients. Announcements are kept with their sender's address, so one from an old incarnation (or one that
 * arrived before the view that holds its sender) never counts.
 */
public final class PeerTable {

	private record Peer(Address address, Announcement announcement, long at) {
	}

	private final ClusterSettings settings;
	private final String localNode;
	private final Map<String, Peer> peers = new HashMap<>();
	private View view;
	private long viewAt;
	private Map<String, Address> current = Map.of();
	/** Members that left the view, by node name: their newest address and when they left (see {@link #leftRecently}). */
	private final Map<String, Left> left = new HashMap<>();

	private record Left(Address address, long at) {
	}

	public PeerTable(ClusterSettings settings, String localNode) {
		this.settings = settings;
		this.localNode = localNode;
	}

	/**
	 * Installs a view. After a merge, what members of the other side said before it no longer counts: UNICAST3
	 * delivers the messages a cut-off member missed once the link is back, so an announcement kept from then can be
	 * one from before the partition (a standby that has been serving since); the election waits for fresh ones.
	 */
	public synchronized void view(View v) {
		view(v, System.currentTimeMillis());
	}

	/** {@link #view(View)} at {@code now}, for tests. */
	synchronized void view(View v, long now) {
		View before = view;
		Map<String, Address> was = current;
		view = v;
		viewAt = now;
		current = MemberChannel.newestIncarnations(v);
		was.forEach((node, address) -> {
			if (!current.containsKey(node)) {
				left.put(node, new Left(address, now));
			}
		});
		left.keySet().removeAll(current.keySet());
		peers.values().removeIf(p -> !v.containsMember(p.address));
		if (v instanceof MergeView && before != null) {
			peers.values().removeIf(p -> !before.containsMember(p.address));
		}
	}

	public synchronized View view() {
		return view;
	}

	/** Keeps an announcement; true when it is the first one of this address (a newcomer to answer directly). */
	public synchronized boolean announced(Address from, Announcement a) {
		return announced(from, a, System.currentTimeMillis());
	}

	/** {@link #announced(Address, Announcement)} at {@code now}, for tests. */
	synchronized boolean announced(Address from, Announcement a, long now) {
		Peer before = peers.put(a.node(), new Peer(from, a, now));
		return before == null || !before.address.equals(from);
	}

	/** Node names of the view, each once (newest incarnation). */
	public synchronized List<String> members() {
		return view == null ? List.of() : new ArrayList<>(current.keySet());
	}

	/** The address of the node's newest incarnation in view, or null. */
	public synchronized Address addressOf(String node) {
		return current.get(node);
	}

	/**
	 * The address of {@code node}'s newest incarnation when it left the view less than {@code withinMs} before
	 * {@code now}, or null (in view, never seen, or gone longer). A merge can be partial: JGroups may install a merged
	 * view without a member that still sees this node in its own view, and merge again seconds later; such a member
	 * still answers what is sent to it.
	 */
	public synchronized Address leftRecently(String node, long now, long withinMs) {
		Left l = left.get(node);
		return l != null && now - l.at() < withinMs ? l.address() : null;
	}

	/** True when {@code a} is in view but a newer incarnation of its node is too. */
	public synchronized boolean superseded(Address a) {
		Address newest = current.get(MemberChannel.nodeOf(a));
		return newest != null && !newest.equals(a) && view.containsMember(a);
	}

	/** Announcements of the other members in view, by node name; old incarnations and strangers left out. */
	public synchronized Map<String, Announcement> inView() {
		Map<String, Announcement> in = new LinkedHashMap<>();
		peersInView().forEach((node, p) -> in.put(node, p.announcement));
		return in;
	}

	/** The other members' newest announcements that count: from the incarnation in view. */
	private Map<String, Peer> peersInView() {
		Map<String, Peer> in = new LinkedHashMap<>();
		for (Map.Entry<String, Peer> e : peers.entrySet()) {
			if (e.getValue().address.equals(current.get(e.getKey())) && !e.getKey().equals(localNode)) {
				in.put(e.getKey(), e.getValue());
			}
		}
		return in;
	}

	/**
	 * Node names of the other members in view whose newest announcement arrived after the current view was
	 * installed here: what they say about the server they follow is what they see in a view of their own now, not
	 * a leftover of the view before.
	 */
	public synchronized Set<String> heardSinceView() {
		Set<String> out = new HashSet<>();
		peersInView().forEach((node, p) -> {
			if (p.at >= viewAt) {
				out.add(node);
			}
		});
		return out;
	}

	public synchronized Optional<Announcement> announcement(String node) {
		return Optional.ofNullable(inView().get(node));
	}

	/** Addresses of the other server-capable members (newest incarnations): the standbys of a server. */
	public synchronized List<Address> serverCapablePeers() {
		List<Address> out = new ArrayList<>();
		for (Map.Entry<String, Address> e : current.entrySet()) {
			if (!e.getKey().equals(localNode) && settings.node(e.getKey()).map(NodeSpec::serverCapable).orElse(false)) {
				out.add(e.getValue());
			}
		}
		return out;
	}
}
