package tandem.runtime.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.history.AlarmStatistics;
import tandem.runtime.history.h2.AlarmRecord;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryQueries;
import tandem.runtime.history.h2.HistoryStore;

/**
 * {@code tandem export --data DIR --what archive|alarms|cel|statistics [--from ISO --to ISO] [--variable NAME]}:
 * writes CSV (comma separated, UTC ISO-8601 times, header line) to standard output for a spreadsheet; {@code
 * statistics} writes the alarm system's EEMUA 191 figures over the period instead ({@link AlarmStatistics}). Works while the node
 * runs: the history is read through the node's H2 auto-server.
 */
public final class ExportCommand {

	private ExportCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Arguments a;
		long from;
		long to;
		try {
			a = new Arguments(args, Arguments.names("data", "what", "from", "to", "variable"));
			from = time(a.optional("from", "1970-01-01T00:00:00Z"));
			to = time(a.optional("to", "2100-01-01T00:00:00Z"));
		} catch (IllegalArgumentException e) {
			err.println("tandem export: " + e.getMessage());
			err.println("usage: tandem export --data DIR --what archive|alarms|cel|statistics [--from ISO --to ISO]"
					+ " [--variable NAME]");
			return 2;
		}
		try (HistoryQueries q = HistoryStore.openForReading(Path.of(a.required("data")), Duration.ofSeconds(30))) {
			switch (a.required("what")) {
			case "archive" -> archive(q, a.optional("variable", ""), from, to, out);
			case "alarms" -> alarms(q, from, to, out);
			case "cel" -> cel(q, from, to, out);
			case "statistics" -> statistics(q, from, Math.min(to, System.currentTimeMillis()), out);
			default -> {
				err.println("tandem export: --what must be archive, alarms, cel or statistics, not '"
						+ a.required("what") + "'");
				return 2;
			}
			}
			out.flush();
			return 0;
		} catch (RuntimeException | java.sql.SQLException e) {
			err.println("tandem export: " + e.getMessage());
			return 1;
		}
	}

	/** Accepts {@code 2026-01-01T10:00:00Z}, {@code 2026-01-01T10:00:00} (UTC) and {@code 2026-01-01}. */
	static long time(String text) {
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
			}
			if (!text.endsWith("Z") && !text.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return java.time.LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
			}
			return java.time.OffsetDateTime.parse(text).toInstant().toEpochMilli();
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 time such as 2026-01-01T10:00:00Z",
					e);
		}
	}

	private static void archive(HistoryQueries q, String variable, long from, long to, PrintStream out) {
		out.println("variable,time,value,quality");
		List<String> names = variable.isBlank() ? q.variables() : List.of(variable);
		for (String v : names) {
			for (ArchiveSample s : q.samples(v, from, to)) {
				out.println(csv(v) + "," + iso(s.sourceTime()) + "," + (Double.isNaN(s.value()) ? "" : s.value()) + ","
						+ s.quality());
			}
		}
	}

	private static void alarms(HistoryQueries q, long from, long to, PrintStream out) {
		out.println("alarm,raised,priority,text,raise_value,acknowledged,ack_user,cleared,clear_value,active");
		for (AlarmRecord r : q.alarms(from, to)) {
			out.println(String.join(",", csv(r.alarm()), iso(r.raiseTime()), Integer.toString(r.priority()),
					csv(r.text()), str(r.raiseValue()), r.ackTime() == null ? "" : iso(r.ackTime()), csv(r.ackUser()),
					r.clearTime() == null ? "" : iso(r.clearTime()), str(r.clearValue()),
					Boolean.toString(r.active())));
		}
	}

	/**
	 * Without --from: the last 24 hours. Occurrences raised up to a week before the period are read too, for the
	 * alarms that stand in it; older ones only while still active.
	 */
	private static void statistics(HistoryQueries q, long from, long to, PrintStream out) {
		long start = from <= 0 ? to - 86_400_000L : from;
		java.util.Map<String, AlarmRecord> byOccurrence = new java.util.LinkedHashMap<>();
		for (AlarmRecord r : q.activeAlarms()) {
			byOccurrence.put(r.alarm() + "@" + r.raiseTime(), r);
		}
		for (AlarmRecord r : q.alarms(start - 7 * AlarmStatistics.STANDING_MS, to)) {
			byOccurrence.put(r.alarm() + "@" + r.raiseTime(), r);
		}
		out.print(AlarmStatistics.of(byOccurrence.values().stream().filter(r -> r.mergedInto() == null)
				.map(AlarmRecord::occurrence).toList(), start, to).report());
	}

	private static void cel(HistoryQueries q, long from, long to, PrintStream out) {
		out.println("time,category,source,user,text,key,node");
		CelQuery query = new CelQuery(from, to, null, "", "", "", Integer.MAX_VALUE);
		for (CelEntry e : q.cel(query)) {
			out.println(String.join(",", iso(e.time()), e.category().name(), csv(e.source()), csv(e.user()),
					csv(e.text()), csv(e.key()), csv(e.node())));
		}
	}

	private static String iso(long millis) {
		return Instant.ofEpochMilli(millis).toString();
	}

	private static String str(Object o) {
		return o == null ? "" : o.toString();
	}

	/** RFC 4180 quoting: fields with comma, quote or line break are quoted, quotes doubled. */
	static String csv(String s) {
		if (s == null) {
			return "";
		}
		if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
			return "\"" + s.replace("\"", "\"\"") + "\"";
		}
		return s;
	}
}
