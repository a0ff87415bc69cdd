package tandem.runtime.history.h2;

import java.time.Duration;

/**
 * Tuning of a {@link HistoryStore}.
 *
 * @param openTimeout  how long opening (and a probe write) may take before the store is declared stuck
 * @param syncInterval how often the writer forces a {@code CHECKPOINT SYNC} (written and fsynced) after commits
 * @param batchSize    most facts per commit
 * @param queueCapacity facts waiting for the writer before {@link HistoryStore#append} blocks (back pressure)
 * @param autoServer   let other processes (export) open the database while this one holds it
 */
public record HistoryOptions(Duration openTimeout, Duration syncInterval, int batchSize, int queueCapacity,
		boolean autoServer) {

	public static HistoryOptions defaults() {
		return new HistoryOptions(Duration.ofSeconds(20), Duration.ofSeconds(1), 10_000, 200_000, true);
	}

	public HistoryOptions withOpenTimeout(Duration timeout) {
		return new HistoryOptions(timeout, syncInterval, batchSize, queueCapacity, autoServer);
	}

	public HistoryOptions withSyncInterval(Duration interval) {
		return new HistoryOptions(openTimeout, interval, batchSize, queueCapacity, autoServer);
	}
}
