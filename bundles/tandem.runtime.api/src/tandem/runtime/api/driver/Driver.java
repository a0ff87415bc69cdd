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

	/**
	 * Every value of each tag that reached the driver since its previous read of these tags, oldest first, or just
	 * the current one when none did (one list per tag, in tag order, none empty). A subscribed device pushes its
	 * changes between polls, each with its own source time; a poll that took only the newest would lose a change
	 * that a later one replaced before the poll came (a late poll thread, or notifications that arrived together
	 * after a stall), and a source-timestamped change cannot be read again later. The core calls this instead of
	 * {@link #read}; the default is {@link #read}, one value per tag, as for a device that is polled.
	 */
	default List<List<Value>> readChanges(List<DriverTag> tags, long pollTime) throws DriverException {
		return read(tags, pollTime).stream().map(List::of).toList();
	}

	/**
	 * Whether {@link #read} can answer for a poll time that has already passed, as a simulated or recorded plant
	 * can. The core then reads every rate slot it was late for (a stalled poll thread, a long GC) instead of
	 * skipping it, so a late poll does not cost an archive sample. A live device cannot: it answers with its value
	 * now, so the default is {@code false}.
	 */
	default boolean readsPastSlots() {
		return false;
	}

	/**
	 * Whether a poll that comes late leaves the slots in between unread for good: true for a polled device that
	 * answers only for the present (the default, unless it {@link #readsPastSlots reads past slots}); false for one
	 * that queues its changes until the next poll (a subscription).
	 */
	default boolean losesLatePolls() {
		return !readsPastSlots();
	}

	/** Writes a value to the field at {@code time}; only for writable tags. */
	void write(DriverTag tag, Object value, long time) throws DriverException;

	@Override
	void close();
}
