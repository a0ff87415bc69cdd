package tandem.runtime.core.image;

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

	@Override
	public void regained(String driver, long time) {
		cel.accept(CelEntry.system(node, "DRIVER-BACK:" + driver, time,
				"driver " + driver + " answers again (seen by node " + node + ")"));
	}
}
