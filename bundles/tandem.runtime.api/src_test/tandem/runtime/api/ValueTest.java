package tandem.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.TransitionKind;

class ValueTest {

	@Test
	void booleansAndNumbersReadAsNumbersForAlarmsAndArchives() {
		assertEquals(1.0, Value.good(true, 0).asDouble());
		assertEquals(42.0, Value.good(42L, 0).asDouble());
		assertTrue(Double.isNaN(Value.invalid(0).asDouble()));
		assertTrue(Value.good(3.5, 0).asBoolean());
	}

	@Test
	void aValueOfAnUnsupportedTypeIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> Value.good(new Object(), 0));
	}

	@Test
	void theSameSampleObservedTwiceHasOneKey() {
		assertEquals(new ArchiveSample("T1", 1000, 1.0, Quality.GOOD).key(),
				new ArchiveSample("T1", 1000, 1.0, Quality.GOOD).key());
		assertNotEquals(new ArchiveSample("T1", 1000, 1.0, Quality.GOOD).key(),
				new ArchiveSample("T1", 1001, 1.0, Quality.GOOD).key());
	}

	@Test
	void transitionsOfOneAlarmOccurrenceShareTheOccurrenceKey() {
		AlarmTransition raised = new AlarmTransition("A.HIGH", 5, TransitionKind.RAISED, 5, "", 91, 1, "high");
		AlarmTransition ack = new AlarmTransition("A.HIGH", 5, TransitionKind.ACKNOWLEDGED, 9, "op", Double.NaN, 1,
				"high");
		assertEquals(raised.occurrenceKey(), ack.occurrenceKey());
		assertNotEquals(raised.key(), ack.key());
	}
}
