/**
 * A node's history on an embedded H2 file: archive samples, alarms, CEL and operator actions under their natural
 * keys (idempotent upsert), the ordered event log with {@code (epoch, seq)}, range digests for alignment, and the
 * queries behind lists, trends and export. Entry point: {@link tandem.runtime.history.h2.HistoryStore}.
 */
package tandem.runtime.history.h2;
