package tandem.hmi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.runtime.api.Value;
import tandem.runtime.api.history.TrendColumn;
import tandem.runtime.api.history.TrendGap;
import tandem.runtime.api.history.TrendSeries;

/**
 * The values a station has received, per variable, for trend elements: at most one sample per variable and
 * {@link #RESOLUTION_MS}, kept for {@link #KEEP_MS}. Values of bad quality are kept as gaps (NaN) so a trend shows
 * where the data was not trusted. What came before the station started is {@linkplain #seed seeded} from the
 * serving node's history when a trend element first shows a span the station has not seen. Not thread-safe: fed
 * and read on the UI thread.
 */
public final class TrendHistory {

	public static final long RESOLUTION_MS = 1000;
	public static final long KEEP_MS = 3_600_000;

	/** A sample of a trend: source time (epoch ms) and value, NaN for a gap. */
	public record Sample(long time, double value) {
	}

	private final Map<String, Deque<Sample>> samples = new HashMap<>();
	/** Variable → the earliest time the history was asked from. */
	private final Map<String, Long> seededFrom = new HashMap<>();

	/** Adds the changed values of one batch. */
	public void add(Map<String, Value> changed) {
		for (Map.Entry<String, Value> e : changed.entrySet()) {
			Value v = e.getValue();
			double d = v.isGood() || v.quality() == tandem.runtime.api.Quality.UNCERTAIN ? v.asDouble() : Double.NaN;
			Deque<Sample> line = samples.computeIfAbsent(e.getKey(), k -> new ArrayDeque<>());
			Sample last = line.peekLast();
			if (last != null && v.sourceTime() < last.time() + RESOLUTION_MS && v.sourceTime() >= last.time()) {
				line.pollLast(); // the newer value in the same second replaces the older
				line.addLast(new Sample(last.time(), d));
			} else if (last == null || v.sourceTime() > last.time()) {
				line.addLast(new Sample(v.sourceTime(), d));
			}
			while (!line.isEmpty() && line.peekFirst().time() < v.sourceTime() - KEEP_MS) {
				line.pollFirst();
			}
		}
	}

	/**
	 * The earliest time this station's samples of {@code variable} cover: seeded from history, or its first
	 * received sample; {@link Long#MAX_VALUE} when it has none.
	 */
	public long knownFrom(String variable) {
		Deque<Sample> line = samples.get(variable);
		long first = line == null || line.isEmpty() ? Long.MAX_VALUE : line.peekFirst().time();
		return Math.min(first, seededFrom.getOrDefault(variable, Long.MAX_VALUE));
	}

	/**
	 * Adds the recorded past of a variable before what this station received: each column's first, minimum,
	 * maximum and last sample in time order (so a spike in a column stays visible), and a NaN where the history
	 * has a gap or bad quality. Samples at or after the first received one are left to the live values.
	 */
	public void seed(String variable, TrendSeries series) {
		Deque<Sample> line = samples.computeIfAbsent(variable, k -> new ArrayDeque<>());
		long liveFrom = line.isEmpty() ? Long.MAX_VALUE : line.peekFirst().time();
		java.util.TreeMap<Long, Double> past = new java.util.TreeMap<>();
		for (TrendColumn c : series.columns()) {
			past.put(c.firstTime(), c.first());
			past.put(c.minTime(), c.min());
			past.put(c.maxTime(), c.max());
			past.put(c.lastTime(), c.last());
			if (c.gapAfter()) {
				past.put(c.lastTime() + 1, Double.NaN);
			}
		}
		for (TrendGap g : series.gaps()) {
			past.put(g.from(), Double.NaN);
		}
		java.util.Iterator<Map.Entry<Long, Double>> newestFirst = past.headMap(liveFrom, false).descendingMap()
				.entrySet().iterator();
		while (newestFirst.hasNext()) {
			Map.Entry<Long, Double> e = newestFirst.next();
			line.addFirst(new Sample(e.getKey(), e.getValue()));
		}
		seededFrom.merge(variable, series.query().from(), Math::min);
	}

	/** The samples of variable from {@code from} (epoch ms) on, oldest first. */
	public List<Sample> since(String variable, long from) {
		Deque<Sample> line = samples.get(variable);
		if (line == null) {
			return List.of();
		}
		return line.stream().filter(s -> s.time() >= from).toList();
	}
}
