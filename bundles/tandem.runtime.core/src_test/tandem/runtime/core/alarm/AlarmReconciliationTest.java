package tandem.runtime.core.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Value;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.core.config.AlarmDefinition.Kind;
import tandem.runtime.history.h2.AlarmRecord;

/** The serving node's decisions when its history holds occurrences its engine did not raise. */
class AlarmReconciliationTest {

	private static final AlarmDefinition HIGH = new AlarmDefinition("Level.HIGH", "Level", Kind.HIGH, 90, 5, 0, 1,
			true, "Level high");
	private static final AlarmReconciliation.ClearFinder NOTHING_ARCHIVED = (d, after, before) -> null;

	private static AlarmRecord record(long raise, Long ack, Long clear) {
		return new AlarmRecord(HIGH.id(), raise, 1, "Level high", 95.0, ack, ack == null ? null : "anna", clear,
				clear == null ? null : 80.0, clear != null && ack == null);
	}

	@Test
	void twoSidesThatEachRecordedOneEpisodeWhileApartKeepTheEarlierRaiseAndOneAcknowledgement() {
		AlarmTracker tracker = new AlarmTracker(HIGH);
		tracker.evaluate(Value.good(80.0, 20_000)); // the condition is over by now
		List<AlarmTransition> decided = AlarmReconciliation.reconcile(tracker,
				List.of(record(1_000, null, 9_000L), record(4_000, 5_000L, 9_000L)), NOTHING_ARCHIVED, 21_000);
		assertEquals(List.of(AlarmTransition.merged(HIGH.id(), 4_000, 1_000, 1, "Level high"),
				new AlarmTransition(HIGH.id(), 1_000, TransitionKind.ACKNOWLEDGED, 5_000, "anna", Double.NaN, 1,
						"Level high")),
				decided, "the later side's occurrence is merged into the earlier one, its acknowledgement carried");
	}

	@Test
	void aGhostEndsAtTheFirstArchivedValueOutsideTheAlarmAndASeparateLaterEpisodeStaysItsOwn() {
		AlarmTracker tracker = new AlarmTracker(HIGH);
		tracker.evaluate(Value.good(96.0, 30_000));
		tracker.follow(new AlarmTransition(HIGH.id(), 25_000, TransitionKind.RAISED, 25_000, "", 96, 1, "Level high"));
		AlarmReconciliation.ClearFinder archive = (d, after, before) -> after < 12_000 && before > 12_000 ? 12_000L
				: null;
		List<AlarmTransition> decided = AlarmReconciliation.reconcile(tracker,
				List.of(record(1_000, null, null), record(25_000, null, null)), archive, 31_000);
		assertEquals(List.of(new AlarmTransition(HIGH.id(), 1_000, TransitionKind.CLEARED_UNACKNOWLEDGED, 12_000, "",
				Double.NaN, 1, "Level high")), decided, "the ghost of the returning node is cleared when it ended");
		assertEquals(25_000L, tracker.currentRaiseTime(), "the current episode goes on as it is");
		assertTrue(tracker.active().stream().anyMatch(a -> a.raiseTime() == 1_000 && a.cleared()),
				"the cleared ghost waits for its acknowledgement in the list");
	}

	@Test
	void anOccurrenceStillActiveFromTheOtherSideIsTheCurrentOneWhenItWasRaisedFirst() {
		AlarmTracker tracker = new AlarmTracker(HIGH);
		tracker.evaluate(Value.good(96.0, 8_000)); // this engine raised at 8000 itself
		List<AlarmTransition> decided = AlarmReconciliation.reconcile(tracker,
				List.of(record(3_000, 4_000L, null), record(8_000, null, null)), NOTHING_ARCHIVED, 9_000);
		assertEquals(List.of(AlarmTransition.merged(HIGH.id(), 8_000, 3_000, 1, "Level high")), decided);
		assertEquals(3_000L, tracker.currentRaiseTime(), "the engine continues the first raise");
		assertTrue(tracker.currentAcknowledged(), "with its acknowledgement");
	}
}
