package tandem.runtime.history.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps the {@link Rollups} up to date inside the writer's transactions. Minutes close by the newest sample time
 * seen, less {@link #GRACE_MS} for samples of slower drivers: every minute that closes is summarised from its
 * samples in one range read (all variables at once, the rows just written), with its six 10 s buckets, and its
 * summary merged into its hour.
 * A sample for a minute already closed (alignment, replay, a late driver) marks that minute of that variable, which
 * is summarised again from its samples before the batch commits. Nothing is kept only in memory: after a crash the
 * state row says where to go on, and the rollups are exactly as of the last commit.
 *
 * <p>With a {@link RollupBackfill} below the complete range, the writer is the one that moves the range down to
 * what the backfill committed, in its own transaction: it summarises again the hour where the two meet and every
 * minute it wrote a sample into while the backfill may have been reading it, so the range it publishes is exact.
 */
public final class RollupWriter {

	/** How long after a minute's end samples of it are still expected in order. */
	public static final long GRACE_MS = 10_000;

	private Rollups.State state;
	private long newest;
	private long batchNewest;
	private volatile long nanos;
	private final NavigableMap<Long, Set<Integer>> late = new TreeMap<>();
	/**
	 * The rows of the hours still being closed, as committed (key → rollup), so that closing a minute does not read
	 * its hour's row back; dropped on a rollback and whenever late samples make the writer summarise hours again.
	 */
	private final Map<Long, Rollup> openHours = new HashMap<>();
	private RollupBackfill backfill;
	/** Minutes below the complete range that received samples in the open transaction (minute → ids). */
	private final NavigableMap<Long, Set<Integer>> belowInBatch = new TreeMap<>();
	/** Such minutes that the backfill may have read before their samples were committed. */
	private final NavigableMap<Long, Set<Integer>> below = new TreeMap<>();
	private Rollups.State committedState;

	public RollupWriter(Connection c) throws SQLException {
		state = Rollups.state(c);
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(SKEY) FROM SAMPLE")) {
			rs.next();
			long key = rs.getLong(1);
			newest = rs.wasNull() ? Long.MIN_VALUE : SampleKey.time(key);
		}
		c.commit();
		batchNewest = newest;
		committedState = state;
	}

	/** The state as the writer opened it (after a reset of missing rollups). */
	public Rollups.State state() {
		return state;
	}

	/** The backfill working below the complete range; the writer publishes its progress. */
	public void attach(RollupBackfill b) {
		backfill = b;
	}

	/** The backfill committed rows below the complete range that the writer has not published yet. */
	public boolean backfillAhead() {
		return backfill != null && backfill.backfilledFrom() < state.completeFrom();
	}

	/** A sample written in the open transaction. */
	public void sample(int variableId, long time) {
		batchNewest = Math.max(batchNewest, time);
		if (time < state.closedUntil() && time >= state.completeFrom()) {
			late.computeIfAbsent(Rollups.floor(time, Rollups.MINUTE), m -> new HashSet<>()).add(variableId);
		} else if (time < state.completeFrom() && backfill != null) {
			belowInBatch.computeIfAbsent(Rollups.floor(time, Rollups.MINUTE), m -> new HashSet<>()).add(variableId);
		}
	}

	/** Brings the rollups up to date with the samples of the open transaction; call before its commit. */
	public void beforeCommit(Connection c) throws SQLException {
		long t0 = System.nanoTime();
		try {
			update(c);
		} finally {
			nanos += System.nanoTime() - t0;
		}
	}

	/** Time spent keeping the rollups since the store opened (for benchmarks: their share of recording). */
	public long nanos() {
		return nanos;
	}

	private void update(Connection c) throws SQLException {
		boolean moved = publishBackfill(c);
		if (!late.isEmpty()) {
			openHours.clear(); // recomputed hours are read again from their rows
		}
		Rollups.recompute(c, state, late);
		long closeUntil = closeUntil();
		if (closeUntil > state.closedUntil()) {
			close(c, state.closedUntil(), closeUntil);
		}
		if (closeUntil > state.closedUntil() || moved) {
			Rollups.save(c, new Rollups.State(state.completeFrom(), Math.max(closeUntil, state.closedUntil())));
		}
	}

	/**
	 * Moves the complete range down to what the backfill committed: the hour where its rows meet the writer's is
	 * summarised again from its minutes, and so is every minute of the new range that the writer wrote a sample into
	 * while the backfill may have been reading it.
	 */
	private boolean publishBackfill(Connection c) throws SQLException {
		long from = backfill == null ? Long.MAX_VALUE : backfill.backfilledFrom();
		if (from >= state.completeFrom()) {
			return false;
		}
		long old = state.completeFrom();
		long junction = Rollups.floor(old, Rollups.HOUR);
		state = new Rollups.State(from, state.closedUntil());
		for (NavigableMap<Long, Set<Integer>> marks : List.of(below, belowInBatch)) {
			marks.tailMap(from, true).forEach((m, ids) -> late.computeIfAbsent(m, k -> new HashSet<>()).addAll(ids));
		}
		Rollups.recompute(c, state, late);
		late.clear();
		if (junction < old && junction >= from) {
			Rollups.hourOfEveryVariable(c, junction);
		}
		openHours.clear();
		return true;
	}

	/** The transaction committed: what it wrote is now the state. */
	public void committed() {
		newest = batchNewest;
		state = new Rollups.State(state.completeFrom(), closeUntil());
		committedState = state;
		late.clear();
		below.tailMap(state.completeFrom(), true).clear(); // published: recomputed in this transaction
		if (backfill != null) {
			// the backfill reads minutes below readingFrom only after this commit: it sees these samples itself
			long reading = backfill.readingFrom();
			belowInBatch.forEach((m, ids) -> {
				if (m >= reading && m < state.completeFrom()) {
					below.computeIfAbsent(m, k -> new HashSet<>()).addAll(ids);
				}
			});
		}
		belowInBatch.clear();
		long current = Rollups.floor(state.closedUntil(), Rollups.HOUR);
		openHours.keySet().removeIf(key -> Rollups.bucketStart(key) < current);
	}

	private long closeUntil() {
		return batchNewest == Long.MIN_VALUE ? state.closedUntil()
				: Math.max(state.closedUntil(), Rollups.floor(batchNewest - GRACE_MS, Rollups.MINUTE));
	}

	/** The transaction rolled back: forget what it noted. */
	public void rolledBack() {
		batchNewest = newest;
		state = committedState;
		late.clear();
		belowInBatch.clear();
		openHours.clear();
	}

	/**
	 * Summarises the minutes in {@code [from, to)} from their samples and merges them into their hours, ten
	 * minutes at a time (memory per chunk, not per range: a node that receives a week by alignment closes it at
	 * once), skipping the times without samples.
	 */
	private void close(Connection c, long from, long to) throws SQLException {
		long at = from;
		while (at < to) {
			long first = firstSampleAtOrAfter(c, at);
			if (first >= to) {
				return;
			}
			long chunkEnd = Math.min(to, Rollups.floor(first, CHUNK_MS) + CHUNK_MS);
			closeChunk(c, Math.max(at, Rollups.floor(first, Rollups.MINUTE)), chunkEnd);
			at = chunkEnd;
		}
	}

	private static final long CHUNK_MS = 10 * Rollups.MINUTE;

	private static long firstSampleAtOrAfter(Connection c, long time) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT MIN(SKEY) FROM SAMPLE WHERE SKEY >= ?")) {
			ps.setLong(1, SampleKey.of(0, SampleKey.clampTime(time)));
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				long key = rs.getLong(1);
				return rs.wasNull() ? Long.MAX_VALUE : SampleKey.time(key);
			}
		}
	}

	private void closeChunk(Connection c, long from, long to) throws SQLException {
		Rollups.Built built = Rollups.fromSamples(c, from, to, null);
		Map<Long, Map<Integer, Rollup>> minutes = built.minutes();
		Map<Long, Rollup> minuteRows = new HashMap<>();
		Map<Long, Rollup> hourRows = new TreeMap<>();
		Map<Long, Rollup> newHourRows = new TreeMap<>();
		for (Map.Entry<Long, Map<Integer, Rollup>> m : minutes.entrySet()) {
			long hour = Rollups.floor(m.getKey(), Rollups.HOUR);
			for (Map.Entry<Integer, Rollup> v : m.getValue().entrySet()) {
				minuteRows.put(Rollups.key(v.getKey(), m.getKey()), v.getValue());
				long hourKey = Rollups.key(v.getKey(), hour);
				Rollup h = hourRows.containsKey(hourKey) ? hourRows.get(hourKey) : newHourRows.get(hourKey);
				if (h == null) {
					// the hour's minutes closed before (in another chunk or batch) are in its row
					h = openHours.get(hourKey);
					if (h == null) {
						h = Rollups.readOne(c, Rollups.HOUR, v.getKey(), hour);
						openHours.put(hourKey, h);
					}
					(h.count() == 0 ? newHourRows : hourRows).put(hourKey, h);
				}
				h.merge(v.getValue());
			}
		}
		// minutes at or after the closed range have no rows: the state and the rows commit together
		Rollups.putTens(c, built.tens(), true);
		Rollups.putAll(c, Rollups.MINUTE, minuteRows, true);
		Rollups.putAll(c, Rollups.HOUR, newHourRows, true);
		Rollups.putAll(c, Rollups.HOUR, hourRows, false);
	}
}
