package tandem.runtime.core.image;

import java.time.Instant;
import java.util.function.Consumer;

import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;

/**
 * Writes a driver's loss and recovery to the CEL as system events of the node that saw them: one line when its
 * reads start failing, with the driver's reason ("driver plc lost connection to 10.0.0.5:502 (unit 1): Connection
 * refused"), one when it answers again. The key names the driver, so two drivers lost in the same millisecond
 * keep a line each.
 */
public final class DriverHealthEntries implements ProcessImage.DriverHealth {

	/** The event of a CEL line for slots a late poll did not read: {@code POLL-SKIPPED:driver:rate:first:last}. */
	public static final String SKIPPED_EVENT = "POLL-SKIPPED";

	private final String node;
	private final Consumer<Fact> cel;

	public DriverHealthEntries(String node, Consumer<Fact> cel) {
		this.node = node;
		this.cel = cel;
	}

	@Override
	public void lost(String driver, String reason, long time) {
		String text = reason.contains(driver) ? reason : "driver " + driver + " lost: " + reason;
		cel.accept(CelEntry.system(node, "DRIVER-LOST:" + driver, time, text + " (seen by node " + node + ")"));
	}

	/**
	 * A poll of a live device came late and its slots are gone: an engineer sees the node was overloaded, and the
	 * fault checker sees which slots no node read ({@link #SKIPPED_EVENT} names driver, rate and the slots).
	 */
	@Override
	public void skipped(String driver, long rateMillis, long firstSlot, long lastSlot, long time) {
		long count = (lastSlot - firstSlot) / rateMillis + 1;
		cel.accept(CelEntry.system(node, SKIPPED_EVENT + ":" + driver + ":" + rateMillis + ":" + firstSlot + ":"
				+ lastSlot, time, "node " + node + ": the poll of driver " + driver + " (every " + rateMillis
						+ " ms) came " + (time - firstSlot) + " ms late; " + count + (count == 1 ? " slot" : " slots")
						+ " not read (" + Instant.ofEpochMilli(firstSlot) + (count == 1 ? ""
								: " .. " + Instant.ofEpochMilli(lastSlot))
						+ "): the device answers only for the present"));
	}

	@Override
	public void regained(String driver, long time) {
		cel.accept(CelEntry.system(node, "DRIVER-BACK:" + driver, time,
				"driver " + driver + " answers again (seen by node " + node + ")"));
	}
}
