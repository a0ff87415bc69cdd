package tandem.runtime.history.h2;

/**
 * What a trend read from the store: rollup rows (10 s buckets, minutes and hours, each standing for all its samples) and samples
 * read one by one (short windows, the edges of a long one, buckets with bad quality or a silence inside).
 */
public record TrendRead(long rollupRows, long samples) {
}
