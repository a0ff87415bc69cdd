package tandem.runtime.driver.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import tandem.runtime.api.Value;
import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag;

/**
 * Polls the virtual plant. The source timestamp of a value is the start of the poll slot
 * ({@code floor(pollTime / rate) * rate}), so every node polling in the same slot reports the same fact.
 *
 * <p>A write takes effect from the first slot that starts at or after the write time and holds from then on: the
 * slot that was already running keeps its value, so a (variable, source time) key never has two values.
 *
 * <p>Two modes. A <em>replay</em> plant ({@link #SimulatorDriver(DriverConfiguration)}) answers for any poll time,
 * so a late poll thread can still read the slots it missed, which suits demos and tests of the recording itself. A
 * <em>live device</em> ({@link #liveDevice}) answers like real hardware: with the slot that is running on its own
 * clock when the read arrives, whatever poll time it is asked for, so a slot nobody polled while it ran is gone.
 * Fault runs use the live device: their zero loss must be earned by the redundancy, not by reading the past.
 */
public final class SimulatorDriver implements Driver {

	private record WrittenValue(long fromSlotStart, Object value) {
	}

	private final DriverConfiguration configuration;
	private final Map<String, PlantFunction> functions = new ConcurrentHashMap<>();
	private final Map<String, WrittenValue> overrides = new ConcurrentHashMap<>();
	/** The device's own clock (live device), or null (replay plant: the poll time decides the slot). */
	private final LongSupplier deviceClock;
	private volatile boolean connected;

	/** A replay plant: a read answers for the slot of the poll time asked, past slots included. */
	public SimulatorDriver(DriverConfiguration configuration) {
		this(configuration, null);
	}

	private SimulatorDriver(DriverConfiguration configuration, LongSupplier deviceClock) {
		this.configuration = configuration;
		this.deviceClock = deviceClock;
	}

	/** A live device: a read answers with the slot running on {@code clock} when it arrives, never an older one. */
	public static SimulatorDriver liveDevice(DriverConfiguration configuration, LongSupplier clock) {
		return new SimulatorDriver(configuration, java.util.Objects.requireNonNull(clock, "clock"));
	}

	/** Whether this plant answers only with the current slot (see the class comment). */
	public boolean isLiveDevice() {
		return deviceClock != null;
	}

	@Override
	public void connect() {
		connected = true;
	}

	/** Simulates losing (false) and regaining (true) the connection to the plant, for tests and demos. */
	public void setConnected(boolean connected) {
		this.connected = connected;
	}

	@Override
	public List<Value> read(List<DriverTag> tags, long pollTime) throws DriverException {
		if (!connected) {
			throw new DriverException("simulator driver " + configuration.name() + ": not connected");
		}
		long readTime = deviceClock == null ? pollTime : deviceClock.getAsLong();
		List<Value> values = new ArrayList<>(tags.size());
		for (DriverTag tag : tags) {
			long slotStart = Math.floorDiv(readTime, tag.rateMillis()) * tag.rateMillis();
			values.add(Value.good(valueAt(tag, slotStart), slotStart));
		}
		return values;
	}

	/** A replay plant is a function of the slot, so a late poll can still read the slot it missed; a live device cannot. */
	@Override
	public boolean readsPastSlots() {
		return deviceClock == null;
	}

	/** The plant value of a tag in the slot starting at {@code slotStart}, including writes. */
	public Object valueAt(DriverTag tag, long slotStart) {
		WrittenValue o = overrides.get(tag.variable());
		if (o != null && slotStart >= o.fromSlotStart()) {
			return o.value();
		}
		return function(tag).valueAt(slotStart);
	}

	@Override
	public void write(DriverTag tag, Object value, long time) throws DriverException {
		if (!tag.writable()) {
			throw new DriverException("simulator driver " + configuration.name() + ": variable " + tag.variable()
					+ " is not writable");
		}
		if (!configuration.fieldWritesAllowed()) {
			throw new DriverException("simulator driver " + configuration.name() + ": shadow mode, write to "
					+ tag.variable() + " not sent to the field");
		}
		long nextSlot = Math.floorDiv(time + tag.rateMillis() - 1, tag.rateMillis()) * tag.rateMillis();
		overrides.put(tag.variable(), new WrittenValue(nextSlot, value));
	}

	private PlantFunction function(DriverTag tag) {
		return functions.computeIfAbsent(tag.variable(), v -> new PlantFunction(configuration.projectSeed(), v,
				SimAddress.parse(v, tag.address()), tag.type()));
	}

	@Override
	public void close() {
		connected = false;
	}
}
