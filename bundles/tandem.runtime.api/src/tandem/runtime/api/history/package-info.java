/**
 * History as an operator station reads it from whichever node serves: trend series decimated per pixel column
 * ({@link TrendDecimation}), pages of the chronological event list and alarm history. Plain values, encoded for the
 * cluster by {@link HistoryWire}; bounded by construction (range, columns, page size).
 */
package tandem.runtime.api.history;
