package tandem.operator.ui.station;

import tandem.hmi.Tone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;

/**
 * Turns a value into what the operator reads: a number with as many decimals as its range deserves, the unit,
 * and a quality word that cannot be overlooked. A value from a frozen picture is marked stale, because an
 * operator must never take the last known value for the current one.
 */
public final class ValueText {

	/** Shown where there is no value yet. */
	public static final String NO_VALUE = "—";

	/**
	 * One formatted cell row.
	 *
	 * @param value   the number or state, e.g. {@code 3.42}, {@code ON}
	 * @param unit    the unit, empty if none
	 * @param quality quality word, empty for a good live value
	 * @param time    source time of day, empty without a value
	 * @param tone    how to colour the row
	 */
	public record Cell(String value, String unit, String quality, String time, Tone tone) {
	}

	private final ZoneId zone;
	private final DateTimeFormatter timeOfDay;

	public ValueText(ZoneId zone) {
		this.zone = zone;
		this.timeOfDay = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(zone);
	}

	public Cell cell(VariableInfo variable, Value value, boolean live) {
		if (value == null) {
			return new Cell(NO_VALUE, variable.unit(), live ? "no value yet" : "stale", "",
					live ? Tone.NORMAL : Tone.STALE);
		}
		String time = value.sourceTime() > 0 ? timeOfDay.format(Instant.ofEpochMilli(value.sourceTime())) : "";
		String text = value.data() == null ? NO_VALUE : data(variable, value.data());
		if (!live) {
			return new Cell(text, variable.unit(), "stale", time, Tone.STALE);
		}
		return new Cell(text, variable.unit(), qualityWord(value.quality()), time, tone(value.quality()));
	}

	public ZoneId zone() {
		return zone;
	}

	static String qualityWord(Quality quality) {
		return switch (quality) {
		case GOOD -> "";
		case UNCERTAIN -> "uncertain";
		case BAD -> "BAD";
		case INVALID -> "INVALID";
		};
	}

	private static Tone tone(Quality quality) {
		return switch (quality) {
		case GOOD -> Tone.NORMAL;
		case UNCERTAIN -> Tone.WARNING;
		case BAD, INVALID -> Tone.ALARM;
		};
	}

	static String data(VariableInfo variable, Object data) {
		if (data instanceof Boolean b) {
			return b ? "ON" : "OFF";
		}
		if (data instanceof Double d) {
			if (variable.kind() == VariableInfo.Kind.BOOL) {
				return d != 0.0 ? "ON" : "OFF";
			}
			return decimal(d, decimals(variable));
		}
		if (data instanceof Long l) {
			if (variable.kind() == VariableInfo.Kind.BOOL) {
				return l != 0 ? "ON" : "OFF";
			}
			return variable.kind() == VariableInfo.Kind.FLOAT ? decimal(l, decimals(variable)) : Long.toString(l);
		}
		return String.valueOf(data);
	}

	/** A small range needs more decimals: 0…5 m shows 2.41, 0…500 m³/h shows 241.3. */
	static int decimals(VariableInfo variable) {
		if (variable.min() == null || variable.max() == null) {
			return 2;
		}
		double span = Math.abs(variable.max() - variable.min());
		if (span <= 2) {
			return 3;
		}
		if (span <= 20) {
			return 2;
		}
		return span <= 2000 ? 1 : 0;
	}

	private static String decimal(double d, int decimals) {
		if (Double.isNaN(d) || Double.isInfinite(d)) {
			return Double.toString(d);
		}
		return String.format(Locale.ROOT, "%." + decimals + "f", d);
	}

	/** A limit as written in the project, without trailing zeros: 5.0 → 5, 0.25 → 0.25. */
	static String plain(double d) {
		return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
	}
}
