package tandem.runtime.core.config;

/**
 * One alarm condition. A limit alarm of the model with high and high-high limits becomes two definitions
 * ({@code Name.HIGH}, {@code Name.HIGH_HIGH}), each with its own lifecycle.
 *
 * @param id         unique alarm definition id, part of every occurrence's identity
 * @param limit      the limit (for {@link Kind#BINARY}: 1 = alarm when true, 0 = alarm when false)
 * @param hysteresis how far back past the limit the value must go to clear (limit alarms)
 * @param delayMillis how long (in source time) the condition must hold before the alarm is raised
 * @param maxShelveMillis the longest an operator may shelve it (its class's maximum); 0: it cannot be shelved
 */
public record AlarmDefinition(String id, String variable, Kind kind, double limit, double hysteresis,
		long delayMillis, int priority, boolean ackRequired, String text, long maxShelveMillis) {

	/** The model's default maximum shelving time: a shift. */
	public static final long DEFAULT_MAX_SHELVE_MILLIS = 8 * 3_600_000L;

	public AlarmDefinition(String id, String variable, Kind kind, double limit, double hysteresis, long delayMillis,
			int priority, boolean ackRequired, String text) {
		this(id, variable, kind, limit, hysteresis, delayMillis, priority, ackRequired, text,
				DEFAULT_MAX_SHELVE_MILLIS);
	}

	public enum Kind {
		HIGH_HIGH, HIGH, LOW, LOW_LOW, BINARY
	}

	/** True when {@code value} is in alarm, given whether the alarm is currently active (hysteresis). */
	public boolean inAlarm(double value, boolean active) {
		return switch (kind) {
		case HIGH, HIGH_HIGH -> active ? value > limit - hysteresis : value > limit;
		case LOW, LOW_LOW -> active ? value < limit + hysteresis : value < limit;
		case BINARY -> (value != 0) == (limit != 0);
		};
	}
}
