package tandem.runtime.node.check;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * Cyclic samples of variables read from field devices (Modbus TCP, OPC UA). What a device served is not known to
 * the checker, so values are not judged; what is judged is what zero loss means for such variables (see
 * docs/redundancy.md, "Polled devices"): every window of the cyclic archive inside the checked range holds exactly
 * one sample, recorded by whichever node served. A window without a sample is lost; a window with two (two nodes
 * keyed one slot differently) is doubled. A Modbus sample's time is the start of its poll slot, an OPC UA sample's
 * the server's source timestamp: the judgment assumes the device's value changes at least once per window (an OPC
 * UA value that does not change has one source timestamp and so one sample).
 */
final class FieldSlots {

	private final Map<String, Long> periods = new LinkedHashMap<>();

	FieldSlots(RuntimeConfiguration configuration) {
		Map<String, VariableDefinition> variables = configuration.variablesByName();
		for (ArchiveDefinition a : configuration.archives()) {
			if (a.mode() != ArchiveDefinition.Mode.CYCLIC) {
				continue;
			}
			for (String name : a.variables()) {
				VariableDefinition v = variables.get(name);
				if (v != null && !GroundTruth.isSimulated(configuration, v)) {
					periods.merge(name, a.periodMillis(), Math::min);
				}
			}
		}
	}

	/** Field variables judged. */
	int variables() {
		return periods.size();
	}

	/** Windows expected in {@code [from, to]}, over every judged variable. */
	long count(long from, long to) {
		long n = 0;
		for (long period : periods.values()) {
			n += Math.max(0, lastWindow(to, period) - firstWindow(from, period) + 1);
		}
		return n;
	}

	/** Counts the node's samples per window of every judged variable; windows that lie wholly in the range. */
	void judge(HistoryQueries history, long from, long to, NodeVerdict verdict) {
		verdict.fieldExpected += count(from, to);
		periods.forEach((variable, period) -> {
			long first = firstWindow(from, period);
			long last = lastWindow(to, period);
			if (last < first) {
				return;
			}
			int[] perWindow = new int[(int) (last - first + 1)];
			List<ArchiveSample> samples = history.samples(variable, first * period, (last + 1) * period);
			for (ArchiveSample s : samples) {
				perWindow[(int) (Math.floorDiv(s.sourceTime(), period) - first)]++;
			}
			for (int k = 0; k < perWindow.length; k++) {
				long start = (first + k) * period;
				if (perWindow[k] == 0) {
					verdict.fieldLost++;
					verdict.lostAt(start);
					verdict.example("lost field slot:" + variable + "@" + Instant.ofEpochMilli(start));
				} else if (perWindow[k] > 1) {
					verdict.fieldDoubled += perWindow[k] - 1;
					verdict.example("doubled field slot:" + variable + "@" + Instant.ofEpochMilli(start) + " holds "
							+ perWindow[k] + " samples");
				}
				verdict.fieldFound += Math.min(1, perWindow[k]);
			}
		});
	}

	private static long firstWindow(long from, long period) {
		return Math.floorDiv(from + period - 1, period);
	}

	private static long lastWindow(long to, long period) {
		return Math.floorDiv(to + 1, period) - 1;
	}
}
