package tandem.operator.ui.station;

import tandem.hmi.Tone;

import java.time.Duration;
import java.time.Instant;

/**
 * How old the newest value on screen is. The connection may need seconds to notice that its server died; until then
 * it still says CONNECTED. The age of the last update lets the operator see a silent picture at once, without
 * declaring a quiet plant (values that simply do not change) dead.
 *
 * @param text e.g. {@code last update 2 s ago}
 * @param tone muted while fresh, amber once older than {@link #SILENT_AFTER}
 */
public record UpdateAge(String text, Tone tone) {

	public static final Duration SILENT_AFTER = Duration.ofSeconds(3);

	public static UpdateAge of(Instant lastUpdate, Instant now) {
		if (lastUpdate == null) {
			return new UpdateAge("no update yet", Tone.WARNING);
		}
		long seconds = Math.max(0, Duration.between(lastUpdate, now).toSeconds());
		String text = "last update " + (seconds < 120 ? seconds + " s" : seconds / 60 + " min") + " ago";
		return new UpdateAge(text, seconds > SILENT_AFTER.toSeconds() ? Tone.WARNING : Tone.STALE);
	}
}
