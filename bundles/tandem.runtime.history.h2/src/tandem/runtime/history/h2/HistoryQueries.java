package tandem.runtime.history.h2;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.api.history.CelFilter;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.history.h2.internal.CelOrigins;
import tandem.runtime.history.h2.internal.RollupCheck;
import tandem.runtime.history.h2.internal.Rollups;
import tandem.runtime.history.h2.internal.TrendReader;
import tandem.runtime.history.h2.internal.FactCodec;
import tandem.runtime.history.h2.internal.SampleKey;
import tandem.runtime.history.h2.internal.VariableIds;

/**
 * Reads a history: samples and trends, alarms, CEL, the event log and range digests; plus retention deletes. Runs
 * on its own connection, so readers see committed data while the writer goes on (H2 MVCC). Time ranges are
 * {@code [from, to)} in epoch ms.
 */
public final class HistoryQueries implements AutoCloseable {

	private final Path file;
	private final Connection c;
	private final VariableIds variables;

	private static final long DIGEST_SLICE_MS = 10_000;

	HistoryQueries(Path file, Connection c, VariableIds variables) {
		this.file = file;
		this.c = c;
		this.variables = variables;
	}

	/** Names of all variables that have samples. */
	public synchronized List<String> variables() {
		return query("SELECT NAME FROM VARIABLE ORDER BY NAME", ps -> {
		}, rs -> rs.getString(1));
	}

	public synchronized List<ArchiveSample> samples(String variable, long from, long to) {
		OptionalInt id = id(variable);
		if (id.isEmpty()) {
			return List.of();
		}
		return query("SELECT SKEY, VAL, QUALITY FROM SAMPLE WHERE SKEY >= ? AND SKEY < ? AND BITAND(SKEY, "
				+ SampleKey.ID_MASK + ") = ? ORDER BY SKEY", ps -> range(ps, id.getAsInt(), from, to),
				rs -> new ArchiveSample(variable, SampleKey.time(rs.getLong(1)), value(rs, 2),
						Quality.ofCode(rs.getByte(3))));
	}

	/** Receives samples one at a time, in time order, without a list of them all. */
	@FunctionalInterface
	public interface SampleVisitor {
		void sample(long time, double value, Quality quality);
	}

	/**
	 * Every sample of a variable in {@code [from, to)}, in time order, streamed to {@code visitor}: a trend of a week
	 * at 1 s reads 600,000 rows without holding them.
	 *
	 * @return how many samples were read
	 */
	public synchronized long forEachSample(String variable, long from, long to, SampleVisitor visitor) {
		OptionalInt id = id(variable);
		if (id.isEmpty()) {
			return 0;
		}
		String sql = "SELECT SKEY, VAL, QUALITY FROM SAMPLE WHERE SKEY >= ? AND SKEY < ? AND BITAND(SKEY, "
				+ SampleKey.ID_MASK + ") = ? ORDER BY SKEY";
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			range(ps, id.getAsInt(), from, to);
			ps.setFetchSize(10_000);
			long n = 0;
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					visitor.sample(SampleKey.time(rs.getLong(1)), value(rs, 2), Quality.ofCode(rs.getByte(3)));
					n++;
				}
			}
			return n;
		} catch (SQLException e) {
			throw failure(sql, e);
		}
	}

	/**
	 * Feeds a trend's decimation with the variable's history in the query's range: from the 10 s, minute or hour rollups
	 * where the columns are at least that wide, from the samples where they are narrower (a short window is exact)
	 * and wherever a bucket cannot stand for its samples ({@link TrendReader}). A week at 1 s reads some 10,000
	 * minute rows of this variable instead of the week's samples of every variable.
	 */
	public synchronized TrendRead trend(TrendQuery q, TrendDecimation d) {
		OptionalInt id = id(q.variable());
		if (id.isEmpty()) {
			return new TrendRead(0, 0);
		}
		try {
			long[] read = new TrendReader(c, id.getAsInt(), q, d, (from, to) -> forEachSample(q.variable(), from, to,
					d::add)).read();
			return new TrendRead(read[0], read[1]);
		} catch (SQLException e) {
			throw failure("trend of " + q.variable(), e);
		}
	}

	/**
	 * For checkers: the minute and hour rollups in {@code [from, to)} that differ from a summary made afresh from
	 * the samples (or exist without samples), one line each; empty when they agree. Reads every sample of the range.
	 */
	public synchronized List<String> rollupsDisagreeingWithSamples(long from, long to) {
		try {
			return RollupCheck.disagreements(c, from, to, this::nameOrId);
		} catch (SQLException e) {
			throw failure("rollups", e);
		}
	}

	private String nameOrId(int id) {
		try {
			return name(id);
		} catch (SQLException e) {
			throw failure("variable list", e);
		}
	}

	/** The newest sample of a variable before {@code time}, if any (one index step back from the range start). */
	public synchronized Optional<ArchiveSample> sampleBefore(String variable, long time, long lookBackMs) {
		OptionalInt id = id(variable);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		List<ArchiveSample> rows = query("SELECT SKEY, VAL, QUALITY FROM SAMPLE WHERE SKEY >= ? AND SKEY < ? AND"
				+ " BITAND(SKEY, " + SampleKey.ID_MASK + ") = ? ORDER BY SKEY DESC LIMIT 1",
				ps -> range(ps, id.getAsInt(), time - lookBackMs, time),
				rs -> new ArchiveSample(variable, SampleKey.time(rs.getLong(1)), value(rs, 2),
						Quality.ofCode(rs.getByte(3))));
		return rows.stream().findFirst();
	}

	/**
	 * One page of the CEL, newest first, matching the filter and strictly older than
	 * ({@code filter.beforeTime()}, {@code filter.beforeKey()}); one row more than the page is read to tell whether
	 * more follow. {@link CelFilter.Category#ROLE} selects the system lines that record role changes.
	 */
	public synchronized List<CelEntry> celPage(CelFilter f, int rows) {
		StringBuilder sql = new StringBuilder(
				"SELECT CKEY, TIME, CATEGORY, SOURCE, USER_NAME, TEXT, NODE FROM CEL WHERE TIME >= ? AND TIME < ?");
		List<Object> args = new ArrayList<>(List.of(f.from(), f.to()));
		if (f.beforeTime() != Long.MAX_VALUE) {
			sql.append(" AND (TIME < ? OR TIME = ? AND CKEY < ?)");
			args.addAll(List.of(f.beforeTime(), f.beforeTime(), f.beforeKey()));
		}
		if (!f.categories().isEmpty()) {
			List<String> terms = new ArrayList<>();
			for (CelFilter.Category cat : f.categories()) {
				if (cat == CelFilter.Category.ROLE) {
					terms.add("CATEGORY = 'SYSTEM' AND CKEY LIKE 'system:%:ROLE-%'");
				} else {
					terms.add("CATEGORY = ?");
					args.add(cat.name());
				}
			}
			sql.append(" AND (").append(String.join(" OR ", terms)).append(")");
		}
		filter(sql, args, " AND LOWER(USER_NAME) = ?", f.user().toLowerCase(java.util.Locale.ROOT));
		if (!f.subject().isBlank()) {
			sql.append(" AND (LOWER(SOURCE) LIKE ? OR LOWER(TEXT) LIKE ?)");
			String like = "%" + escapeLike(f.subject().toLowerCase(java.util.Locale.ROOT)) + "%";
			args.add(like);
			args.add(like);
		}
		if (!f.text().isBlank()) {
			sql.append(" AND LOWER(TEXT) LIKE ?");
			args.add("%" + escapeLike(f.text().toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		sql.append(" ORDER BY TIME DESC, CKEY DESC LIMIT ").append(Math.max(1, rows));
		return query(sql.toString(), ps -> {
			for (int i = 0; i < args.size(); i++) {
				ps.setObject(i + 1, args.get(i));
			}
		}, rs -> new CelEntry(rs.getString(1), rs.getLong(2), CelCategory.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7)));
	}

	private static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Oldest and newest sample time; {@code {Long.MAX_VALUE, Long.MIN_VALUE}} without samples. Index lookups. */
	private long[] sampleSpan() {
		List<long[]> span = query("SELECT MIN(SKEY), MAX(SKEY) FROM SAMPLE", ps -> {
		}, rs -> {
			long min = rs.getLong(1);
			if (rs.wasNull()) {
				return new long[] { Long.MAX_VALUE, Long.MIN_VALUE };
			}
			return new long[] { SampleKey.time(min), SampleKey.time(rs.getLong(2)) };
		});
		return span.isEmpty() ? new long[] { Long.MAX_VALUE, Long.MIN_VALUE } : span.get(0);
	}

	/** The source time of the newest sample of any variable, or {@link Long#MIN_VALUE} without samples. */
	public synchronized long newestSampleTime() {
		List<Long> max = query("SELECT MAX(SKEY) FROM SAMPLE", ps -> {
		}, rs -> {
			long key = rs.getLong(1);
			return rs.wasNull() ? Long.MIN_VALUE : SampleKey.time(key);
		});
		return max.isEmpty() ? Long.MIN_VALUE : max.get(0);
	}

	/**
	 * Every variable's samples in {@code [from, to)}, in key order (time, then variable). One range scan of the
	 * time-major key: for many variables far cheaper than {@link #samples} per variable, each of which scans the
	 * same range.
	 */
	public synchronized List<ArchiveSample> samplesBetween(long from, long to) {
		return query("SELECT SKEY, VAL, QUALITY FROM SAMPLE WHERE SKEY >= ? AND SKEY < ? ORDER BY SKEY", ps -> {
			ps.setLong(1, SampleKey.of(0, SampleKey.clampTime(from)));
			ps.setLong(2, SampleKey.of(0, SampleKey.clampTime(to)));
		}, rs -> new ArchiveSample(name(SampleKey.variableId(rs.getLong(1))), SampleKey.time(rs.getLong(1)),
				value(rs, 2), Quality.ofCode(rs.getByte(3))));
	}

	/**
	 * A trend of at most about {@code maxPoints} points: the samples themselves when there are few, otherwise
	 * min/max/avg per bucket of {@code (to - from) / maxPoints} ms. BAD and INVALID samples are left out.
	 */
	public synchronized List<TrendPoint> trend(String variable, long from, long to, int maxPoints) {
		List<ArchiveSample> rows = samples(variable, from, to);
		List<TrendPoint> points = new ArrayList<>();
		if (rows.size() <= maxPoints) {
			for (ArchiveSample s : rows) {
				if (usable(s)) {
					points.add(new TrendPoint(s.sourceTime(), s.value(), s.value(), s.value(), 1));
				}
			}
			return points;
		}
		long bucket = Math.max(1, (to - from + maxPoints - 1) / maxPoints);
		TrendBucket current = null;
		for (ArchiveSample s : rows) {
			if (!usable(s)) {
				continue;
			}
			long start = from + (s.sourceTime() - from) / bucket * bucket;
			if (current == null || current.start != start) {
				if (current != null) {
					points.add(current.point());
				}
				current = new TrendBucket(start);
			}
			current.add(s.value());
		}
		if (current != null) {
			points.add(current.point());
		}
		return points;
	}

	private static boolean usable(ArchiveSample s) {
		return (s.quality() == Quality.GOOD || s.quality() == Quality.UNCERTAIN) && !Double.isNaN(s.value());
	}

	private static final class TrendBucket {
		final long start;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		double sum;
		int count;

		TrendBucket(long start) {
			this.start = start;
		}

		void add(double v) {
			min = Math.min(min, v);
			max = Math.max(max, v);
			sum += v;
			count++;
		}

		TrendPoint point() {
			return new TrendPoint(start, min, max, sum / count, count);
		}
	}

	/**
	 * Alarms in the active list (not cleared, or cleared and unacknowledged), newest first; merged occurrences are
	 * not in it (their alarm is the one they were merged into).
	 */
	public synchronized List<AlarmRecord> activeAlarms() {
		return query(ALARM_SELECT + " WHERE MERGED_INTO IS NULL AND (CLEAR_TIME IS NULL OR (CLEARED_UNACKED AND"
				+ " ACK_TIME IS NULL)) ORDER BY RAISE_TIME DESC, ALARM", ps -> {
				}, HistoryQueries::alarm);
	}

	/** Alarm occurrences raised in {@code [from, to)}, oldest first, without the merged ones. */
	public synchronized List<AlarmRecord> alarms(long from, long to) {
		return alarms(from, to, false);
	}

	/**
	 * Alarm occurrences raised in {@code [from, to)}, oldest first; with {@code withMerged} also the occurrences that
	 * were merged into an earlier one (for checkers and audits).
	 */
	public synchronized List<AlarmRecord> alarms(long from, long to, boolean withMerged) {
		return query(ALARM_SELECT + " WHERE RAISE_TIME >= ? AND RAISE_TIME < ?"
				+ (withMerged ? "" : " AND MERGED_INTO IS NULL") + " ORDER BY RAISE_TIME, ALARM", ps -> {
					ps.setLong(1, from);
					ps.setLong(2, to);
				}, HistoryQueries::alarm);
	}

	/**
	 * One page of the occurrences raised in {@code [from, to)}, newest first by (raise time, alarm), strictly before
	 * ({@code beforeTime}, {@code beforeAlarm}) unless {@code beforeTime} is {@link Long#MAX_VALUE}; at most {@code rows}
	 * of them, merged twins left out. Keyset paging: a page depends only on its key, never on how many rows are newer.
	 */
	public synchronized List<AlarmRecord> alarmPage(long from, long to, long beforeTime, String beforeAlarm,
			int rows) {
		boolean next = beforeTime != Long.MAX_VALUE;
		return query(ALARM_SELECT + " WHERE RAISE_TIME >= ? AND RAISE_TIME < ?"
				+ (next ? " AND RAISE_TIME <= ? AND (RAISE_TIME < ? OR ALARM < ?)" : "")
				+ " AND MERGED_INTO IS NULL ORDER BY RAISE_TIME DESC, ALARM DESC LIMIT " + Math.max(1, rows), ps -> {
					ps.setLong(1, from);
					ps.setLong(2, to);
					if (next) {
						ps.setLong(3, beforeTime);
						ps.setLong(4, beforeTime);
						ps.setString(5, beforeAlarm);
					}
				}, HistoryQueries::alarm);
	}

	private static final String ALARM_SELECT = "SELECT ALARM, RAISE_TIME, PRIORITY, TEXT, RAISE_VALUE, ACK_TIME,"
			+ " ACK_USER, CLEAR_TIME, CLEAR_VALUE, CLEARED_UNACKED, MERGED_INTO FROM ALARM";

	private static AlarmRecord alarm(ResultSet rs) throws SQLException {
		return new AlarmRecord(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
				rs.getObject(5, Double.class), rs.getObject(6, Long.class), rs.getString(7),
				rs.getObject(8, Long.class), rs.getObject(9, Double.class), rs.getBoolean(10),
				rs.getObject(11, Long.class));
	}

	/** CEL lines matching the filter, oldest first. */
	public synchronized List<CelEntry> cel(CelQuery q) {
		StringBuilder sql = new StringBuilder(
				"SELECT CKEY, TIME, CATEGORY, SOURCE, USER_NAME, TEXT, NODE FROM CEL WHERE TIME >= ? AND TIME < ?");
		List<Object> args = new ArrayList<>(List.of(q.from(), q.to()));
		if (!q.categories().isEmpty()) {
			sql.append(" AND CATEGORY IN (").append("?,".repeat(q.categories().size() - 1)).append("?)");
			q.categories().forEach(cat -> args.add(cat.name()));
		}
		filter(sql, args, " AND SOURCE = ?", q.source());
		filter(sql, args, " AND USER_NAME = ?", q.user());
		if (!q.textContains().isBlank()) {
			sql.append(" AND LOWER(TEXT) LIKE ?");
			args.add("%" + q.textContains().toLowerCase(java.util.Locale.ROOT) + "%");
		}
		sql.append(" ORDER BY TIME, CKEY LIMIT ").append(Math.max(1, q.limit()));
		return query(sql.toString(), ps -> {
			for (int i = 0; i < args.size(); i++) {
				ps.setObject(i + 1, args.get(i));
			}
		}, rs -> new CelEntry(rs.getString(1), rs.getLong(2), CelCategory.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7)));
	}

	/**
	 * The facts behind the CEL lines in {@code [from, to)}, oldest first: alarm transitions and operator actions
	 * rebuilt from their rows ({@link CelOrigins}), other lines as they are. Stored in another history they produce
	 * the same alarm rows, action rows and CEL lines, which the lines alone would not: this is what alignment sends
	 * for a differing CEL bucket.
	 */
	public synchronized List<Fact> celFacts(long from, long to) {
		List<Fact> out = new ArrayList<>();
		for (CelEntry line : cel(new CelQuery(from, to, null, "", "", "", Integer.MAX_VALUE))) {
			CelOrigins.Occurrence o = CelOrigins.occurrence(line);
			if (o != null) {
				out.add(transitionBehind(line, o));
			} else if (line.category() == CelCategory.OPERATOR && line.key().startsWith("action:")) {
				out.add(CelOrigins.action(line, action(line.key().substring("action:".length()))));
			} else {
				out.add(line);
			}
		}
		return out;
	}

	private Fact transitionBehind(CelEntry line, CelOrigins.Occurrence o) {
		List<Fact> rebuilt = query(ALARM_SELECT + " WHERE ALARM = ? AND RAISE_TIME = ?", ps -> {
			ps.setString(1, o.alarm());
			ps.setLong(2, o.raiseTime());
		}, rs -> {
			AlarmRecord r = alarm(rs);
			return CelOrigins.transition(line, o, r.priority(), r.text(), r.raiseValue(), r.clearValue(),
					r.mergedInto());
		});
		return rebuilt.isEmpty() ? line : rebuilt.get(0); // row gone by retention: the line is all there is
	}

	/** The recorded operator action with this id, or null. */
	public synchronized OperatorAction action(String actionId) {
		List<OperatorAction> rows = query("SELECT ACTION_ID, KIND, USER_NAME, TARGET, DETAIL, TIME, ACCEPTED, NODE"
				+ " FROM OPERATOR_ACTION WHERE ACTION_ID = ?", ps -> ps.setString(1, actionId),
				rs -> new OperatorAction(rs.getString(1), ActionKind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getLong(6), rs.getBoolean(7), rs.getString(8)));
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static void filter(StringBuilder sql, List<Object> args, String clause, String value) {
		if (!value.isBlank()) {
			sql.append(clause);
			args.add(value);
		}
	}

	/** Logged facts with seq greater than {@code afterSeq}, in log order, at most about {@code max}. */
	public synchronized List<LoggedFact> readLog(long afterSeq, int max) {
		List<LoggedFact> out = new ArrayList<>();
		List<byte[]> blocks = query("SELECT PAYLOAD FROM EVENT_LOG WHERE FIRST_SEQ > ? - 2000 AND LAST_SEQ > ?"
				+ " ORDER BY FIRST_SEQ", ps -> {
					ps.setLong(1, afterSeq);
					ps.setLong(2, afterSeq);
				}, rs -> rs.getBytes(1));
		for (byte[] block : blocks) {
			for (LoggedFact f : FactCodec.decode(block)) {
				if (f.seq() > afterSeq && out.size() < max) {
					out.add(f);
				}
			}
		}
		return out;
	}

	/** Number of facts in the event log. */
	public synchronized long logSize() {
		List<Long> n = query("SELECT COALESCE(SUM(FACTS), 0) FROM EVENT_LOG", ps -> {
		}, rs -> rs.getLong(1));
		return n.get(0);
	}

	/**
	 * Digests of samples per variable and of the CEL (stream {@code #cel}) per time bucket in {@code [from, to)}.
	 * The hash is a sum of per-fact hashes over names, times and values, so it does not depend on node-local ids
	 * or on insertion order.
	 */
	public synchronized List<RangeDigest> digests(long from, long to, long bucketMillis) {
		Map<Integer, Long> nameHashes = new HashMap<>();
		TreeMap<String, TreeMap<Long, long[]>> sums = new TreeMap<>();
		// a slice at a time: one query over millions of rows makes H2 spill its result to a temporary file first
		long[] span = sampleSpan();
		long first = Math.max(from, span[0]);
		long end = Math.min(to, span[1] == Long.MIN_VALUE ? Long.MIN_VALUE : span[1] + 1);
		for (long slice = first; slice < end; slice = Math.min(end, slice + DIGEST_SLICE_MS)) {
			long sliceFrom = slice;
			long sliceTo = Math.min(end, slice + DIGEST_SLICE_MS);
			query("SELECT SKEY, VAL, QUALITY FROM SAMPLE WHERE SKEY >= ? AND SKEY < ?", ps -> {
				ps.setLong(1, SampleKey.of(0, SampleKey.clampTime(sliceFrom)));
				ps.setLong(2, SampleKey.of(0, SampleKey.clampTime(sliceTo)));
			}, rs -> {
				long key = rs.getLong(1);
				int id = SampleKey.variableId(key);
				String name = name(id);
				long nameHash = nameHashes.computeIfAbsent(id, i -> hash(name));
				long time = SampleKey.time(key);
				long rowHash = mix(nameHash ^ mix(time ^ mix(Double.doubleToLongBits(value(rs, 2)) + rs.getByte(3))));
				add(sums, name, from, bucketMillis, time, rowHash);
				return null;
			});
		}
		query("SELECT TIME, CKEY FROM CEL WHERE TIME >= ? AND TIME < ?", ps -> {
			ps.setLong(1, from);
			ps.setLong(2, to);
		}, rs -> {
			add(sums, "#cel", from, bucketMillis, rs.getLong(1), mix(hash(rs.getString(2)) ^ rs.getLong(1)));
			return null;
		});
		List<RangeDigest> out = new ArrayList<>();
		sums.forEach((stream, buckets) -> buckets
				.forEach((bucket, sum) -> out.add(new RangeDigest(stream, bucket, sum[0], sum[1]))));
		return out;
	}

	private static void add(TreeMap<String, TreeMap<Long, long[]>> sums, String stream, long from, long bucketMillis,
			long time, long rowHash) {
		long bucket = from + Math.floorDiv(time - from, bucketMillis) * bucketMillis;
		long[] sum = sums.computeIfAbsent(stream, s -> new TreeMap<>()).computeIfAbsent(bucket, b -> new long[2]);
		sum[0]++;
		sum[1] += rowHash;
	}

	private String name(int id) throws SQLException {
		String name = variables.name(id);
		if (name == null) {
			variables.load(c);
			name = variables.name(id);
		}
		return name == null ? "#" + id : name;
	}

	/**
	 * Retention: deletes the samples of a variable older than {@code cutoff}, and their rollups (the minute, its 10 s
	 * buckets and the hour the cutoff falls in are summarised again from the samples left); returns how many samples.
	 */
	public synchronized int deleteSamplesBefore(String variable, long cutoff) {
		OptionalInt id = id(variable);
		if (id.isEmpty()) {
			return 0;
		}
		int v = id.getAsInt();
		int n = update("DELETE FROM SAMPLE WHERE SKEY < ? AND BITAND(SKEY, " + SampleKey.ID_MASK + ") = ?", ps -> {
			ps.setLong(1, SampleKey.of(0, SampleKey.clampTime(cutoff)));
			ps.setInt(2, v);
		});
		for (long bucket : List.of(Rollups.TEN_SECONDS, Rollups.MINUTE, Rollups.HOUR)) {
			update("DELETE FROM " + Rollups.table(bucket) + " WHERE RKEY >= ? AND RKEY < ?", ps -> {
				ps.setLong(1, Rollups.key(v, 0));
				ps.setLong(2, Rollups.key(v, Rollups.floor(cutoff, bucket)));
			});
		}
		try {
			java.util.TreeMap<Long, java.util.Set<Integer>> boundary = new java.util.TreeMap<>();
			boundary.put(Rollups.floor(cutoff, Rollups.MINUTE), java.util.Set.of(v));
			Rollups.recompute(c, Rollups.readState(c), boundary);
		} catch (SQLException e) {
			throw failure("rollups of " + variable + " at the retention cutoff", e);
		}
		return n;
	}

	/** Retention: deletes CEL lines and alarm occurrences that ended before {@code cutoff}. */
	public synchronized int deleteEventsBefore(long cutoff) {
		int n = update("DELETE FROM CEL WHERE TIME < ?", ps -> ps.setLong(1, cutoff));
		n += update("DELETE FROM OPERATOR_ACTION WHERE TIME < ?", ps -> ps.setLong(1, cutoff));
		return n + update("DELETE FROM ALARM WHERE CLEAR_TIME < ? AND (ACK_TIME IS NOT NULL OR NOT CLEARED_UNACKED)",
				ps -> ps.setLong(1, cutoff));
	}

	private OptionalInt id(String variable) {
		OptionalInt id = variables.find(variable);
		if (id.isEmpty()) {
			try {
				variables.load(c);
			} catch (SQLException e) {
				throw failure("variable list", e);
			}
			id = variables.find(variable);
		}
		return id;
	}

	private static void range(PreparedStatement ps, int id, long from, long to) throws SQLException {
		ps.setLong(1, SampleKey.of(0, SampleKey.clampTime(from)));
		ps.setLong(2, SampleKey.of(0, SampleKey.clampTime(to)));
		ps.setInt(3, id);
	}

	private static double value(ResultSet rs, int column) throws SQLException {
		double v = rs.getDouble(column);
		return rs.wasNull() ? Double.NaN : v;
	}

	static long hash(String s) {
		long h = 0xcbf29ce484222325L;
		for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
			h = (h ^ (b & 0xff)) * 0x100000001b3L;
		}
		return h;
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	private interface Binder {
		void bind(PreparedStatement ps) throws SQLException;
	}

	private interface RowReader<T> {
		T read(ResultSet rs) throws SQLException;
	}

	private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			binder.bind(ps);
			List<T> out = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(reader.read(rs));
				}
			}
			return out;
		} catch (SQLException e) {
			throw failure(sql, e);
		}
	}

	private int update(String sql, Binder binder) {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			binder.bind(ps);
			return ps.executeUpdate();
		} catch (SQLException e) {
			throw failure(sql, e);
		}
	}

	private HistoryStoreException failure(String what, SQLException e) {
		return new HistoryStoreException("history store " + file + ": reading " + what + " failed: " + e.getMessage(),
				e);
	}

	@Override
	public synchronized void close() throws SQLException {
		c.close();
	}
}
