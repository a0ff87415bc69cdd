package tandem.operator.ui.station;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import tandem.runtime.api.history.AlarmOccurrence;
import tandem.runtime.api.history.AlarmStatistics;

/**
 * The alarm history as the operator reads it: one row per occurrence raised in the period, newest first, with when
 * it was raised, acknowledged (by whom) and cleared, how long it was active, and its class; and the period's alarm
 * statistics (EEMUA 191) as lines of text.
 */
public final class AlarmHistoryRows {

	/**
	 * @param raised     raise time, ms
	 * @param cleared    clear time, ms, or empty while active
	 * @param duration   how long it was (or is) active, e.g. {@code 3 min 12 s}
	 * @param text       alarm text
	 * @param alarm      alarm definition id
	 * @param alarmClass class name, or the priority when the class is unknown
	 * @param ack        {@code anna 14:02:11}, or empty
	 * @param state      {@code ACTIVE}, {@code CLEARED}, with {@code unacknowledged} when it waits
	 */
	public record Row(String raised, String cleared, String duration, String text, String alarm, String alarmClass,
			String ack, String state, boolean active) {
	}

	private final Function<String, AlarmLook> looks;
	private final DateTimeFormatter time;
	private final DateTimeFormatter clock;

	public AlarmHistoryRows(Function<String, AlarmLook> looks, ZoneId zone) {
		this.looks = looks;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(zone);
		this.clock = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(zone);
	}

	/**
	 * The occurrences raised in {@code [from, to)} that contain {@code contains} (in text or id, any case), only the
	 * still active ones when {@code onlyActive}, newest first.
	 */
	public List<Row> rows(List<AlarmOccurrence> occurrences, long from, long to, String contains, boolean onlyActive,
			long now) {
		String needle = contains == null ? "" : contains.strip().toLowerCase(Locale.ROOT);
		List<AlarmOccurrence> sorted = new ArrayList<>();
		for (AlarmOccurrence o : occurrences) {
			if (o.raiseTime() < from || o.raiseTime() >= to || onlyActive && !o.active()) {
				continue;
			}
			if (!needle.isEmpty() && !o.text().toLowerCase(Locale.ROOT).contains(needle)
					&& !o.alarm().toLowerCase(Locale.ROOT).contains(needle)) {
				continue;
			}
			sorted.add(o);
		}
		sorted.sort(Comparator.comparingLong(AlarmOccurrence::raiseTime).reversed()
				.thenComparing(AlarmOccurrence::alarm, Comparator.reverseOrder())); // the server's page order
		return sorted.stream().map(o -> row(o, now)).toList();
	}

	private Row row(AlarmOccurrence o, long now) {
		AlarmLook look = looks.apply(o.alarm());
		String cls = look == null || look.alarmClass().isEmpty() ? "priority " + o.priority() : look.alarmClass();
		String ack = o.ackTime() == null ? "" : (o.ackUser().isEmpty() ? "" : o.ackUser() + " ")
				+ clock.format(Instant.ofEpochMilli(o.ackTime()));
		String state = (o.active() ? "ACTIVE" : "CLEARED") + (o.ackTime() == null ? " · unacknowledged" : "");
		return new Row(time.format(Instant.ofEpochMilli(o.raiseTime())),
				o.active() ? "" : time.format(Instant.ofEpochMilli(o.clearTime())), duration(o.activeMs(now)),
				o.text(), o.alarm(), cls, ack, state, o.active());
	}

	/** {@code 850 ms}, {@code 42 s}, {@code 3 min 12 s}, {@code 5 h 02 min}, {@code 2 d 3 h}. */
	public static String duration(long ms) {
		if (ms < 1000) {
			return Math.max(0, ms) + " ms";
		}
		Duration d = Duration.ofMillis(ms);
		if (d.toMinutes() < 1) {
			return d.toSeconds() + " s";
		}
		if (d.toHours() < 1) {
			return d.toMinutes() + " min " + d.toSecondsPart() + " s";
		}
		if (d.toDays() < 1) {
			return d.toHours() + " h " + String.format(Locale.ROOT, "%02d", d.toMinutesPart()) + " min";
		}
		return d.toDays() + " d " + d.toHoursPart() + " h";
	}

	/**
	 * The statistics as the summary panel shows them: the rate against EEMUA 191's target first, then floods,
	 * chattering and standing alarms, then the priority mix.
	 */
	public static List<String> summary(AlarmStatistics s) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%d alarms raised · per 10 minutes: average %.2f, peak %d · EEMUA 191"
				+ " target: fewer than %.0f on average — %s", s.raised(), s.averagePer10Min(), s.peakPer10Min(),
				AlarmStatistics.TARGET_PER_10_MIN, s.meetsTarget() ? "met" : "ABOVE THE TARGET"));
		lines.add(String.format(Locale.ROOT, "%d floods (more than %d in 10 min) · %d chattering (%d raises within"
				+ " a minute) · %d standing (active over 24 h)", s.floods().size(), AlarmStatistics.FLOOD_ALARMS,
				s.chattering().size(), AlarmStatistics.CHATTER_RAISES, s.standing().size()));
		List<String> mix = new ArrayList<>();
		new java.util.TreeMap<>(s.byPriority()).descendingMap().forEach((p, n) -> mix.add(String.format(Locale.ROOT,
				"priority %d: %d (%.0f %%)", p, n, 100.0 * n / Math.max(1, s.raised()))));
		lines.add("priority mix: " + (mix.isEmpty() ? "none" : String.join(" · ", mix)));
		return lines;
	}
}
