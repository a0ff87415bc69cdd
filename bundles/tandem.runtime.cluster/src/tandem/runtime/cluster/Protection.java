package tandem.runtime.cluster;

/**
 * Whether the serving member runs protected, that is with a standby in its view whose history is aligned with its
 * own. Without one (the standby left the view, or has not aligned since it came back) the server confirms an
 * operator action once the action is durable in its own history, synced to disk, instead of once the standby holds
 * it, and says so: in the CEL, in {@code tandem status}, and from when. A standby that is merely slow does not
 * make the server unprotected: it is still in the view and confirmations wait for it (see docs/redundancy.md).
 * Kept on the member's control thread.
 */
final class Protection {

	private boolean serving;
	private boolean isProtected = true;
	private volatile long unprotectedSince;

	/**
	 * The state now; returns the change since the last call, or null. A member that stops serving forgets the state
	 * without a report (its role change says enough); one that starts serving without an aligned standby reports that
	 * it is unprotected from then on.
	 */
	Change update(boolean servingNow, boolean alignedStandbyInView, String standbyState, long now) {
		if (!servingNow) {
			serving = false;
			isProtected = true;
			unprotectedSince = 0;
			return null;
		}
		boolean was = serving ? isProtected : true;
		serving = true;
		isProtected = alignedStandbyInView;
		if (was == isProtected) {
			return null;
		}
		if (!isProtected) {
			unprotectedSince = now;
			return new Change(false, now, "runs unprotected: " + standbyState
					+ "; operator actions are confirmed once durable in this server's own history");
		}
		long since = unprotectedSince;
		unprotectedSince = 0;
		return new Change(true, since, "protected again after " + (now - since) + " ms: " + standbyState);
	}

	/** When this member, serving, lost its aligned standby; 0 while it is protected or does not serve. */
	long unprotectedSince() {
		return unprotectedSince;
	}

	/** @param since when the unprotected time began (the start of the time that just ended, when protected again) */
	record Change(boolean isProtected, long since, String reason) {
	}
}
