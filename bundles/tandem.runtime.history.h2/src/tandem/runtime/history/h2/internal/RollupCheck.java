package tandem.runtime.history.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Compares the stored rollups with summaries made afresh from the samples, for tests and checkers: every 10 s, minute
 * and whole hour of the complete range, both ways (a stored row without samples is a disagreement too).
 */
public final class RollupCheck {

	private RollupCheck() {
	}

	public static List<String> disagreements(Connection c, long from, long to, IntFunction<String> names)
			throws SQLException {
		Rollups.State state = Rollups.readState(c);
		long lo = Math.max(Rollups.ceil(from, Rollups.MINUTE), state.completeFrom());
		long hi = Math.min(Rollups.floor(to, Rollups.MINUTE), state.closedUntil());
		List<String> out = new ArrayList<>();
		if (lo >= hi) {
			return out;
		}
		Rollups.Built built = Rollups.fromSamples(c, lo, hi, null);
		Map<Long, Map<Integer, Rollup>> minutes = built.minutes();
		Map<Long, Rollup> wantTens = new TreeMap<>();
		built.tens().forEach((ten, byVariable) -> byVariable.forEach((id, r) -> wantTens.put(Rollups.key(id, ten), r)));
		Map<Long, Rollup> wantMinutes = new TreeMap<>();
		Map<Long, Rollup> wantHours = new TreeMap<>();
		minutes.forEach((minute, byVariable) -> byVariable.forEach((id, r) -> {
			wantMinutes.put(Rollups.key(id, minute), r);
			long hour = Rollups.floor(minute, Rollups.HOUR);
			if (state.covers(hour, hour + Rollups.HOUR) && hour >= lo && hour + Rollups.HOUR <= hi) {
				wantHours.computeIfAbsent(Rollups.key(id, hour), k -> new Rollup()).merge(r);
			}
		}));
		compare(out, Rollups.TEN_SECONDS, wantTens, stored(c, Rollups.TEN_SECONDS, lo, hi), names);
		compare(out, Rollups.MINUTE, wantMinutes, stored(c, Rollups.MINUTE, lo, hi), names);
		long hourLo = Math.max(Rollups.ceil(lo, Rollups.HOUR), Rollups.ceil(state.completeFrom(), Rollups.HOUR));
		long hourHi = Rollups.floor(hi, Rollups.HOUR);
		Map<Long, Rollup> storedHours = hourLo < hourHi ? stored(c, Rollups.HOUR, hourLo, hourHi) : Map.of();
		compare(out, Rollups.HOUR, wantHours, storedHours, names);
		return out;
	}

	/** Every variable's stored rows with bucket start in {@code [from, to)}. */
	private static Map<Long, Rollup> stored(Connection c, long bucket, long from, long to) throws SQLException {
		Map<Long, Rollup> out = new HashMap<>();
		List<Integer> ids = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM VARIABLE"); ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				ids.add(rs.getInt(1));
			}
		}
		for (int id : ids) {
			for (Rollups.Row row : Rollups.read(c, bucket, id, from, to)) {
				out.put(Rollups.key(id, row.bucketStart()), row.rollup());
			}
		}
		return out;
	}

	private static void compare(List<String> out, long bucket, Map<Long, Rollup> want, Map<Long, Rollup> have,
			IntFunction<String> names) {
		String size = bucket == Rollups.HOUR ? "hour" : bucket == Rollups.MINUTE ? "minute" : "10 s";
		want.forEach((key, r) -> {
			Rollup stored = have.get(key);
			if (!r.equals(stored)) {
				out.add(names.apply(Rollups.variableId(key)) + " " + size + " " + Rollups.bucketStart(key)
						+ ": stored " + stored + ", from the samples " + r);
			}
		});
		have.forEach((key, r) -> {
			if (!want.containsKey(key)) {
				out.add(names.apply(Rollups.variableId(key)) + " " + size + " " + Rollups.bucketStart(key)
						+ ": stored " + r + " without samples");
			}
		});
	}
}
