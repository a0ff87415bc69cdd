package tandem.runtime.redundancy;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.core.alarm.AlarmEngine;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.history.h2.HistoryStore;

/**
 * Keeps one continuous alarm condition one alarm across role changes (the rule is in {@code docs/redundancy.md}):
 * <ul>
 * <li>a node that does not serve follows every transition the server recorded, so its own engine, evaluating the
 * same values in shadow mode, continues the server's occurrence after a takeover (same raise time, same
 * acknowledgement) instead of one it raised itself when it started later;</li>
 * <li>the serving (or degraded, recording alone) node reconciles whenever its history receives an occurrence its
 * engine does not know (alignment after a restart, a partition, a start alone) and once after a takeover: ghosts
 * are cleared, overlapping occurrences merged into the earliest ({@code AlarmEngine#reconcile}).</li>
 * </ul>
 * Reconciliation runs on a thread of its own, a short while after the news, so a whole alignment is compared at
 * once and never on a thread that stores or delivers.
 */
final class AlarmIdentity {

	private static final System.Logger LOG = System.getLogger(AlarmIdentity.class.getName());
	/** Occurrences raised this long before the news are compared too (active ones always). */
	static final long LOOKBACK_MS = 3_600_000;
	static final long SETTLE_MS = 300;
	static final long RESTORED_SETTLE_MS = 3_000;

	private final String node;
	private final AlarmEngine alarms;
	private final HistoryStore history;
	private final Supplier<MemberRole> role;
	private final LongSupplier clock;
	private final ScheduledExecutorService reconciler;
	private boolean scheduled;
	private long since = Long.MAX_VALUE;

	AlarmIdentity(String node, AlarmEngine alarms, HistoryStore history, Supplier<MemberRole> role,
			LongSupplier clock) {
		this.node = node;
		this.alarms = alarms;
		this.history = history;
		this.role = role;
		this.clock = clock;
		this.reconciler = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "tandem-alarm-identity-" + node);
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * Continues the occurrences the history holds as active, leaving those that ended while this node was away (or
	 * in a gap of its view) to the serving node, and watches every alarm for such gaps.
	 */
	void restore(RuntimeConfiguration configuration) {
		alarms.restore(history.queries().activeAlarms(), this::restoredEnded);
		Map<String, Long> periods = new LinkedHashMap<>();
		configuration.variables().forEach(v -> periods.put(v.name(), v.rateMillis()));
		alarms.watchForGaps(periods);
	}

	/**
	 * A transition was stored in this node's history.
	 *
	 * @return key prefixes of shadow facts the stored one makes redundant (drop them from the shadow buffer): this
	 *         node's own occurrence that the recorded one replaced, and once the recorded occurrence ended, this
	 *         node's own view of its end (which may be later than the recorded one)
	 */
	List<String> stored(AlarmTransition t) {
		MemberRole now = role.get();
		if (now == MemberRole.SERVER || now == MemberRole.DEGRADED) {
			if (alarms.isNews(t)) {
				schedule(t.raiseTime() - LOOKBACK_MS);
			}
			return List.of();
		}
		List<String> redundant = new ArrayList<>(2);
		String replaced = alarms.follow(t);
		if (replaced != null) {
			redundant.add(replaced);
		}
		if (t.kind() != TransitionKind.RAISED && t.kind() != TransitionKind.ACKNOWLEDGED) {
			redundant.add(t.occurrenceKey() + ":");
		}
		return redundant;
	}

	/** This node was promoted: what it held in shadow and what the history holds are compared once. */
	void takenOver() {
		schedule(clock.getAsLong() - LOOKBACK_MS);
	}

	/**
	 * An occurrence this node restored from its own history at start, or held before a gap in its view (paused,
	 * stalled), ended while the node was away: if this node
	 * serves, it clears it from its history now; otherwise the server does, once alignment brought it there.
	 */
	void restoredEnded() {
		// later than other news: a paused server that resumes hears of its successor within a second or so, and
		// must not clear, as server, what its successor recorded ending while it was paused
		schedule(clock.getAsLong() - LOOKBACK_MS, RESTORED_SETTLE_MS);
	}

	private void schedule(long from) {
		schedule(from, SETTLE_MS);
	}

	private synchronized void schedule(long from, long settle) {
		since = Math.min(since, from);
		if (!scheduled && !reconciler.isShutdown()) {
			scheduled = true;
			reconciler.schedule(this::reconcile, settle, TimeUnit.MILLISECONDS);
		}
	}

	private void reconcile() {
		long from;
		synchronized (this) {
			scheduled = false;
			from = since;
			since = Long.MAX_VALUE;
		}
		MemberRole now = role.get();
		if (now != MemberRole.SERVER && now != MemberRole.DEGRADED) {
			return; // the server decides; this node follows its decisions
		}
		try {
			history.flush();
			int decided = alarms.reconcile(history.queries(), from, clock.getAsLong());
			if (decided > 0) {
				LOG.log(Level.INFO, "node {0}: {1} alarm facts recorded to keep one alarm per continuous condition",
						node, decided);
			}
		} catch (RuntimeException e) {
			LOG.log(Level.ERROR, "node " + node + ": reconciling alarm occurrences failed: " + e.getMessage(), e);
		}
	}

	void stop() {
		reconciler.shutdownNow();
	}
}
