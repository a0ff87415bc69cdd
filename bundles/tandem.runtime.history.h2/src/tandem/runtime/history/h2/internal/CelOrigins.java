package tandem.runtime.history.h2.internal;

import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.api.fact.TransitionKind;

/**
 * Rebuilds the fact behind a derived CEL line. {@link FactWriter} records an alarm transition or an operator action
 * as a row of its own table plus a CEL line derived from it; a peer that receives only the line has the CEL but not
 * the alarm or action row. The line and its row together hold every field of the original fact (the line its time,
 * user and text, the row the values and priority), so the rebuilt fact, stored elsewhere, reproduces both the row and
 * the identical line. A rebuilt fact whose line would differ from the stored one is not used: the line itself is.
 */
public final class CelOrigins {

	private static final String ALARM_PREFIX = "alarm:";

	/** An alarm occurrence as named by a transition's key. */
	public record Occurrence(String alarm, long raiseTime, TransitionKind kind) {
	}

	private CelOrigins() {
	}

	/** The occurrence an alarm line belongs to, or null when the line is not an alarm transition's. */
	public static Occurrence occurrence(CelEntry line) {
		String key = line.key();
		if (line.category() != CelCategory.ALARM || !key.startsWith(ALARM_PREFIX)) {
			return null;
		}
		int colon = key.lastIndexOf(':');
		int at = key.lastIndexOf('@', colon);
		if (colon < 0 || at < ALARM_PREFIX.length()) {
			return null;
		}
		try {
			return new Occurrence(key.substring(ALARM_PREFIX.length(), at),
					Long.parseLong(key.substring(at + 1, colon)), TransitionKind.valueOf(key.substring(colon + 1)));
		} catch (IllegalArgumentException e) { // NumberFormatException too: a system line that looks alike
			return null;
		}
	}

	/**
	 * The transition behind {@code line}, from its alarm row ({@code raiseValue} / {@code clearValue} null when not
	 * recorded); the line when the rebuilt transition would not derive the same line.
	 */
	public static Fact transition(CelEntry line, Occurrence o, int priority, String rowText, Double raiseValue,
			Double clearValue, Long mergedInto) {
		String prefix = o.kind() + " ";
		String text = line.text().startsWith(prefix) ? line.text().substring(prefix.length()) : rowText;
		double value = switch (o.kind()) {
		case RAISED -> orNaN(raiseValue);
		case ACKNOWLEDGED -> Double.NaN;
		case CLEARED, CLEARED_UNACKNOWLEDGED -> orNaN(clearValue);
		case MERGED -> mergedInto == null ? Double.NaN : mergedInto;
		};
		AlarmTransition t = new AlarmTransition(o.alarm(), o.raiseTime(), o.kind(), line.time(), line.user(), value,
				priority, text, line.node());
		return CelEntry.of(t).equals(line) ? t : line;
	}

	/** The action behind {@code line}, or the line when the action row is gone or derives another line. */
	public static Fact action(CelEntry line, OperatorAction row) {
		return row != null && CelEntry.of(row).equals(line) ? row : line;
	}

	private static double orNaN(Double v) {
		return v == null ? Double.NaN : v;
	}
}
