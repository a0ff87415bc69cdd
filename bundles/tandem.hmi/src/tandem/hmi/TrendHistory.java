package tandem.hmi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.runtime.api.Value;

/**
 * The values a station has received, per variable, for trend elements: at most one sample per variable and
 * {@link #RESOLUTION_MS}, kept for {@link #KEEP_MS}. Values of bad quality are kept as gaps (NaN) so a trend shows
 * where the data was not trusted. Not thread-safe: fed and read on the UI thread.
 */
public final class TrendHistory {

	public static final long RESOLUTION_MS = 1000;
	public static final long KEEP_MS = 3_600_000;

	/** A sample of a trend: source time (epoch ms) and value, NaN for a gap. */
	public record Sample(long time, double value) {
	}

	private final Map<String, Deque<Sample>> samples = new HashMap<>();

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

	/** The samples of variable from {@code from} (epoch ms) on, oldest first. */
	public List<Sample> since(String variable, long from) {
		Deque<Sample> line = samples.get(variable);
		if (line == null) {
			return List.of();
		}
		return line.stream().filter(s -> s.time() >= from).toList();
	}
}
