package tandem.operator.ui.station;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmState;

/**
 * The active alarm list as the operator reads it. Order: what still needs the operator first (unacknowledged),
 * then the most urgent class (a higher priority number is more urgent, as in the alarm engine and the projects'
 * alarm classes), then the newest. The colour follows the alarm class and the alarm's state.
 */
public final class AlarmRows {

	/**
	 * One line of the list.
	 *
	 * @param key        occurrence key to acknowledge it
	 * @param time       raise time, {@code yyyy-MM-dd HH:mm:ss}
	 * @param alarmClass class name, or the priority number when the class is unknown
	 * @param text       alarm text
	 * @param variable   watched variable
	 * @param state      e.g. {@code ACTIVE · unacknowledged}
	 * @param colour     background colour from the alarm class for this state
	 * @param textColour readable text colour on it
	 * @param needsAck   unacknowledged: shown bold and blinking
	 * @param group      the alarm's group (plant area), empty when none
	 * @param priority   the alarm's priority (higher is more urgent)
	 * @param cleared    the condition has gone (the alarm waits for its acknowledgement)
	 * @param alarm      the alarm definition id (what shelving applies to)
	 * @param shelving   the alarm's shelving or out-of-service, null when it has none
	 */
	public record Row(String key, String time, String alarmClass, String text, String variable, String state,
			Rgb colour, Rgb textColour, boolean needsAck, String group, int priority, boolean cleared, String alarm,
			AlarmShelving shelving) {

		public boolean shelved() {
			return shelving != null;
		}

		/** A row of a shelved alarm that has no occurrence now: nothing to acknowledge. */
		public boolean occurrence() {
			return !key.isEmpty();
		}
	}

	/** Shelved alarms are drawn calm: they are known and deliberately silenced. */
	static final Rgb SHELVED = new Rgb(0x80, 0x86, 0x8c);

	public static final Comparator<AlarmState> ORDER = Comparator.comparing(AlarmState::acknowledged)
			.thenComparing(Comparator.comparingInt(AlarmState::priority).reversed())
			.thenComparing(Comparator.comparingLong(AlarmState::raiseTime).reversed())
			.thenComparing(AlarmState::occurrenceKey);

	private final Function<String, AlarmLook> looks;
	private final Function<String, AlarmInfo> info;
	private final DateTimeFormatter time;
	private final DateTimeFormatter clock;

	/**
	 * @param looks alarm definition id → look (from the project's alarm classes)
	 * @param zone  the operator's time zone
	 */
	public AlarmRows(Function<String, AlarmLook> looks, ZoneId zone) {
		this(looks, AlarmInfo::unknown, zone);
	}

	/** @param info alarm definition id → text, variable and shelving limit (for shelved alarms not active now) */
	public AlarmRows(Function<String, AlarmLook> looks, Function<String, AlarmInfo> info, ZoneId zone) {
		this.looks = looks;
		this.info = info;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
		this.clock = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone);
	}

	public List<Row> rows(Collection<AlarmState> active) {
		return rows(active, List.of());
	}

	/**
	 * The rows of the active alarms, each with its alarm's shelving, then one row for every shelved alarm that has
	 * no occurrence now (an alarm out of service for maintenance usually has none), so the list's "shelved" view
	 * shows every shelving.
	 */
	public List<Row> rows(Collection<AlarmState> active, Collection<AlarmShelving> shelving) {
		Map<String, AlarmShelving> byAlarm = new LinkedHashMap<>();
		shelving.forEach(s -> byAlarm.put(s.alarm(), s));
		List<AlarmState> sorted = new ArrayList<>(active);
		sorted.sort(ORDER);
		List<Row> out = new ArrayList<>(sorted.size() + byAlarm.size());
		Set<String> seen = new HashSet<>();
		for (AlarmState a : sorted) {
			AlarmShelving s = byAlarm.get(a.alarm());
			out.add(s == null ? row(a) : shelvedRow(row(a), s));
			seen.add(a.alarm());
		}
		for (AlarmShelving s : byAlarm.values()) {
			if (!seen.contains(s.alarm())) {
				out.add(quietRow(s));
			}
		}
		return out;
	}

	private Row shelvedRow(Row r, AlarmShelving s) {
		return new Row(r.key(), r.time(), r.alarmClass(), r.text(), r.variable(),
				(r.cleared() ? "GONE" : "ACTIVE") + " · " + shelving(s), SHELVED, new Rgb(0xff, 0xff, 0xff),
				r.needsAck(), r.group(), r.priority(), r.cleared(), r.alarm(), s);
	}

	private Row quietRow(AlarmShelving s) {
		AlarmLook look = looks.apply(s.alarm());
		if (look == null) {
			look = AlarmLook.UNKNOWN;
		}
		AlarmInfo i = info.apply(s.alarm());
		String cls = look.alarmClass().isEmpty() ? "—" : look.alarmClass();
		return new Row("", time.format(Instant.ofEpochMilli(s.since())), cls, i.text(), i.variable(),
				"NORMAL · " + shelving(s), SHELVED, new Rgb(0xff, 0xff, 0xff), false, look.group(), 0, true,
				s.alarm(), s);
	}

	/** e.g. {@code SHELVED until 14:32 by anna: sensor drifts} or {@code OUT OF SERVICE by otto: repair}. */
	String shelving(AlarmShelving s) {
		String who = s.user().isEmpty() ? "" : " by " + s.user();
		String why = s.reason().isEmpty() ? "" : ": " + s.reason();
		if (s.outOfService()) {
			return "OUT OF SERVICE" + who + why;
		}
		String until = s.mode() == AlarmShelving.Mode.ONE_SHOT ? "until normal, at most "
				+ clock.format(Instant.ofEpochMilli(s.until())) : "until " + clock.format(Instant.ofEpochMilli(s.until()));
		return "SHELVED " + until + who + why;
	}

	Row row(AlarmState a) {
		AlarmLook look = looks.apply(a.alarm());
		if (look == null) {
			look = AlarmLook.UNKNOWN;
		}
		Rgb colour = a.cleared() ? look.inactive() : a.acknowledged() ? look.acknowledged() : look.active();
		Rgb text = readableOn(colour, look.text());
		String cls = look.alarmClass().isEmpty() ? "priority " + a.priority() : look.alarmClass();
		return new Row(a.occurrenceKey(), time.format(Instant.ofEpochMilli(a.raiseTime())), cls, a.text(),
				a.variable(), state(a), colour, text, !a.acknowledged(), look.group(), a.priority(), a.cleared(),
				a.alarm(), null);
	}

	static String state(AlarmState a) {
		return (a.cleared() ? "GONE" : "ACTIVE") + " · " + (a.acknowledged() ? "acknowledged" : "unacknowledged");
	}

	/** The class's text colour unless it would vanish on the background (black on dark red, white on yellow). */
	static Rgb readableOn(Rgb background, Rgb preferred) {
		double contrast = Math.abs(background.luminance() - preferred.luminance());
		if (contrast >= 0.4) {
			return preferred;
		}
		return background.luminance() > 0.5 ? new Rgb(0, 0, 0) : new Rgb(0xff, 0xff, 0xff);
	}

	/** How many alarms still need an acknowledgement. */
	public static long unacknowledged(Collection<AlarmState> active) {
		return active.stream().filter(a -> !a.acknowledged()).count();
	}
}
