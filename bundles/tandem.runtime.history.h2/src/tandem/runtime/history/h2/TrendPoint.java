package tandem.runtime.history.h2;

/**
 * A point of a trend: one sample ({@code count == 1}, min = max = avg) or the aggregate of a decimation bucket
 * starting at {@code time}. Only samples of GOOD or UNCERTAIN quality are aggregated.
 */
public record TrendPoint(long time, double min, double max, double avg, int count) {
}
