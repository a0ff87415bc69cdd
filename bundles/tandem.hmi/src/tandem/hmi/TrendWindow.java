package tandem.hmi;

/**
 * The time range a trend shows and whether it follows the present. Live mode keeps the span and moves its end to
 * the present; zooming or panning leaves live mode (an operator who looks at a spike does not want it to scroll
 * away) until {@link #live} brings it back. Immutable.
 */
public record TrendWindow(long from, long to, boolean live) {

	/** Shorter than this a trend shows nothing an operator can use (a pixel per ms on a wide screen). */
	public static final long MIN_SPAN_MS = 1000;
	/** Longer than ten years is surely a mistake. */
	public static final long MAX_SPAN_MS = 10L * 366 * 24 * 3600_000L;

	public TrendWindow {
		if (to - from < MIN_SPAN_MS) {
			long middle = from + (to - from) / 2;
			from = middle - MIN_SPAN_MS / 2;
			to = from + MIN_SPAN_MS;
		}
		if (to - from > MAX_SPAN_MS) {
			from = to - MAX_SPAN_MS;
		}
	}

	/** The last {@code spanMs} up to {@code now}, following the present. */
	public static TrendWindow live(long spanMs, long now) {
		return new TrendWindow(now - spanMs, now, true);
	}

	public long span() {
		return to - from;
	}

	/** Live: the same span ending at {@code now}; historical: unchanged. */
	public TrendWindow at(long now) {
		return live ? new TrendWindow(now - span(), now, true) : this;
	}

	/** Zooms by {@code factor} (below 1 zooms in) around {@code anchor}, which stays where it is on the screen. */
	public TrendWindow zoom(double factor, long anchor) {
		double f = Math.max(0.01, Math.min(100, factor));
		long newFrom = anchor - Math.round((anchor - from) * f);
		long newTo = anchor + Math.round((to - anchor) * f);
		return new TrendWindow(newFrom, newTo, false);
	}

	/** Moves the range by {@code deltaMs} (positive: later). */
	public TrendWindow pan(long deltaMs) {
		return new TrendWindow(from + deltaMs, to + deltaMs, false);
	}

	/** Exactly this range (a rubber band, or a range the operator typed). */
	public TrendWindow range(long newFrom, long newTo) {
		return new TrendWindow(Math.min(newFrom, newTo), Math.max(newFrom, newTo), false);
	}

	/** The time at pixel {@code x} of a plot {@code width} pixels wide. */
	public long timeAt(int x, int width) {
		return from + Math.round((double) x / Math.max(1, width) * span());
	}

	/** The pixel of {@code time} on a plot {@code width} pixels wide (may lie outside it). */
	public double xOf(long time, int width) {
		return (double) (time - from) / span() * width;
	}
}
