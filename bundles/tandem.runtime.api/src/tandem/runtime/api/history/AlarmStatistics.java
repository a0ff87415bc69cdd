package tandem.runtime.api.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alarm system performance over a period, in the measures of EEMUA 191 and ISA-18.2: the alarm rate per 10 minutes
 * (average and peak), floods (a 10-minute interval with more than {@value #FLOOD_ALARMS} alarms), chattering alarms
 * ({@value #CHATTER_RAISES} or more raises of one alarm within {@value #CHATTER_WINDOW_MS} ms), standing alarms
 * (active for more than 24 h), the most frequent alarms and the priority mix. An alarm counts when it is raised in the
 * period; occurrences merged into another (one condition across a role change) are not passed in, so they do not
 * count twice. Computed where the occurrences are: by {@code tandem export} on a node, by the operator client on
 * what the serving node answered. The plant has one
 * operator position, so the rate per position is the plant's rate.
 *
 * @param from             start of the period (epoch ms, inclusive)
 * @param to               end of the period (exclusive)
 * @param raised           alarms raised in the period
 * @param averagePer10Min  raised / number of 10-minute intervals in the period
 * @param peakPer10Min     the most alarms raised in one 10-minute interval (intervals from {@code from} on)
 * @param floods           start times of the intervals with more than {@value #FLOOD_ALARMS} alarms
 * @param chattering       per chattering alarm, the most raises it had within one window
 * @param standing         alarms active for more than 24 h (at the end of the period, or before they cleared)
 * @param mostFrequent     alarms by raise count, most first (at most 10)
 * @param byPriority       raise count per priority
 */
public record AlarmStatistics(long from, long to, int raised, double averagePer10Min, int peakPer10Min,
		List<Long> floods, Map<String, Integer> chattering, List<String> standing,
		List<Map.Entry<String, Integer>> mostFrequent, Map<Integer, Integer> byPriority) {

	public static final long INTERVAL_MS = 600_000;
	public static final int FLOOD_ALARMS = 10;
	public static final int CHATTER_RAISES = 3;
	public static final long CHATTER_WINDOW_MS = 60_000;
	public static final long STANDING_MS = 86_400_000;
	/** EEMUA 191's target for steady operation: fewer than one alarm per 10 minutes. */
	public static final double TARGET_PER_10_MIN = 1.0;

	public AlarmStatistics {
		floods = List.copyOf(floods);
		chattering = Map.copyOf(chattering);
		standing = List.copyOf(standing);
		mostFrequent = List.copyOf(mostFrequent);
		byPriority = Map.copyOf(byPriority);
	}

	/**
	 * Computes the statistics of {@code records} (the history's occurrences, which may reach before the period, none
	 * merged into another) over {@code [from, to)}.
	 */
	public static AlarmStatistics of(List<AlarmOccurrence> records, long from, long to) {
		if (to <= from) {
			throw new IllegalArgumentException("alarm statistics need a period that ends after it starts, got "
					+ Instant.ofEpochMilli(from) + " .. " + Instant.ofEpochMilli(to));
		}
		int intervals = (int) Math.max(1, (to - from + INTERVAL_MS - 1) / INTERVAL_MS);
		int[] perInterval = new int[intervals];
		Map<String, List<Long>> raises = new TreeMap<>();
		Map<Integer, Integer> byPriority = new TreeMap<>();
		List<String> standing = new ArrayList<>();
		int raised = 0;
		for (AlarmOccurrence r : records) {
			long end = r.clearTime() == null ? to : Math.min(r.clearTime(), to);
			if (end - r.raiseTime() > STANDING_MS && end > from && !standing.contains(r.alarm())) {
				standing.add(r.alarm());
			}
			if (r.raiseTime() < from || r.raiseTime() >= to) {
				continue;
			}
			raised++;
			perInterval[(int) ((r.raiseTime() - from) / INTERVAL_MS)]++;
			raises.computeIfAbsent(r.alarm(), a -> new ArrayList<>()).add(r.raiseTime());
			byPriority.merge(r.priority(), 1, Integer::sum);
		}
		List<Long> floods = new ArrayList<>();
		int peak = 0;
		for (int i = 0; i < intervals; i++) {
			peak = Math.max(peak, perInterval[i]);
			if (perInterval[i] > FLOOD_ALARMS) {
				floods.add(from + i * INTERVAL_MS);
			}
		}
		Map<String, Integer> chattering = new TreeMap<>();
		raises.forEach((alarm, times) -> {
			times.sort(null);
			int most = 0;
			for (int i = 0, j = 0; i < times.size(); i++) {
				while (times.get(i) - times.get(j) >= CHATTER_WINDOW_MS) {
					j++;
				}
				most = Math.max(most, i - j + 1);
			}
			if (most >= CHATTER_RAISES) {
				chattering.put(alarm, most);
			}
		});
		List<Map.Entry<String, Integer>> frequent = new ArrayList<>();
		raises.forEach((alarm, times) -> frequent.add(Map.entry(alarm, times.size())));
		frequent.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()));
		double average = raised / ((to - from) / (double) INTERVAL_MS);
		return new AlarmStatistics(from, to, raised, average, peak, floods, chattering, standing,
				frequent.subList(0, Math.min(10, frequent.size())), byPriority);
	}

	/** Whether the average rate meets EEMUA 191's target for steady operation. */
	public boolean meetsTarget() {
		return averagePer10Min < TARGET_PER_10_MIN;
	}

	/** The statistics as an operator or engineer reads them, with the EEMUA 191 figures beside. */
	public String report() {
		StringBuilder b = new StringBuilder();
		b.append("alarm statistics ").append(Instant.ofEpochMilli(from)).append(" .. ").append(Instant.ofEpochMilli(to))
				.append('\n');
		b.append(String.format("alarms raised: %d; per 10 minutes: average %.2f, peak %d (EEMUA 191 target: fewer than"
				+ " %.0f on average) -> %s%n", raised, averagePer10Min, peakPer10Min, TARGET_PER_10_MIN,
				meetsTarget() ? "meets the target" : "above the target"));
		b.append(String.format("floods (more than %d alarms in 10 minutes): %d%s%n", FLOOD_ALARMS, floods.size(),
				floods.isEmpty() ? "" : ", from " + String.join(", ", floods.stream().map(t -> Instant.ofEpochMilli(t)
						.toString()).toList())));
		b.append(String.format("chattering alarms (%d or more raises within a minute): %d%s%n", CHATTER_RAISES,
				chattering.size(), chattering.isEmpty() ? "" : ": " + String.join(", ", chattering.entrySet().stream()
						.map(e -> e.getKey() + " (" + e.getValue() + ")").toList())));
		b.append(String.format("standing alarms (active more than 24 h): %d%s%n", standing.size(),
				standing.isEmpty() ? "" : ": " + String.join(", ", standing)));
		b.append("most frequent:");
		if (mostFrequent.isEmpty()) {
			b.append(" none");
		}
		for (Map.Entry<String, Integer> e : mostFrequent) {
			b.append(String.format("%n  %-40s %5d  %5.1f %%", e.getKey(), e.getValue(), 100.0 * e.getValue() / raised));
		}
		b.append("\npriority mix:");
		if (byPriority.isEmpty()) {
			b.append(" none");
		}
		new TreeMap<>(byPriority).descendingMap().forEach((p, n) -> b.append(String.format(" priority %d: %d (%.1f %%);",
				p, n, 100.0 * n / raised)));
		return b.append('\n').toString();
	}
}
