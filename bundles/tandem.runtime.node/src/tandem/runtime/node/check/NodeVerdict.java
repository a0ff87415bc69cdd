package tandem.runtime.node.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryQueries;

/** How one node's history compares with the ground truth. Keeps a few examples of each defect for the report. */
final class NodeVerdict {

	private static final int EXAMPLES = 5;

	final String node;
	long expected;
	long found;
	long lost;
	long duplicated;
	long unexpected;
	long wrongValue;
	long lostActions;
	final List<String> examples = new ArrayList<>();
	private final java.util.TreeSet<Long> lostTimes = new java.util.TreeSet<>();

	private static final long SLICE_MS = 10_000;

	NodeVerdict(String node) {
		this.node = node;
	}

	/**
	 * Compares the node's samples with what the plant produced, a slice of the window at a time for every variable
	 * at once: the history's key is ordered by time, so one range read per slice is cheap (a read per variable would
	 * scan the window again for every variable), and neither side of a long window has to fit in memory.
	 */
	void compareSamples(HistoryQueries history, GroundTruth truth, long from, long to) {
		expected = truth.count();
		for (long slice = from; slice <= to; slice += SLICE_MS) {
			long last = Math.min(to, slice + SLICE_MS - 1);
			Map<String, Map<Long, Double>> want = truth.samples(slice, last);
			Map<String, Map<Long, Integer>> seen = new HashMap<>();
			for (ArchiveSample s : history.samplesBetween(slice, last + 1)) {
				Map<Long, Double> wanted = want.get(s.variable());
				if (wanted == null) {
					continue; // not a cyclic archive's variable: nothing to derive it from
				}
				found++;
				int times = seen.computeIfAbsent(s.variable(), v -> new HashMap<>()).merge(s.sourceTime(), 1,
						Integer::sum);
				Double value = wanted.get(s.sourceTime());
				if (times > 1) {
					duplicated++;
					example("duplicated " + s.key());
				} else if (value == null) {
					unexpected++;
					example("unexpected " + s.key());
				} else if (Math.abs(value - s.value()) > 1e-9 * Math.max(1.0, Math.abs(value))) {
					wrongValue++;
					example("wrong value " + s.key() + ": " + s.value() + " instead of " + value);
				}
			}
			for (Map.Entry<String, Map<Long, Double>> variable : want.entrySet()) {
				Map<Long, Integer> got = seen.getOrDefault(variable.getKey(), Map.of());
				for (Long time : variable.getValue().keySet()) {
					if (!got.containsKey(time)) {
						lost++;
						lostTimes.add(time);
						example("lost sample:" + variable.getKey() + "@" + java.time.Instant.ofEpochMilli(time));
					}
				}
			}
		}
	}

	void compareActions(HistoryQueries history, Set<String> confirmedActionIds) {
		if (confirmedActionIds.isEmpty()) {
			return;
		}
		Set<String> keys = new java.util.HashSet<>();
		for (CelEntry e : history.cel(CelQuery.between(0, Long.MAX_VALUE))) {
			keys.add(e.key());
		}
		for (String id : confirmedActionIds) {
			if (!keys.contains("action:" + id)) {
				lostActions++;
				example("lost confirmed action " + id);
			}
		}
	}

	private void example(String text) {
		if (examples.size() < EXAMPLES) {
			examples.add(text);
		}
	}

	/** The lost samples as time ranges (gaps under a second joined), which says which fault lost them. */
	List<String> lostRanges() {
		List<String> ranges = new ArrayList<>();
		Long start = null;
		Long end = null;
		for (long t : lostTimes) {
			if (end != null && t - end > 1_000) {
				ranges.add(java.time.Instant.ofEpochMilli(start) + " .. " + java.time.Instant.ofEpochMilli(end));
				start = null;
			}
			if (start == null) {
				start = t;
			}
			end = t;
		}
		if (start != null) {
			ranges.add(java.time.Instant.ofEpochMilli(start) + " .. " + java.time.Instant.ofEpochMilli(end));
		}
		return ranges;
	}

	boolean clean() {
		return lost == 0 && duplicated == 0 && unexpected == 0 && wrongValue == 0 && lostActions == 0;
	}

	String summary() {
		return "node " + node + ": expected " + expected + " samples, found " + found + ", lost " + lost
				+ ", duplicated " + duplicated + ", unexpected " + unexpected + ", wrong value " + wrongValue
				+ ", lost confirmed actions " + lostActions;
	}
}
