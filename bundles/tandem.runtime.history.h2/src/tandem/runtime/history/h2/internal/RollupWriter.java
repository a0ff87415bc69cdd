package tandem.runtime.history.h2.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps the {@link Rollups} up to date inside the writer's transactions. Minutes close by the newest sample time
 * seen, less {@link #GRACE_MS} for samples of slower drivers: every minute that closes is summarised from its
 * samples in one range read (all variables at once, the rows just written), and its summary merged into its hour.
 * A sample for a minute already closed (alignment, replay, a late driver) marks that minute of that variable, which
 * is summarised again from its samples before the batch commits. Nothing is kept only in memory: after a crash the
 * state row says where to go on, and the rollups are exactly as of the last commit.
 */
public final class RollupWriter {

	/** How long after a minute's end samples of it are still expected in order. */
	public static final long GRACE_MS = 10_000;

	private Rollups.State state;
	private long newest;
	private long batchNewest;
	private final NavigableMap<Long, Set<Integer>> late = new TreeMap<>();

	public RollupWriter(Connection c) throws SQLException {
		state = Rollups.state(c);
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(SKEY) FROM SAMPLE")) {
			rs.next();
			long key = rs.getLong(1);
			newest = rs.wasNull() ? Long.MIN_VALUE : SampleKey.time(key);
		}
		c.commit();
		batchNewest = newest;
	}

	/** A sample written in the open transaction. */
	public void sample(int variableId, long time) {
		batchNewest = Math.max(batchNewest, time);
		if (time < state.closedUntil() && time >= state.completeFrom()) {
			late.computeIfAbsent(Rollups.floor(time, Rollups.MINUTE), m -> new HashSet<>()).add(variableId);
		}
	}

	/** Brings the rollups up to date with the samples of the open transaction; call before its commit. */
	public void beforeCommit(Connection c) throws SQLException {
		Rollups.recompute(c, state, late);
		long closeUntil = closeUntil();
		if (closeUntil > state.closedUntil()) {
			close(c, state.closedUntil(), closeUntil);
			Rollups.save(c, new Rollups.State(state.completeFrom(), closeUntil));
		}
	}

	/** The transaction committed: what it wrote is now the state. */
	public void committed() {
		newest = batchNewest;
		state = new Rollups.State(state.completeFrom(), closeUntil());
		late.clear();
	}

	private long closeUntil() {
		return batchNewest == Long.MIN_VALUE ? state.closedUntil()
				: Math.max(state.closedUntil(), Rollups.floor(batchNewest - GRACE_MS, Rollups.MINUTE));
	}

	/** The transaction rolled back: forget what it noted. */
	public void rolledBack() {
		batchNewest = newest;
		late.clear();
	}

	/** Summarises the minutes in {@code [from, to)} from their samples and merges them into their hours. */
	private static void close(Connection c, long from, long to) throws SQLException {
		Map<Long, Map<Integer, Rollup>> minutes = Rollups.minutesFromSamples(c, from, to, null);
		Map<Long, Rollup> minuteRows = new HashMap<>();
		Map<Long, Rollup> hourRows = new TreeMap<>();
		for (Map.Entry<Long, Map<Integer, Rollup>> m : minutes.entrySet()) {
			long hour = Rollups.floor(m.getKey(), Rollups.HOUR);
			for (Map.Entry<Integer, Rollup> v : m.getValue().entrySet()) {
				minuteRows.put(Rollups.key(v.getKey(), m.getKey()), v.getValue());
				long hourKey = Rollups.key(v.getKey(), hour);
				Rollup h = hourRows.get(hourKey);
				if (h == null) {
					// the hour's minutes closed before (in another batch) are in its row
					h = Rollups.readOne(c, Rollups.HOUR, v.getKey(), hour);
					hourRows.put(hourKey, h);
				}
				h.merge(v.getValue());
			}
		}
		Rollups.putAll(c, Rollups.MINUTE, minuteRows);
		Rollups.putAll(c, Rollups.HOUR, hourRows);
	}
}
