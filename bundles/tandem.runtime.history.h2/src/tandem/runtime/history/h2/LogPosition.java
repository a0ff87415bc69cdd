package tandem.runtime.history.h2;

/** The last {@code (epoch, seq)} in the event log; {@code (0, 0)} for an empty log. */
public record LogPosition(long epoch, long seq) {

	public static final LogPosition START = new LogPosition(0, 0);
}
