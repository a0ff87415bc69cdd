package tandem.runtime.history.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.h2.api.ErrorCode;

import tandem.runtime.api.Quality;

/**
 * Pre-computed summaries of the samples ({@link Rollup}) per variable and 10 seconds ({@code ROLLUP_TEN_SECONDS}),
 * minute ({@code ROLLUP_MINUTE}) and hour ({@code ROLLUP_HOUR}), so that a trend over a week reads 10,080 minute rows
 * or 168 hour rows of one variable, and one over a few hours some thousand 10 s rows, instead of every variable's
 * samples of the range.
 *
 * <p>Unlike {@code SAMPLE}, the key is <b>variable-major</b> ({@link #key}): a variable's buckets are neighbours, so
 * a long trend is one short range read. Such a key costs a leaf page per variable per write; rollups are written
 * once per minute (not per commit), which keeps that cost small beside the samples.
 *
 * <p>The rollups are always derived from {@code SAMPLE} and never replicated: a minute is summarised from its
 * samples when it closes (its six 10 s buckets in the same pass), an hour from its minutes, and a minute that
 * receives a late sample (an alignment, a
 * replay, a shadow buffer) is summarised again from its samples, in the transaction that stores the sample. So two
 * nodes that hold the same samples hold the same rollups, whatever order the samples came in. {@code ROLLUP_STATE}
 * says which range is complete: minutes in {@code [COMPLETE_FROM, CLOSED_UNTIL)}; queries read samples outside it.
 */
public final class Rollups {

	public static final long TEN_SECONDS = 10_000;
	public static final long MINUTE = 60_000;
	public static final long HOUR = 3_600_000;

	public static final String[] DDL = {
			TenSecondRollups.DDL,
			"CREATE TABLE IF NOT EXISTS ROLLUP_MINUTE(" + columns() + ")",
			"CREATE TABLE IF NOT EXISTS ROLLUP_HOUR(" + columns() + ")",
			"CREATE TABLE IF NOT EXISTS ROLLUP_STATE(ID INT PRIMARY KEY, COMPLETE_FROM BIGINT NOT NULL,"
					+ " CLOSED_UNTIL BIGINT NOT NULL)" };

	private static final String COLUMNS = "RKEY, N, T0, T1, SILENCE, USABLE, SUM_V, MIN_T, MIN_V, MAX_T, MAX_V,"
			+ " FIRST_T, FIRST_V, LAST_T, LAST_V, UNCERTAIN, UNUSABLE_Q, ANY_INVALID";

	/** Minutes in {@code [completeFrom, closedUntil)} have rollups; so have hours that lie wholly inside. */
	public record State(long completeFrom, long closedUntil) {

		public boolean covers(long bucketStart, long bucketEnd) {
			return bucketStart >= completeFrom && bucketEnd <= closedUntil;
		}
	}

	private static final State NONE = new State(Long.MAX_VALUE, Long.MIN_VALUE);

	private Rollups() {
	}

	private static String columns() {
		return "RKEY BIGINT PRIMARY KEY, N BIGINT NOT NULL, T0 BIGINT NOT NULL, T1 BIGINT NOT NULL,"
				+ " SILENCE BIGINT NOT NULL, USABLE BIGINT NOT NULL, SUM_V DOUBLE, MIN_T BIGINT, MIN_V DOUBLE,"
				+ " MAX_T BIGINT, MAX_V DOUBLE, FIRST_T BIGINT, FIRST_V DOUBLE, LAST_T BIGINT, LAST_V DOUBLE,"
				+ " UNCERTAIN BOOLEAN NOT NULL, UNUSABLE_Q TINYINT, ANY_INVALID BOOLEAN NOT NULL";
	}

	public static String table(long bucket) {
		return bucket == HOUR ? "ROLLUP_HOUR" : bucket == MINUTE ? "ROLLUP_MINUTE" : "ROLLUP_TEN_SECONDS";
	}

	/** Variable id above 42 bits of bucket start time: one variable's buckets in time order side by side. */
	public static long key(int variableId, long bucketStart) {
		return ((long) variableId << 42) | SampleKey.clampTime(bucketStart);
	}

	public static int variableId(long key) {
		return (int) (key >>> 42);
	}

	public static long bucketStart(long key) {
		return key & SampleKey.MAX_TIME;
	}

	public static long floor(long time, long bucket) {
		return Math.floorDiv(time, bucket) * bucket;
	}

	public static long ceil(long time, long bucket) {
		return -Math.floorDiv(-time, bucket) * bucket;
	}

	/**
	 * The state for the writer; a history without one gets one: complete from the start when it has no samples,
	 * else from the minute after its newest sample (older samples of a history written before rollups are read as
	 * samples until {@link RollupBackfill} has given them rollups). A state whose complete range holds samples while
	 * a rollup table is empty (emptied, or a level added since) is reset to an empty range at its end: the backfill
	 * makes that range again, and readers read samples until it has.
	 */
	public static State state(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COMPLETE_FROM, CLOSED_UNTIL FROM ROLLUP_STATE WHERE ID = 1")) {
			if (rs.next()) {
				State stored = new State(rs.getLong(1), rs.getLong(2));
				if (stored.closedUntil() > stored.completeFrom() && missingLevel(c, stored)) {
					State reset = new State(stored.closedUntil(), stored.closedUntil());
					save(c, reset);
					return reset;
				}
				return stored;
			}
		}
		long newest = Long.MIN_VALUE;
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(SKEY) FROM SAMPLE")) {
			if (rs.next()) {
				long key = rs.getLong(1);
				newest = rs.wasNull() ? Long.MIN_VALUE : SampleKey.time(key);
			}
		}
		long start = newest == Long.MIN_VALUE ? 0 : floor(newest, MINUTE) + MINUTE;
		State state = new State(start, start);
		save(c, state);
		return state;
	}

	/** A rollup table without a row while the complete range holds samples. */
	private static boolean missingLevel(Connection c, State state) throws SQLException {
		boolean samples;
		try (PreparedStatement ps = c.prepareStatement("SELECT SKEY FROM SAMPLE WHERE SKEY >= ? AND SKEY < ? LIMIT 1")) {
			ps.setLong(1, SampleKey.of(0, SampleKey.clampTime(state.completeFrom())));
			ps.setLong(2, SampleKey.of(0, SampleKey.clampTime(state.closedUntil())));
			try (ResultSet rs = ps.executeQuery()) {
				samples = rs.next();
			}
		}
		if (!samples) {
			return false;
		}
		for (long bucket : new long[] { TEN_SECONDS, MINUTE, HOUR }) {
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT RKEY FROM " + table(bucket) + " LIMIT 1")) {
				if (!rs.next()) {
					return true;
				}
			}
		}
		return false;
	}

	/** Every variable's hour summarised again from its stored minutes (where the backfill meets the writer's rows). */
	public static void hourOfEveryVariable(Connection c, long hourStart) throws SQLException {
		List<Integer> ids = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID FROM VARIABLE")) {
			while (rs.next()) {
				ids.add(rs.getInt(1));
			}
		}
		for (int id : ids) {
			put(c, HOUR, id, hourStart, hourFromMinutes(c, id, hourStart));
		}
	}

	/**
	 * The state as stored, for readers; a history without one (written before rollups, not opened by a writer
	 * since) has no complete range.
	 */
	public static State readState(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COMPLETE_FROM, CLOSED_UNTIL FROM ROLLUP_STATE WHERE ID = 1")) {
			return rs.next() ? new State(rs.getLong(1), rs.getLong(2)) : NONE;
		} catch (SQLException e) {
			if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
					|| e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
				return NONE;
			}
			throw e;
		}
	}

	public static void save(Connection c, State state) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(
				"MERGE INTO ROLLUP_STATE(ID, COMPLETE_FROM, CLOSED_UNTIL) KEY(ID) VALUES(1, ?, ?)")) {
			ps.setLong(1, state.completeFrom());
			ps.setLong(2, state.closedUntil());
			ps.executeUpdate();
		}
	}

	/** Summaries made from samples: bucket start → variable id → rollup, per minute and per 10 seconds. */
	public record Built(Map<Long, Map<Integer, Rollup>> minutes, Map<Long, Map<Integer, Rollup>> tens) {
	}

	/** Every variable's samples in {@code [from, to)} summarised per minute (see {@link #fromSamples}). */
	public static Map<Long, Map<Integer, Rollup>> minutesFromSamples(Connection c, long from, long to,
			NavigableMap<Long, Set<Integer>> only) throws SQLException {
		return fromSamples(c, from, to, only).minutes();
	}

	/**
	 * Summarises every variable's samples in {@code [from, to)} per 10 seconds, in one range read of the time-major
	 * sample key, and per minute from those; with {@code only} (minute → variable ids) just those minutes and variables.
	 */
	public static Built fromSamples(Connection c, long from, long to, NavigableMap<Long, Set<Integer>> only)
			throws SQLException {
		Map<Long, Map<Integer, Rollup>> out = new TreeMap<>();
		Map<Long, Map<Integer, Rollup>> tens = new TreeMap<>();
		try (PreparedStatement ps = c
				.prepareStatement("SELECT SKEY, VAL, QUALITY FROM SAMPLE WHERE SKEY >= ? AND SKEY < ? ORDER BY SKEY")) {
			ps.setLong(1, SampleKey.of(0, SampleKey.clampTime(from)));
			ps.setLong(2, SampleKey.of(0, SampleKey.clampTime(to)));
			ps.setFetchSize(10_000);
			try (ResultSet rs = ps.executeQuery()) {
				long ten = Long.MIN_VALUE;
				Map<Integer, Rollup> currentTen = null;
				Set<Integer> wanted = null;
				while (rs.next()) {
					long key = rs.getLong(1);
					long time = SampleKey.time(key);
					if (currentTen == null || time >= ten + TEN_SECONDS) {
						ten = floor(time, TEN_SECONDS);
						currentTen = tens.computeIfAbsent(ten, m -> new HashMap<>());
						wanted = only == null ? null : only.get(floor(time, MINUTE));
					}
					int id = SampleKey.variableId(key);
					if (only != null && (wanted == null || !wanted.contains(id))) {
						continue;
					}
					double v = rs.getDouble(2);
					currentTen.computeIfAbsent(id, i -> new Rollup()).add(time, rs.wasNull() ? Double.NaN : v,
							Quality.ofCode(rs.getByte(3)));
				}
			}
		}
		// a minute is its six 10 s buckets merged in time order: the same summary as from its samples
		tens.forEach((ten, byVariable) -> {
			Map<Integer, Rollup> minute = out.computeIfAbsent(floor(ten, MINUTE), m -> new HashMap<>());
			byVariable.forEach((id, r) -> minute.computeIfAbsent(id, i -> new Rollup()).merge(r));
		});
		return new Built(out, tens);
	}

	/** Writes the 10 s rollups (bucket start → id → rollup) six to a row; {@code fresh}: none is stored yet. */
	public static void putTens(Connection c, Map<Long, Map<Integer, Rollup>> tens, boolean fresh) throws SQLException {
		TenSecondRollups.putAll(c, TenSecondRollups.rows(tens), fresh);
	}

	/** Writes the rollup of a minute or an hour, or deletes its row when it holds no sample. */
	public static void put(Connection c, long bucket, int variableId, long bucketStart, Rollup r) throws SQLException {
		long key = key(variableId, bucketStart);
		if (r == null || r.count() == 0) {
			try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table(bucket) + " WHERE RKEY = ?")) {
				ps.setLong(1, key);
				ps.executeUpdate();
			}
			return;
		}
		try (PreparedStatement ps = c.prepareStatement(
				"MERGE INTO " + table(bucket) + "(" + COLUMNS + ") KEY(RKEY) VALUES(" + "?,".repeat(17) + "?)")) {
			bind(ps, key, r);
			ps.executeUpdate();
		}
	}

	/**
	 * Writes many rollups of one bucket size in one batch; each entry: key → rollup. {@code fresh}: none of them is
	 * stored yet, so a plain INSERT does (about half the cost of MERGE, which tries an UPDATE first).
	 */
	public static void putAll(Connection c, long bucket, Map<Long, Rollup> rows, boolean fresh) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		String into = fresh ? "INSERT INTO " + table(bucket) + "(" + COLUMNS + ")"
				: "MERGE INTO " + table(bucket) + "(" + COLUMNS + ") KEY(RKEY)";
		try (PreparedStatement ps = c.prepareStatement(into + " VALUES(" + "?,".repeat(17) + "?)")) {
			for (Map.Entry<Long, Rollup> e : rows.entrySet()) {
				bind(ps, e.getKey(), e.getValue());
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	private static void bind(PreparedStatement ps, long key, Rollup r) throws SQLException {
		ps.setLong(1, key);
		ps.setLong(2, r.count);
		ps.setLong(3, r.firstTime);
		ps.setLong(4, r.lastTime);
		ps.setLong(5, r.silence);
		ps.setLong(6, r.usable);
		boolean any = r.usable > 0;
		setDouble(ps, 7, any, r.sum);
		setLong(ps, 8, any, r.minTime);
		setDouble(ps, 9, any, r.min);
		setLong(ps, 10, any, r.maxTime);
		setDouble(ps, 11, any, r.max);
		setLong(ps, 12, any, r.firstUsableTime);
		setDouble(ps, 13, any, r.firstUsable);
		setLong(ps, 14, any, r.lastUsableTime);
		setDouble(ps, 15, any, r.lastUsable);
		ps.setBoolean(16, r.uncertain);
		if (r.firstUnusable < 0) {
			ps.setNull(17, Types.TINYINT);
		} else {
			ps.setByte(17, r.firstUnusable);
		}
		ps.setBoolean(18, r.anyInvalid);
	}

	private static void setDouble(PreparedStatement ps, int i, boolean present, double v) throws SQLException {
		if (present) {
			ps.setDouble(i, v);
		} else {
			ps.setNull(i, Types.DOUBLE);
		}
	}

	private static void setLong(PreparedStatement ps, int i, boolean present, long v) throws SQLException {
		if (present) {
			ps.setLong(i, v);
		} else {
			ps.setNull(i, Types.BIGINT);
		}
	}

	/** A stored rollup row: its bucket start and summary. */
	public record Row(long bucketStart, Rollup rollup) {
	}

	/** The rollup rows of one variable with bucket start in {@code [from, to)}, oldest first. */
	public static List<Row> read(Connection c, long bucket, int variableId, long from, long to) throws SQLException {
		if (bucket == TEN_SECONDS) {
			return TenSecondRollups.read(c, variableId, from, to);
		}
		List<Row> out = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table(bucket)
				+ " WHERE RKEY >= ? AND RKEY < ? ORDER BY RKEY")) {
			ps.setLong(1, key(variableId, from));
			ps.setLong(2, key(variableId, to));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(new Row(bucketStart(rs.getLong(1)), rollup(rs)));
				}
			}
		}
		return out;
	}

	private static Rollup rollup(ResultSet rs) throws SQLException {
		Rollup r = new Rollup();
		r.count = rs.getLong(2);
		r.firstTime = rs.getLong(3);
		r.lastTime = rs.getLong(4);
		r.silence = rs.getLong(5);
		r.usable = rs.getLong(6);
		if (r.usable > 0) {
			r.sum = rs.getDouble(7);
			r.minTime = rs.getLong(8);
			r.min = rs.getDouble(9);
			r.maxTime = rs.getLong(10);
			r.max = rs.getDouble(11);
			r.firstUsableTime = rs.getLong(12);
			r.firstUsable = rs.getDouble(13);
			r.lastUsableTime = rs.getLong(14);
			r.lastUsable = rs.getDouble(15);
		}
		r.uncertain = rs.getBoolean(16);
		byte q = rs.getByte(17);
		r.firstUnusable = rs.wasNull() ? -1 : q;
		r.anyInvalid = rs.getBoolean(18);
		return r;
	}

	/** The stored rollup of one bucket, or an empty one. */
	public static Rollup readOne(Connection c, long bucket, int variableId, long bucketStart) throws SQLException {
		List<Row> rows = read(c, bucket, variableId, bucketStart, bucketStart + 1);
		return rows.isEmpty() ? new Rollup() : rows.get(0).rollup();
	}

	/** The hour of a variable summarised from its stored minutes. */
	public static Rollup hourFromMinutes(Connection c, int variableId, long hourStart) throws SQLException {
		Rollup hour = new Rollup();
		for (Row m : read(c, MINUTE, variableId, hourStart, hourStart + HOUR)) {
			hour.merge(m.rollup());
		}
		return hour;
	}

	/**
	 * Summarises again, from the samples, the given minutes of the given variables (minute → ids), and the hours
	 * they lie in from their minutes; only inside the complete range of {@code state}. For late samples and
	 * deletions.
	 */
	public static void recompute(Connection c, State state, NavigableMap<Long, Set<Integer>> minutes)
			throws SQLException {
		if (minutes.isEmpty() || state.closedUntil() - MINUTE < state.completeFrom()) {
			return;
		}
		NavigableMap<Long, Set<Integer>> inside = new TreeMap<>(minutes.subMap(state.completeFrom(), true,
				state.closedUntil() - MINUTE, true));
		if (inside.isEmpty()) {
			return;
		}
		Map<Long, Set<Integer>> hours = new TreeMap<>();
		// one range read per run of consecutive minutes
		long runStart = inside.firstKey();
		long runEnd = runStart;
		for (long m : inside.keySet()) {
			if (m > runEnd) {
				recomputeRun(c, runStart, runEnd, inside);
				runStart = m;
			}
			runEnd = m + MINUTE;
			hours.computeIfAbsent(floor(m, HOUR), h -> new TreeSet<>()).addAll(inside.get(m));
		}
		recomputeRun(c, runStart, runEnd, inside);
		for (Map.Entry<Long, Set<Integer>> h : hours.entrySet()) {
			for (int id : h.getValue()) {
				put(c, HOUR, id, h.getKey(), hourFromMinutes(c, id, h.getKey()));
			}
		}
	}

	private static void recomputeRun(Connection c, long from, long to, NavigableMap<Long, Set<Integer>> only)
			throws SQLException {
		Built built = fromSamples(c, from, to, only);
		for (Map.Entry<Long, Set<Integer>> e : only.subMap(from, true, to, false).entrySet()) {
			Map<Integer, Rollup> minute = built.minutes().getOrDefault(e.getKey(), Map.of());
			for (int id : e.getValue()) {
				put(c, MINUTE, id, e.getKey(), minute.get(id));
				Rollup[] six = new Rollup[(int) (MINUTE / TEN_SECONDS)];
				for (int i = 0; i < six.length; i++) {
					six[i] = built.tens().getOrDefault(e.getKey() + i * TEN_SECONDS, Map.of()).get(id);
				}
				TenSecondRollups.put(c, id, e.getKey(), six);
			}
		}
	}
}
