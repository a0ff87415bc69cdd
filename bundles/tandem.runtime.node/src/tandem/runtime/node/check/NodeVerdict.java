package tandem.runtime.node.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * How one node's history compares with the ground truth, per kind of fact. Keeps a few examples of each defect for
 * the report. A duplicate is counted where one can really occur: two entries for one natural key in the node's event
 * log (its tables store a key once, so they cannot show it), and two alarm occurrences for one episode.
 */
final class NodeVerdict {

	private static final int EXAMPLES = 5;
	private static final long SLICE_MS = 10_000;
	private static final int LOG_PAGE = 20_000;

	final String node;
	long expected;
	long found;
	long lost;
	long unexpected;
	long wrongValue;
	long onChangeExpected;
	long onChangeLost;
	long onChangeUnexpected;
	long onChangeWrongValue;
	long alarmFound;
	long alarmLost;
	long alarmDuplicated;
	long alarmUnexpected;
	long alarmWrongTime;
	long alarmMerged;
	long loggedTwice;
	long celLost;
	long celUnexpected;
	long lostActions;
	long fieldExpected;
	long fieldFound;
	long fieldLost;
	long fieldDoubled;
	/** Slots every node said its poll came too late for (a live device's past is gone): not lost, not judged. */
	long notPolled;
	final List<String> examples = new ArrayList<>();
	private final Map<String, Integer> examplesPerKind = new HashMap<>();
	private final TreeSet<Long> lostTimes = new TreeSet<>();

	NodeVerdict(String node) {
		this.node = node;
	}

	static boolean same(double expected, double actual) {
		return Math.abs(expected - actual) <= 1e-9 * Math.max(1.0, Math.abs(expected));
	}

	/**
	 * Compares the node's cyclic samples with what the plant produced, a slice of the window at a time for every
	 * variable at once: the history's key is ordered by time, so one range read per slice is cheap, and neither side
	 * of a long window has to fit in memory.
	 */
	void compareSamples(HistoryQueries history, GroundTruth truth, long from, long to) {
		compareSamples(history, truth, from, to, (variable, slot) -> false);
	}

	/** As above; a missing sample of a slot that no node read ({@code unpolled}) counts as not polled, not lost. */
	void compareSamples(HistoryQueries history, GroundTruth truth, long from, long to,
			java.util.function.BiPredicate<String, Long> unpolled) {
		expected = truth.count();
		for (long slice = from; slice <= to; slice += SLICE_MS) {
			long last = Math.min(to, slice + SLICE_MS - 1);
			Map<String, Map<Long, Double>> want = truth.samples(slice, last);
			Map<String, Set<Long>> seen = new HashMap<>();
			for (ArchiveSample s : history.samplesBetween(slice, last + 1)) {
				Map<Long, Double> wanted = want.get(s.variable());
				if (wanted == null) {
					continue; // not a cyclic archive's variable: judged elsewhere or not at all
				}
				found++;
				seen.computeIfAbsent(s.variable(), v -> new HashSet<>()).add(s.sourceTime());
				Double value = wanted.get(s.sourceTime());
				if (value == null) {
					unexpected++;
					example("unexpected " + s.key());
				} else if (!same(value, s.value())) {
					wrongValue++;
					example("wrong value " + s.key() + ": " + s.value() + " instead of " + value);
				}
			}
			for (Map.Entry<String, Map<Long, Double>> variable : want.entrySet()) {
				Set<Long> got = seen.getOrDefault(variable.getKey(), Set.of());
				for (Long time : variable.getValue().keySet()) {
					if (!got.contains(time) && unpolled.test(variable.getKey(), time)) {
						notPolled++;
						example("not polled by any running node:" + variable.getKey() + "@" + java.time.Instant.ofEpochMilli(time));
					} else if (!got.contains(time)) {
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
		Set<String> keys = new HashSet<>();
		// every line, not a page: a long fault run confirms more than 10,000 actions
		for (CelEntry e : history.cel(new CelQuery(0, Long.MAX_VALUE, java.util.Set.of(
				tandem.runtime.api.fact.CelCategory.OPERATOR), "", "", "", Integer.MAX_VALUE))) {
			keys.add(e.key());
		}
		for (String id : confirmedActionIds) {
			if (!keys.contains("action:" + id)) {
				lostActions++;
				example("lost confirmed action " + id);
			}
		}
	}

	/** Counts the natural keys of facts in the window that the node's event log holds more than once. */
	void countLoggedTwice(HistoryQueries history, long from, long to) {
		Set<String> keys = new HashSet<>();
		long after = 0;
		while (true) {
			List<LoggedFact> page = history.readLog(after, LOG_PAGE);
			if (page.isEmpty()) {
				return;
			}
			for (LoggedFact f : page) {
				long time = f.fact().time();
				boolean judged = f.fact() instanceof ArchiveSample || f.fact() instanceof AlarmTransition
						|| f.fact() instanceof OperatorAction;
				if (judged && time >= from && time <= to && !keys.add(loggedKey(f.fact()))) {
					loggedTwice++;
					example("logged twice: " + f.fact().key());
				}
				after = f.seq();
			}
		}
	}

	/**
	 * The natural key, and for a clear also its time: a clear logged again at an earlier time corrects a late one
	 * (for one occurrence the earliest clear wins, see docs/redundancy.md), it is not the same fact twice.
	 */
	private static String loggedKey(tandem.runtime.api.fact.Fact fact) {
		if (fact instanceof AlarmTransition t && (t.kind() == tandem.runtime.api.fact.TransitionKind.CLEARED
				|| t.kind() == tandem.runtime.api.fact.TransitionKind.CLEARED_UNACKNOWLEDGED)) {
			return t.key() + "@" + t.time();
		}
		return fact.key();
	}

	/** Marks a lost fact's time for {@link #lostRanges()}. */
	void lostAt(long time) {
		lostTimes.add(time);
	}

	/** Keeps up to {@value #EXAMPLES} examples per kind of defect (the text up to its first ':' or '@'). */
	void example(String text) {
		int end = text.length();
		for (char c : new char[] { ':', '@' }) {
			int i = text.indexOf(c);
			end = i >= 0 ? Math.min(end, i) : end;
		}
		if (examplesPerKind.merge(text.substring(0, end), 1, Integer::sum) <= EXAMPLES) {
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

	long allLost() {
		return lost + onChangeLost + alarmLost + celLost + fieldLost;
	}

	long allDuplicated() {
		return loggedTwice + alarmDuplicated + fieldDoubled;
	}

	long allUnexpected() {
		return unexpected + wrongValue + onChangeUnexpected + onChangeWrongValue + alarmUnexpected + alarmWrongTime
				+ celUnexpected;
	}

	boolean clean() {
		return allLost() == 0 && allDuplicated() == 0 && allUnexpected() == 0 && lostActions == 0;
	}

	String summary() {
		return "node " + node + ": cyclic samples expected " + expected + ", found " + found + ", lost " + lost
				+ ", unexpected " + unexpected + ", wrong value " + wrongValue + "; on-change samples expected "
				+ onChangeExpected + ", lost " + onChangeLost + ", unexpected " + onChangeUnexpected + ", wrong value "
				+ onChangeWrongValue + "; alarms found " + alarmFound + ", lost " + alarmLost + ", duplicated "
				+ alarmDuplicated + ", unexpected " + alarmUnexpected + ", wrong time " + alarmWrongTime + ", merged "
				+ alarmMerged + "; CEL alarm lines lost " + celLost + ", unexpected " + celUnexpected
				+ "; field device slots expected " + fieldExpected + ", found " + fieldFound + ", lost " + fieldLost
				+ ", doubled " + fieldDoubled + "; facts logged twice " + loggedTwice + "; lost confirmed actions "
				+ lostActions + (notPolled == 0 ? "" : "; " + notPolled + " samples of slots no running node's poll read");
	}
}
