package tandem.runtime.api.driver;

import java.util.List;

import tandem.runtime.api.Value;

/**
 * Connection to one device or plant. The core calls {@link #read} from one polling thread per driver, once per
 * rate group and poll; {@link #write} may come from an operator thread. A driver that throws
 * {@link DriverException} from {@code read} is considered lost: its variables turn INVALID until a read succeeds.
 */
public interface Driver extends AutoCloseable {

	/** Opens the connection; called once before the first read. */
	void connect() throws DriverException;

	/**
	 * Reads the tags as they are at {@code pollTime} (epoch ms). The source timestamp of each returned value is the
	 * device's time stamp, or for drivers without one the poll time.
	 *
	 * @return one value per tag, in tag order
	 */
	List<Value> read(List<DriverTag> tags, long pollTime) throws DriverException;

	/** Writes a value to the field at {@code time}; only for writable tags. */
	void write(DriverTag tag, Object value, long time) throws DriverException;

	@Override
	void close();
}
