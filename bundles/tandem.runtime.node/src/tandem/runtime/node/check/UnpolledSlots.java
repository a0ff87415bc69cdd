package tandem.runtime.node.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.core.image.DriverHealthEntries;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * The poll slots that no <em>running</em> checked node read: a live device answers only for the present, so a slot
 * every running node's poll came too late for (a machine that stalled both; the one node running while the other was
 * down) was never observed, and no redundancy can record it. Every node says so in its CEL
 * ({@link DriverHealthEntries#SKIPPED_EVENT}, with driver, rate and slots); a slot counts here only when every
 * checked node that was running during the whole slot said it for the variable's driver and rate, and at least one
 * did. The checker counts such slots apart ({@code notPolled}) instead of as lost; a slot that one node read and the
 * history lacks is still lost.
 * <p>
 * A node is down, for this rule, from the moment it was killed ({@code --down}, told by whoever killed it: a killed
 * process leaves no word) or from its own {@code STOP} line, until its next {@code START} line (after which it
 * polls). A slot counts as one the node was down for only when it lies wholly inside that interval: a node killed
 * during a slot might still have read it.
 */
final class UnpolledSlots {

	/** Per reporting node: driver + rate → the slot starts it did not read. */
	private final Map<String, Map<String, Set<Long>>> byNode = new HashMap<>();
	private final Set<String> nodes;
	private final Map<String, VariableDefinition> variables;
	/** Per node: when it went down (killed, or its STOP line), and when it started (its START lines). */
	private final Map<String, TreeSet<Long>> wentDown = new HashMap<>();
	private final Map<String, TreeSet<Long>> started = new HashMap<>();

	/** {@code killed}: per node, the times it was killed ({@code kill -9}: no STOP line of its own). */
	UnpolledSlots(RuntimeConfiguration configuration, Set<String> nodes, Map<String, List<Long>> killed) {
		this.nodes = Set.copyOf(nodes);
		this.variables = configuration.variablesByName();
		killed.forEach((node, times) -> wentDown.computeIfAbsent(node, n -> new TreeSet<>()).addAll(times));
	}

	/** Takes in the reports this history holds (its own and those aligned or replicated from the other nodes). */
	void read(HistoryQueries history, long from, long to) {
		List<CelEntry> lines = history.cel(new CelQuery(from - 60_000, to + 60_000, Set.of(CelCategory.SYSTEM), "", "",
				"", Integer.MAX_VALUE));
		for (CelEntry line : lines) {
			report(line.key());
		}
	}

	/**
	 * One key {@code system:NODE:POLL-SKIPPED:DRIVER:RATE:FIRST:LAST@TIME}, or a node's {@code system:NODE:START@TIME}
	 * or {@code system:NODE:STOP@TIME}; other keys are ignored.
	 */
	void report(String key) {
		if (lifeLine(key, "START", started) || lifeLine(key, "STOP", wentDown)) {
			return;
		}
		String marker = ":" + DriverHealthEntries.SKIPPED_EVENT + ":";
		int at = key.indexOf(marker);
		int end = key.lastIndexOf('@');
		if (!key.startsWith("system:") || at < 0 || end < at) {
			return;
		}
		String node = key.substring("system:".length(), at);
		String[] rest = key.substring(at + marker.length(), end).split(":");
		if (rest.length < 4) {
			return;
		}
		try {
			long last = Long.parseLong(rest[rest.length - 1]);
			long first = Long.parseLong(rest[rest.length - 2]);
			long rate = Long.parseLong(rest[rest.length - 3]);
			String driver = String.join(":", java.util.Arrays.copyOf(rest, rest.length - 3));
			if (rate <= 0 || last < first || (last - first) / rate > 1_000_000) {
				return;
			}
			Set<Long> slots = byNode.computeIfAbsent(node, n -> new HashMap<>()).computeIfAbsent(driver + "@" + rate,
					k -> new HashSet<>());
			for (long slot = first; slot <= last; slot += rate) {
				slots.add(slot);
			}
		} catch (NumberFormatException e) {
			// not one of ours
		}
	}

	/** A node's {@code system:NODE:EVENT@TIME} line: its time noted in {@code into} under the node. */
	private static boolean lifeLine(String key, String event, Map<String, TreeSet<Long>> into) {
		int colon = key.indexOf(':', "system:".length());
		if (!key.startsWith("system:") || colon < 0 || !key.startsWith(event + "@", colon + 1)) {
			return false;
		}
		try {
			long time = Long.parseLong(key.substring(colon + 1 + event.length() + 1));
			into.computeIfAbsent(key.substring("system:".length(), colon), n -> new TreeSet<>()).add(time);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/**
	 * Whether every checked node running during the slot said it did not read {@code variable} at {@code slot}, and
	 * at least one was running.
	 */
	boolean unpolled(String variable, long slot) {
		VariableDefinition v = variables.get(variable);
		if (v == null || nodes.isEmpty()) {
			return false;
		}
		String group = v.driver() + "@" + v.rateMillis();
		int running = 0;
		for (String node : nodes) {
			if (down(node, slot, v.rateMillis())) {
				continue;
			}
			running++;
			Set<Long> slots = byNode.getOrDefault(node, Map.of()).get(group);
			if (slots == null || !slots.contains(slot)) {
				return false;
			}
		}
		return running > 0;
	}

	/** Whether {@code node} was down during the whole slot {@code [slot, slot + rate)}. */
	boolean down(String node, long slot, long rate) {
		TreeSet<Long> downs = wentDown.get(node);
		Long since = downs == null ? null : downs.floor(slot);
		if (since == null) {
			return false;
		}
		TreeSet<Long> starts = started.get(node);
		Long back = starts == null ? null : starts.higher(since);
		return back == null || slot + rate <= back;
	}
}
