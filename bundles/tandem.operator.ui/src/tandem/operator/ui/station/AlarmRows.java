package tandem.operator.ui.station;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
	 */
	public record Row(String key, String time, String alarmClass, String text, String variable, String state,
			Rgb colour, Rgb textColour, boolean needsAck, String group, int priority, boolean cleared) {
	}

	public static final Comparator<AlarmState> ORDER = Comparator.comparing(AlarmState::acknowledged)
			.thenComparing(Comparator.comparingInt(AlarmState::priority).reversed())
			.thenComparing(Comparator.comparingLong(AlarmState::raiseTime).reversed())
			.thenComparing(AlarmState::occurrenceKey);

	private final Function<String, AlarmLook> looks;
	private final DateTimeFormatter time;

	/**
	 * @param looks alarm definition id → look (from the project's alarm classes)
	 * @param zone  the operator's time zone
	 */
	public AlarmRows(Function<String, AlarmLook> looks, ZoneId zone) {
		this.looks = looks;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
	}

	public List<Row> rows(Collection<AlarmState> active) {
		List<AlarmState> sorted = new ArrayList<>(active);
		sorted.sort(ORDER);
		return sorted.stream().map(this::row).toList();
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
				a.variable(), state(a), colour, text, !a.acknowledged(), look.group(), a.priority(), a.cleared());
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
