package tandem.runtime.core.image;

import java.util.List;

import tandem.runtime.api.driver.DriverTag;

/** The variables of one driver that share a poll rate; read in one driver call. */
record PollGroup(String driver, long rateMillis, List<DriverTag> tags, int[] indices) {

	/** The most slots a late poll thread reads to catch up (30 s at 100 ms); older ones are given up. */
	static final int MAX_CATCH_UP_SLOTS = 300;

	/** Start of the rate slot that contains {@code time}. */
	long slotOf(long time) {
		return Math.floorDiv(time, rateMillis) * rateMillis;
	}

	/**
	 * The poll times for a poll at {@code now}: just {@code now}, or — for a driver that can read past slots — also
	 * the start of every slot missed since {@code lastSlot}, oldest first, at most {@link #MAX_CATCH_UP_SLOTS}.
	 */
	List<Long> pollTimes(long lastSlot, long now, boolean catchUp) {
		long current = slotOf(now);
		if (!catchUp || lastSlot == Long.MIN_VALUE || current - lastSlot <= rateMillis) {
			return List.of(now);
		}
		long first = Math.max(lastSlot + rateMillis, current - MAX_CATCH_UP_SLOTS * rateMillis);
		List<Long> times = new java.util.ArrayList<>();
		for (long slot = first; slot < current; slot += rateMillis) {
			times.add(slot);
		}
		times.add(now);
		return times;
	}

	/** The next poll time after {@code now}: the start of the next rate slot. */
	long nextDue(long now) {
		return Math.floorDiv(now, rateMillis) * rateMillis + rateMillis;
	}
}
