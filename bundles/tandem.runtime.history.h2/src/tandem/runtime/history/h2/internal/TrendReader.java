package tandem.runtime.history.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;

/**
 * Feeds a {@link TrendDecimation} from the store by the cheapest exact path. A column at least an hour wide is
 * fed from hour rollups, at least a minute wide from minute rollups, at least 10 s wide from 10 s rollups, a
 * narrower one from the samples, so a short window is exactly its samples. Where a bucket cannot stand for its samples — it mixes usable and unusable
 * samples, or holds a silence longer than the query's gap time — the next finer level (in the end the samples)
 * is read for that bucket alone; so are the partial buckets at both ends of the range and the newest minutes that
 * have not closed yet. Every bucket adds its first, minimum, maximum and last sample at their own times, so no
 * spike is lost and the answer stays bounded by the columns, not by the samples.
 */
public final class TrendReader {

	/** Reads a variable's samples in {@code [from, to)} into the decimation; returns how many. */
	@FunctionalInterface
	public interface RawSamples {
		long read(long from, long to) throws SQLException;
	}

	private final Connection c;
	private final int variableId;
	private final TrendQuery query;
	private final TrendDecimation decimation;
	private final RawSamples raw;
	private Rollups.State state;
	private long rows;
	private long samples;

	public TrendReader(Connection c, int variableId, TrendQuery query, TrendDecimation decimation, RawSamples raw) {
		this.c = c;
		this.variableId = variableId;
		this.query = query;
		this.decimation = decimation;
		this.raw = raw;
	}

	/** Reads the query's range; returns {rollup rows, samples} read. */
	public long[] read() throws SQLException {
		state = Rollups.readState(c);
		double columnMs = (double) (query.to() - query.from()) / query.columns();
		long level = columnMs >= Rollups.HOUR ? Rollups.HOUR
				: columnMs >= Rollups.MINUTE ? Rollups.MINUTE : columnMs >= Rollups.TEN_SECONDS ? Rollups.TEN_SECONDS : 0;
		cover(query.from(), query.to(), level);
		return new long[] { rows, samples };
	}

	private static long finer(long level) {
		return level == Rollups.HOUR ? Rollups.MINUTE : level == Rollups.MINUTE ? Rollups.TEN_SECONDS : 0;
	}

	private void cover(long from, long to, long level) throws SQLException {
		if (from >= to) {
			return;
		}
		if (level == 0) {
			samples += raw.read(from, to);
			return;
		}
		long lo = Math.max(Rollups.ceil(from, level), Rollups.ceil(state.completeFrom(), level));
		long hi = Math.min(Rollups.floor(to, level), Rollups.floor(state.closedUntil(), level));
		if (lo >= hi) {
			cover(from, to, finer(level));
			return;
		}
		cover(from, lo, finer(level));
		buckets(lo, hi, level);
		cover(hi, to, finer(level));
	}

	private void buckets(long from, long to, long level) throws SQLException {
		List<Rollups.Row> stored = Rollups.read(c, level, variableId, from, to);
		rows += stored.size();
		for (Rollups.Row row : stored) {
			Rollup r = row.rollup();
			boolean silent = query.maxGapMs() > 0 && r.silence() > query.maxGapMs();
			if (r.usable() == r.count() && !silent) {
				decimation.addBucket(r.count(), r.firstUsableTime(), r.firstUsable(), r.minTime(), r.min(),
						r.maxTime(), r.max(), r.lastUsableTime(), r.lastUsable(), r.uncertain());
			} else if (r.usable() == 0) {
				decimation.addUnusableBucket(r.count(), r.firstTime(), r.firstUnusable(), r.lastTime(),
						r.anyInvalid());
			} else {
				cover(row.bucketStart(), row.bucketStart() + level, finer(level));
			}
		}
	}
}
