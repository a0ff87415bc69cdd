package tandem.hmi;

import tandem.runtime.api.Quality;

/**
 * How far what an element shows can be trusted, worst last. Besides the value's own {@link Quality} an element
 * can show a value the station has not received ({@link #NO_VALUE}) or the last value from before the connection
 * to the server was lost ({@link #STALE}). Anything but {@link #GOOD} is drawn so it cannot be mistaken for a good
 * value (ISA-101): greyed and hatched, with a marker, and the reason in the tooltip.
 */
public enum ShownQuality {
	GOOD("", "good"),
	STALE("‖", "stale: the station lost its server; this is the last value received"),
	UNCERTAIN("?", "uncertain: the driver reports the value may be wrong"),
	BAD("✕", "bad: the driver answered but the value is not usable"),
	INVALID("✕", "invalid: the driver has lost its connection to the device"),
	NO_VALUE("…", "no value received yet");

	private final String marker;
	private final String reason;

	ShownQuality(String marker, String reason) {
		this.marker = marker;
		this.reason = reason;
	}

	/** A short sign drawn at the element's corner; empty for a good value. */
	public String marker() {
		return marker;
	}

	/** Why the value is not trusted, in the operator's words. */
	public String reason() {
		return reason;
	}

	public boolean trusted() {
		return this == GOOD;
	}

	public static ShownQuality of(Quality quality) {
		return switch (quality) {
		case GOOD -> GOOD;
		case UNCERTAIN -> UNCERTAIN;
		case BAD -> BAD;
		case INVALID -> INVALID;
		};
	}

	public ShownQuality worse(ShownQuality other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
