package tandem.product.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an operator reads in {@code tandem export --what alarms} (CSV: alarm, raised, priority, text, raise_value,
 * acknowledged, ack_user, cleared, clear_value, active), judged the way an operator would: one continuous condition
 * is one row, so two rows of one alarm never overlap in time, and a row still active is the last of its alarm.
 */
final class AlarmExport {

	/** One exported alarm occurrence; {@code cleared} is {@link Long#MAX_VALUE} while it is active. */
	record Episode(String alarm, long raised, long cleared, boolean active, String line) {
	}

	private AlarmExport() {
	}

	/** The episodes of an export's output (its header and other lines skipped). */
	static List<Episode> parse(String csv) {
		List<Episode> episodes = new ArrayList<>();
		for (String line : csv.split("\n")) {
			String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
			if (f.length < 10 || f[0].equals("alarm") || !f[1].matches("\\d{4}-.*Z")) {
				continue;
			}
			boolean active = Boolean.parseBoolean(f[9].trim());
			long cleared = f[7].isBlank() ? Long.MAX_VALUE : Instant.parse(f[7]).toEpochMilli();
			episodes.add(new Episode(f[0], Instant.parse(f[1]).toEpochMilli(), cleared, active, line));
		}
		return episodes;
	}

	/**
	 * Every pair of rows of one alarm whose spans overlap (one condition shown twice; an occurrence never cleared
	 * overlaps every later one), as readable lines. The {@code active} column is not the test: it stays true for a
	 * cleared occurrence that still waits for its acknowledgement, and a plant whose condition recurs raises the same
	 * alarm again while the operator has not acknowledged the previous one.
	 */
	static List<String> raisedTwice(List<Episode> episodes) {
		Map<String, List<Episode>> byAlarm = new TreeMap<>();
		episodes.forEach(e -> byAlarm.computeIfAbsent(e.alarm(), k -> new ArrayList<>()).add(e));
		List<String> defects = new ArrayList<>();
		for (List<Episode> list : byAlarm.values()) {
			list.sort(Comparator.comparingLong(Episode::raised));
			for (int i = 1; i < list.size(); i++) {
				Episode before = list.get(i - 1);
				Episode next = list.get(i);
				if (before.cleared() > next.raised()) {
					defects.add(before.line() + "  /  " + next.line());
				}
			}
		}
		return defects;
	}
}
