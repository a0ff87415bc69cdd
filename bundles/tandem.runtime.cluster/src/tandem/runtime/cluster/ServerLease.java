package tandem.runtime.cluster;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tandem.runtime.cluster.internal.Election;

/**
 * The server's lease on the field. The view alone leaves a window: an isolated server keeps its view, and with it
 * the quorum, until its own failure detector removes the others, while on the majority side the standby may already
 * serve. So a server acts on the field and admits operator actions only while it has heard, within the lease time,
 * from enough voters to make a majority with itself. The lease time is shorter than the earliest moment the other
 * side can promote after the last message it heard from this server:
 *
 * <pre>
 * lease = failure detection timeout + verify-suspect timeout - heartbeat interval - margin
 * </pre>
 *
 * (the heartbeat interval: the other side may have heard this server last up to one heartbeat before the cut). With
 * the default timings that is 1,000 ms, against 1,800 ms at the earliest for a standby's promotion. A voter renews
 * the lease only by echoing the server's own lease ping ({@link LeaseGrants}, every 100 ms), and counts from the
 * moment the ping was sent ({@link #heard}), so a late echo renews nothing late; a healthy server renews the lease
 * many times over; an expired lease only holds operator actions (the stations
 * resend them) and never changes the role. A pair without a witness always holds it: there the survivor promotes
 * anyway.
 * <p>
 * The other half: a server elected after a view change acts only {@link #leaseMs} + {@link #MARGIN_MS} after its
 * promotion. In a partial partition a voter can install the new server's view while the old server still hears it,
 * and the new server promotes at once; the old server's lease then runs on for up to one lease on that voter's last
 * messages. Waiting out that lease means the two never act on the field at the same time. That is the worst case:
 * when the voters of the new server's view report that none of them renewed another node's lease for a while before
 * the promotion ({@link #othersRenewedBy}), the wait ends one lease and the margin after their last renewal, at once
 * for a server that fell silent seconds before. A planned switch-back
 * needs no wait (the old server sealed and handed over), nor does a pair without a witness.
 * <p>
 * The old server of a planned switch-back gives its lease up when it seals its stream ({@link #handingOver}): from
 * then on it admits no operator action and leaves the field alone, so the preferred server, which acts at once, is
 * never beside it. It holds the lease again only if the switch is abandoned.
 */
final class ServerLease {

	static final long MARGIN_MS = 300;
	static final long ANNOUNCE_PERIOD_MS = 500;
	/** Shorter timings are refused by {@link ClusterSettings} (and the project validation). */
	static final long MIN_LEASE_MS = 300;

	private final ClusterSettings settings;
	private final Election election;
	private final String self;
	private final long leaseMs;
	private final Map<String, Long> heard = new ConcurrentHashMap<>();
	private final Set<String> inView = ConcurrentHashMap.newKeySet();
	/** Voters whose last announcement said they follow a server of this server's epoch or newer: they renew nothing. */
	private final Set<String> followOther = ConcurrentHashMap.newKeySet();
	/**
	 * Echoes of a standby's pings from voters that follow the current server: they count only from a planned
	 * switch-back on, when that server has sealed its stream and handed over ({@link #promoted}).
	 */
	private final Map<String, Long> heardWhileFollowing = new ConcurrentHashMap<>();
	private boolean reportedHeld = true;
	private long expiredAt;
	/** An elected server waits for its first grant: reported as a grant, not as a renewal. */
	private boolean grantPending;
	/** Why an elected server acts before the full promotion wait ({@link #othersRenewedBy}), or null. */
	private volatile String grantedEarly;
	/** Before this time an elected server does not act: an earlier server's lease may still run. */
	private volatile long actingFrom;
	private volatile long promotedAt;
	/** The member's last {@link #tick} (every 100 ms); 0 before the first. */
	private volatile long lastCheck;
	/** After this node stood still (paused, stalled): no lease before this time, whatever arrived meanwhile. */
	private volatile long pausedUntil;
	private volatile long pausedFor;
	/** After a pause, only what arrives from this time on renews (later than the messages kept during the pause). */
	private volatile long countFrom;
	/** Why this server gave its lease up for a planned switch-back (sealed), or null. */
	private volatile String handingOver;

	ServerLease(ClusterSettings settings, Election election, String self) {
		this.settings = settings;
		this.election = election;
		this.self = self;
		this.leaseMs = leaseMs(settings);
	}

	static long leaseMs(ClusterSettings s) {
		return (long) s.failureDetectionTimeoutMs() + s.verifySuspectTimeoutMs() - s.heartbeatIntervalMs() - MARGIN_MS;
	}

	long leaseMs() {
		return leaseMs;
	}

	/**
	 * How often every member announces itself: every 500 ms, twice per default lease; the standby's acknowledgements
	 * of the stream renew it in between.
	 */
	long announcePeriodMs() {
		return ANNOUNCE_PERIOD_MS;
	}

	/**
	 * {@code node} echoed the lease ping this server sent at {@code pingSentAt} (its own clock; delivery threads): the
	 * voter counts as heard from then on, for one lease, however late the echo arrived.
	 */
	void heard(String node, long pingSentAt) {
		(followOther.contains(node) ? heardWhileFollowing : heard).merge(node, pingSentAt, Math::max);
	}

	/**
	 * What a voter announced, before its messages count (delivery threads, in the sender's order). A voter that
	 * serves, or follows another server, at an epoch not older than {@code ownEpoch} has moved on: it renews this
	 * server's lease no more, and what was heard from it before no longer counts. A server resumed after a pause
	 * finds its peers' queued messages first; without this they renewed its lease while a newer server already
	 * served, and both acted on the field until it read the newer epoch.
	 */
	void announced(String node, MemberRole role, long epoch, String follows, long followsEpoch, long ownEpoch) {
		boolean servesNewer = role == MemberRole.SERVER && !node.equals(self) && epoch > ownEpoch;
		boolean followsOther = !follows.isEmpty() && !follows.equals(self) && followsEpoch >= ownEpoch;
		if (servesNewer || followsOther) {
			followOther.add(node);
			heard.remove(node);
			heardWhileFollowing.remove(node);
		} else {
			followOther.remove(node);
		}
	}

	/**
	 * The view changed. Joining renews nothing: the lease comes only from echoes of this server's own pings, so a
	 * member that rejoins (a merge) cannot lend a stale server a lease it did not grant. Leaving revokes nothing
	 * either: an echo counts for one lease from its ping's time whatever this server's view says, because the voter
	 * echoed only while this server was in its own view and followed no newer one, and a successor waits out that
	 * lease (its voters report when they last echoed). A view that leaves out a voter can be a partial merge (JGroups
	 * merges in steps) while the voter still echoes; dropping it at once took the lease from a healthy server.
	 */
	void view(Collection<String> members, long now) {
		inView.retainAll(members);
		inView.addAll(members);
	}

	/**
	 * This node becomes server now, before its role says so. Elected ({@code planned} false): it acts after one
	 * lease and the margin, when any earlier server's lease has surely run out.
	 */
	void promoted(long now, boolean planned) {
		if (planned) {
			// the server they follow has handed over to this one: what they echoed this standby's pings renews it
			// at once, rather than one ping period later (operator actions and field writes held meanwhile)
			heardWhileFollowing.forEach((node, at) -> heard.merge(node, at, Math::max));
			followOther.clear();
		}
		heardWhileFollowing.clear();
		promotedAt = now;
		handingOver = null;
		boolean pair = election.hasQuorum(Set.of(self));
		actingFrom = planned || pair ? now : now + promotionWaitMs();
		grantPending = actingFrom > now;
		grantedEarly = null;
		if (grantPending) {
			reportedHeld = false; // not a loss: the grant is reported when the wait is over
		}
	}

	/**
	 * An elected server that waits: the voters of its view last renewed another node's lease at {@code latest} (this
	 * node's clock; see {@link LeaseGrants#othersLastRenewed}), so one lease and the margin after that no earlier
	 * server acts any more, and this one may act from then on rather than a full wait after its promotion.
	 */
	void othersRenewedBy(long latest, long now) {
		if (grantPending && now < actingFrom) {
			long from = Math.max(promotedAt, latest + leaseMs + MARGIN_MS);
			if (from < actingFrom) {
				actingFrom = from;
				grantedEarly = "no voter in view renewed another node's lease or restarted in the "
						+ Math.max(0, promotedAt - latest) + " ms before the promotion";
			}
		}
	}

	/**
	 * The server sealed its stream to hand over ({@code why} says to whom, and where) or, with null, abandoned the
	 * switch and serves on. Reported by the next {@link #check}.
	 */
	void handingOver(String why) {
		handingOver = why;
	}

	long promotionWaitMs() {
		return leaseMs + MARGIN_MS;
	}

	/** True when the voters heard within the lease time make a majority with this node, after the promotion wait. */
	boolean held(long now) {
		return handingOver == null && now >= actingFrom && !standsStill(now)
				&& election.hasQuorum(fresh(Map.copyOf(heard), now));
	}

	/**
	 * True when the lease ran out: not held, and not because an elected server still waits for its first grant. A
	 * server in this state may have been replaced without knowing it yet (it was paused, or cut off).
	 */
	boolean lapsed(long now) {
		return now >= actingFrom && (standsStill(now) || !election.hasQuorum(fresh(Map.copyOf(heard), now)));
	}

	/**
	 * Whether this node stood still for longer than a lease (SIGSTOP, a long stall) until a moment ago: no
	 * {@link #tick} for longer than that, or one came late and the settling time since is not over. What arrives
	 * right after such a pause are messages the kernel kept while the node was frozen: they renew nothing, for a
	 * successor may have been elected meanwhile, and what the node hears of it comes only a little later.
	 */
	private boolean standsStill(long now) {
		long last = lastCheck;
		return now < pausedUntil || last != 0 && now - last > leaseMs;
	}

	/** How long after a pause the lease is not held even when the voters are heard (two announcements). */
	long pauseSettleMs() {
		return 2 * ANNOUNCE_PERIOD_MS;
	}

	private Set<String> fresh(Map<String, Long> heardAt, long now) {
		Set<String> nodes = new HashSet<>();
		nodes.add(self);
		for (Map.Entry<String, Long> e : heardAt.entrySet()) {
			long t = e.getValue();
			if (now - t <= leaseMs && t >= countFrom) {
				nodes.add(e.getKey());
			}
		}
		return nodes;
	}

	/** Why the lease is not held: the promotion wait, or which voters were silent and for how long. */
	String whyNotHeld(long now) {
		return whyNotHeld(Map.copyOf(heard), now);
	}

	/** From one snapshot of the arrivals, which go on while this runs. */
	private String whyNotHeld(Map<String, Long> heardAt, long now) {
		String handing = handingOver;
		if (handing != null) {
			return "lease given up: " + handing;
		}
		if (standsStill(now)) {
			return "lease lost: this node stood still for " + Math.max(pausedFor, now - lastCheck)
					+ " ms (paused or stalled), so another server may have been elected meanwhile; it is renewed only by"
					+ " voters heard " + pauseSettleMs() + " ms after that";
		}
		if (now < actingFrom) {
			return "lease starts when any earlier server's lease has run out (" + (actingFrom - now)
					+ " ms to go; at most " + promotionWaitMs() + " ms after its promotion)";
		}
		List<String> voters = settings.voters();
		Set<String> fresh = fresh(heardAt, now);
		String silent = voters.stream().filter(v -> !v.equals(self)).map(v -> {
			Long t = heardAt.get(v);
			String where = inView.contains(v) ? "" : ", not in view";
			return v + (t == null ? " (no echo" + where + ")" : " (silent " + Math.max(0, now - t) + " ms" + where + ")");
		}).collect(Collectors.joining(", "));
		return "lease expired: heard from " + voters.stream().filter(fresh::contains).count() + " of "
				+ voters.size() + " voters within " + leaseMs + " ms; " + silent;
	}

	/**
	 * The member's clock of pauses, every 100 ms on its control thread: a longer gap between two ticks than a lease
	 * means this node stood still (SIGSTOP, a long stall); what it heard before and during that counts no more.
	 */
	void tick(long now) {
		long last = lastCheck;
		if (last != 0 && now - last > leaseMs) {
			heard.clear();
			heardWhileFollowing.clear();
			pausedFor = now - last;
			pausedUntil = now + pauseSettleMs();
			countFrom = now + pauseSettleMs() / 2;
		}
		lastCheck = now;
	}

	/**
	 * Checked often by the member: the change of the serving member's lease since the last check, or null. A member
	 * that does not serve starts afresh (held) without a report: its role change says enough.
	 */
	Change check(boolean serving, long now) {
		if (!serving) {
			reportedHeld = true;
			handingOver = null;
			return null;
		}
		Map<String, Long> heardAt = Map.copyOf(heard);
		boolean held = handingOver == null && now >= actingFrom && now >= pausedUntil && election.hasQuorum(fresh(heardAt, now));
		if (held == reportedHeld) {
			return null;
		}
		reportedHeld = held;
		if (!held) {
			expiredAt = now;
			return new Change(false, whyNotHeld(heardAt, now) + (handingOver != null
					? ": operator actions are answered by the next server" : ": operator actions held until renewed"));
		}
		if (grantPending) {
			grantPending = false;
			String early = grantedEarly;
			return new Change(true, "lease granted " + (now - promotedAt) + " ms after promotion, when any earlier "
					+ "server's lease had run out (" + (early != null ? early : "after the full wait of "
							+ promotionWaitMs() + " ms: not every voter in view had reported its grants") + ")");
		}
		return new Change(true, "lease renewed after " + (now - expiredAt) + " ms");
	}

	/** A change of the lease as the serving member saw it. */
	record Change(boolean held, String reason) {
	}
}
