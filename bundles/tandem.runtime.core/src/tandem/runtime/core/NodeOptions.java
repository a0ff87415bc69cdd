package tandem.runtime.core;

import java.time.Duration;
import java.util.function.LongSupplier;

import tandem.runtime.history.h2.HistoryOptions;

/**
 * How a node runs: its clock (tests use a manual one), history tuning, whether its drivers may write to the field
 * (a standby in shadow mode may not), and how often retention runs.
 */
public record NodeOptions(LongSupplier clock, HistoryOptions history, boolean fieldWritesAllowed,
		Duration retentionInterval, boolean startPolling) {

	public static NodeOptions defaults() {
		return new NodeOptions(System::currentTimeMillis, HistoryOptions.defaults(), true, Duration.ofHours(1), true);
	}

	/** Manual polling with the given clock: the test calls {@code RuntimeNode.pollAll(time)} itself. */
	public static NodeOptions manual(LongSupplier clock) {
		return new NodeOptions(clock, HistoryOptions.defaults(), true, Duration.ofHours(1), false);
	}
}
