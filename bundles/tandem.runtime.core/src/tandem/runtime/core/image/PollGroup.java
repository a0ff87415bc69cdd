package tandem.runtime.core.image;

import java.util.List;

import tandem.runtime.api.driver.DriverTag;

/** The variables of one driver that share a poll rate; read in one driver call. */
record PollGroup(String driver, long rateMillis, List<DriverTag> tags, int[] indices) {

	/** The next poll time after {@code now}: the start of the next rate slot. */
	long nextDue(long now) {
		return Math.floorDiv(now, rateMillis) * rateMillis + rateMillis;
	}
}
