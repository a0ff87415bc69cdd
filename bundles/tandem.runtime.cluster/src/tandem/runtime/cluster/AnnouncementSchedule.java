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
 * comes: promoting first would only fence that server.
 */
final class AnnouncementSchedule {

	static final long MERGE_EXTRA_GRACE_MS = 1500;
	static final long MERGE_EXPECTED_MS = 3000;

	private final ClusterSettings settings;
	private long viewInstalledAt;
	private long graceMs;
	private long mergeExpectedUntil;

	AnnouncementSchedule(ClusterSettings settings) {
		this.settings = settings;
	}

	/** A view was installed; returns the grace time after which the election stops waiting for announcements. */
	long viewInstalled(View v) {
		viewInstalledAt = System.currentTimeMillis();
		mergeExpectedUntil = 0;
		graceMs = settings.announceGraceMs() + (v instanceof MergeView ? MERGE_EXTRA_GRACE_MS : 0);
		return graceMs;
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
			return true;
		}
		return false;
	}

	boolean mergeComing() {
		return System.currentTimeMillis() < mergeExpectedUntil;
	}

	static Envelope envelope(Announcement a) {
		return new Envelope(MessageType.ANNOUNCE, a.epoch(), 0, Wire.announcement(a));
	}
}
