package tandem.runtime.node.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failover drill recorded, read from its events file: one line per event, {@code MS SOURCE TEXT}, where MS
 * is epoch milliseconds, SOURCE a node, {@code station} or {@code drill}, and TEXT the line the source printed
 * ({@code READY}/{@code ROLE ... role=R}, {@code LEASE ... held=B}, {@code ACTION id OUTCOME}) or, from the drill,
 * {@code FAULT what node}. A {@code ROLE} or {@code LEASE} line's {@code at=} is the time of the change. Turned into each node's roles over time, the times it held the server lease, the faults,
 * and the station's stream of answered writes.
 * <p>
 * A node holds the lease from its {@code LEASE held=true} line (or from a {@code READY} as server, or a planned
 * switch-back, which needs no wait: such a server reports only a loss; the node that handed over sealed before,
 * so its lease ends there) until {@code LEASE held=false}, a role other than server, or its kill or SIGSTOP: a frozen
 * node's lease may still run on the clock, but the node cannot act on it, and a newly elected server acts only once
 * that lease has surely run out. A node elected by a {@code ROLE} line holds no lease until it reports the grant.
 */
public final class DrillEvents {

	private static final Pattern ROLE = Pattern.compile("^(READY|ROLE) .*role=(\\w+)");
	private static final Pattern HANDOVER = Pattern.compile("reason=planned switch-back: (\\S+) handed over");
	private static final Pattern CHANGED_AT = Pattern.compile("^(?:ROLE|LEASE) .*? at=(\\d+) ");
	private static final Pattern LEASE = Pattern.compile("^LEASE .*held=(true|false)");

	/** A node's role from {@code from} until {@code to} (epoch ms); DOWN while killed, FROZEN while stopped. */
	public record Span(String node, String role, long from, long to) {
	}

	/** A time from {@code from} until {@code to} (epoch ms) during which {@code node} held the server lease. */
	public record Lease(String node, long from, long to) {
	}

	/** A fault the drill made: {@code kill -9}, restart, SIGSTOP, SIGCONT, ... */
	public record Fault(long at, String what) {
	}

	/** One answered write of the station: when and whether it was confirmed. */
	public record Answer(long at, boolean confirmed) {
	}

	private final long start;
	private final long end;
	private final Map<String, List<Span>> spans = new LinkedHashMap<>();
	private final List<Fault> faults = new ArrayList<>();
	private final List<Lease> leases = new ArrayList<>();
	private final Map<String, Long> leaseSince = new LinkedHashMap<>();
	private final List<Answer> answers = new ArrayList<>();

	private DrillEvents(List<String> lines, Path file) {
		long first = Long.MAX_VALUE;
		long last = Long.MIN_VALUE;
		Map<String, String> role = new LinkedHashMap<>();
		Map<String, Long> since = new LinkedHashMap<>();
		int number = 0;
		for (String line : lines) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split(" ", 3);
			long at;
			try {
				at = Long.parseLong(parts[0]);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(file + ":" + number + ": no time in epoch ms at the start: " + line);
			}
			if (parts.length < 3) {
				throw new IllegalArgumentException(file + ":" + number + ": expected MS SOURCE TEXT: " + line);
			}
			first = Math.min(first, at);
			last = Math.max(last, at);
			String source = parts[1];
			String text = parts[2];
			Matcher changed = CHANGED_AT.matcher(text);
			if (changed.find()) {
				at = Long.parseLong(changed.group(1)); // where the change was made; the line may come later
			}
			if (source.equals("drill") && text.startsWith("FAULT ")) {
				String what = text.substring(6);
				faults.add(new Fault(at, what));
				String node = what.substring(what.lastIndexOf(' ') + 1);
				if (what.startsWith("kill -9")) {
					change(role, since, node, "DOWN", at);
				} else if (what.startsWith("SIGSTOP")) {
					change(role, since, node, "FROZEN", at);
				} else if (what.startsWith("SIGCONT") || what.startsWith("restart")) {
					change(role, since, node, "JOINING", at);
				}
				continue;
			}
			Matcher m = ROLE.matcher(text);
			Matcher lease = LEASE.matcher(text);
			if (m.find()) {
				change(role, since, source, m.group(2), at);
				Matcher handover = HANDOVER.matcher(text);
				if (m.group(2).equals("SERVER") && handover.find()) {
					endLease(handover.group(1), at); // it sealed before it handed over, whenever it says so
					leaseSince.putIfAbsent(source, at);
				} else if (m.group(2).equals("SERVER") && text.startsWith("READY")) {
					leaseSince.putIfAbsent(source, at);
				}
			} else if (lease.find()) {
				if (lease.group(1).equals("true")) {
					leaseSince.putIfAbsent(source, at);
				} else {
					endLease(source, at);
				}
			} else if (text.startsWith("ACTION ")) {
				answers.add(new Answer(at, text.contains(" CONFIRMED")));
			}
		}
		if (first == Long.MAX_VALUE) {
			throw new IllegalArgumentException(file + ": no events");
		}
		start = first;
		end = last;
		for (String node : List.copyOf(leaseSince.keySet())) {
			endLease(node, end);
		}
		leases.sort(java.util.Comparator.comparingLong(Lease::from));
		for (Map.Entry<String, String> e : role.entrySet()) {
			spans.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
					.add(new Span(e.getKey(), e.getValue(), since.get(e.getKey()), end));
		}
	}

	private void change(Map<String, String> role, Map<String, Long> since, String node, String next, long at) {
		String before = role.get(node);
		if (next.equals(before)) {
			return;
		}
		if (before != null) {
			spans.computeIfAbsent(node, k -> new ArrayList<>()).add(new Span(node, before, since.get(node), at));
		}
		spans.computeIfAbsent(node, k -> new ArrayList<>());
		if (!next.equals("SERVER")) {
			endLease(node, at);
		}
		role.put(node, next);
		since.put(node, at);
	}

	private void endLease(String node, long at) {
		Long from = leaseSince.remove(node);
		if (from != null) {
			leases.add(new Lease(node, from, at));
		}
	}

	/** @throws IOException naming the file; IllegalArgumentException naming the line that is malformed */
	public static DrillEvents read(Path file) throws IOException {
		return new DrillEvents(Files.readAllLines(file), file);
	}

	static DrillEvents of(List<String> lines) {
		return new DrillEvents(lines, Path.of("events"));
	}

	public long start() {
		return start;
	}

	public long end() {
		return end;
	}

	/** Every node's spans in time order, nodes in the order they first reported. */
	public Map<String, List<Span>> spans() {
		Map<String, List<Span>> out = new LinkedHashMap<>();
		spans.forEach((node, list) -> {
			if (!node.equals("station")) {
				out.put(node, List.copyOf(list));
			}
		});
		return out;
	}

	public List<Fault> faults() {
		return List.copyOf(faults);
	}

	/** Every time a node held the server lease, in the order they began. */
	public List<Lease> leases() {
		return List.copyOf(leases);
	}

	/** Times when two nodes held the server lease at once (overlap in ms per pair); none in a sound drill. */
	public long leaseOverlapMs() {
		long overlap = 0;
		for (int i = 0; i < leases.size(); i++) {
			for (int j = i + 1; j < leases.size(); j++) {
				Lease a = leases.get(i);
				Lease b = leases.get(j);
				if (!a.node().equals(b.node())) {
					overlap += Math.max(0, Math.min(a.to(), b.to()) - Math.max(a.from(), b.from()));
				}
			}
		}
		return overlap;
	}

	public List<Answer> answers() {
		return List.copyOf(answers);
	}

	/** The longest time without a confirmed answer to the station, in ms: where its stream paused. */
	public long longestPauseMs() {
		long longest = 0;
		long previous = -1;
		for (Answer a : answers) {
			if (a.confirmed()) {
				if (previous >= 0) {
					longest = Math.max(longest, a.at() - previous);
				}
				previous = a.at();
			}
		}
		return longest;
	}
}
