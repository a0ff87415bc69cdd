package tandem.runtime.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PollGroupTest {

	private final PollGroup group = new PollGroup("Simulator", 100, List.of(), new int[0]);

	@Test
	void aPollThreadThatWasLateReadsEverySlotItMissedWhenTheDriverCan() {
		// last poll in the slot starting at 1000; the thread stalled until 1435: slots 1100..1300 were missed
		assertEquals(List.of(1100L, 1200L, 1300L, 1435L), group.pollTimes(1000, 1435, true));
	}

	@Test
	void aLiveDeviceIsReadOnlyOnceNowAfterAStall() {
		assertEquals(List.of(1435L), group.pollTimes(1000, 1435, false));
	}

	@Test
	void anOnTimePollReadsOnlyItsOwnSlot() {
		assertEquals(List.of(1102L), group.pollTimes(1000, 1102, true));
		assertEquals(List.of(50L), group.pollTimes(Long.MIN_VALUE, 50, true));
	}

	@Test
	void catchingUpIsBoundedSoAVeryLongStallDoesNotFloodTheHistory() {
		List<Long> times = group.pollTimes(0, 1_000_000, true);
		assertEquals(PollGroup.MAX_CATCH_UP_SLOTS + 1, times.size());
		assertEquals(1_000_000L - PollGroup.MAX_CATCH_UP_SLOTS * 100L, times.get(0));
	}
}
