package tandem.runtime.node.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.core.image.DriverHealthEntries;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * The poll slots that <em>no</em> checked node read: a live device answers only for the present, so a slot every
 * node's poll came too late for (a machine that stalled both, a node alone while the other was down is not enough)
 * was never observed, and no redundancy can record it. Every node says so in its CEL
 * ({@link DriverHealthEntries#SKIPPED_EVENT}, with driver, rate and slots); a slot counts here only when every
 * checked node said it for the variable's driver and rate. The checker counts such slots apart ({@code notPolled})
 * instead of as lost; a slot that one node read and the history lacks is still lost.
 */
final class UnpolledSlots {

	/** Per reporting node: driver + rate → the slot starts it did not read. */
	private final Map<String, Map<String, Set<Long>>> byNode = new HashMap<>();
	private final Set<String> nodes;
	private final Map<String, VariableDefinition> variables;

	UnpolledSlots(RuntimeConfiguration configuration, Set<String> nodes) {
		this.nodes = Set.copyOf(nodes);
		this.variables = configuration.variablesByName();
	}

	/** Takes in the reports this history holds (its own and those aligned or replicated from the other nodes). */
	void read(HistoryQueries history, long from, long to) {
		List<CelEntry> lines = history.cel(new CelQuery(from - 60_000, to + 60_000, Set.of(CelCategory.SYSTEM), "", "",
				"", Integer.MAX_VALUE));
		for (CelEntry line : lines) {
			report(line.key());
		}
	}

	/** One key {@code system:NODE:POLL-SKIPPED:DRIVER:RATE:FIRST:LAST@TIME}; other keys are ignored. */
	void report(String key) {
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

	/** Whether every checked node said it did not read {@code variable} at {@code slot}. */
	boolean unpolled(String variable, long slot) {
		VariableDefinition v = variables.get(variable);
		if (v == null || nodes.isEmpty()) {
			return false;
		}
		String group = v.driver() + "@" + v.rateMillis();
		for (String node : nodes) {
			Set<Long> slots = byNode.getOrDefault(node, Map.of()).get(group);
			if (slots == null || !slots.contains(slot)) {
				return false;
			}
		}
		return true;
	}
}
