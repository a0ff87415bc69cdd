package tandem.runtime.cluster;

import org.jgroups.Address;
import org.jgroups.MergeView;
import org.jgroups.View;

import tandem.runtime.cluster.internal.Announcement;
import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MessageType;
import tandem.runtime.cluster.internal.Wire;

/**
 * When a member may trust what it has heard. Members announce themselves after every view and role change and
 * every tick; after a view change the election waits a grace time for the announcements of server-capable members
 * (longer after a merge, whose first announcements can be dropped until every side installed the merge view), and
 * when a server of another partition announces itself before the merge view, promotion is held until that view
 * comes: promoting first would only fence that server. While held, the member asks that server every tick (see
 * {@link #outsideServer()}); its answers keep the hold alive for as long as it is reachable, because MERGE3 can
 * take longer than {@link #MERGE_EXPECTED_MS} to bring the views together (5 s seen on a loaded machine).
 */
final class AnnouncementSchedule {

	static final long MERGE_EXTRA_GRACE_MS = 1500;
	static final long MERGE_EXPECTED_MS = 3000;

	private final ClusterSettings settings;
	private long viewInstalledAt;
	private long graceMs;
	private boolean merged;
	private long mergeExpectedUntil;
	private Address outsideServer;

	AnnouncementSchedule(ClusterSettings settings) {
		this.settings = settings;
	}

	/** A view was installed; returns the grace time after which the election stops waiting for announcements. */
	long viewInstalled(View v) {
		viewInstalledAt = System.currentTimeMillis();
		if (outsideServer == null || v.containsMember(outsideServer)) { // the merge came, or nothing was expected
			mergeExpectedUntil = 0;
			outsideServer = null;
		}
		merged = v instanceof MergeView;
		graceMs = settings.announceGraceMs() + (merged ? MERGE_EXTRA_GRACE_MS : 0);
		return graceMs;
	}

	/**
	 * True during the grace after a merge: no promotion then, even when every member has announced. UNICAST3 delivers
	 * what a cut-off member missed once the link is back, so the first announcement of the other side can be one
	 * from before the partition (a standby that has been serving since, shown as not serving); its fresh one
	 * follows within the grace (the fresh-clone run saw a healed server promote over the serving standby).
	 */
	boolean mergeGrace() {
		return merged && !graceExpired();
	}

	boolean graceExpired() {
		return System.currentTimeMillis() - viewInstalledAt >= graceMs;
	}

	/**
	 * An announcement arrived; true when it is a server with a newer epoch from outside the current view, so a merge
	 * is coming and promotion waits {@link #MERGE_EXPECTED_MS} for it.
	 */
	boolean heard(Address from, Announcement a, long ownEpoch, View v) {
		if (a.role() == MemberRole.SERVER && a.epoch() > ownEpoch && v != null && !v.containsMember(from)) {
			mergeExpectedUntil = System.currentTimeMillis() + MERGE_EXPECTED_MS;
			outsideServer = from;
			return true;
		}
		return false;
	}

	boolean mergeComing() {
		return System.currentTimeMillis() < mergeExpectedUntil;
	}

	/** The server of a newer epoch outside the view whose merge is awaited, or null. */
	Address outsideServer() {
		return mergeComing() ? outsideServer : null;
	}

	static Envelope envelope(Announcement a) {
		return new Envelope(MessageType.ANNOUNCE, a.epoch(), 0, Wire.announcement(a));
	}
}
