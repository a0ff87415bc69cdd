package tandem.runtime.core.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.core.config.AlarmDefinition.Kind;

class AlarmEngineTest {

	private final List<AlarmTransition> emitted = new ArrayList<>();

	private AlarmEngine engine(AlarmDefinition... definitions) {
		return new AlarmEngine(List.of(definitions), emitted::add);
	}

	private static AlarmDefinition high(long delay, boolean ackRequired) {
		return new AlarmDefinition("Level.HIGH", "Level", Kind.HIGH, 90, 5, delay, 1, ackRequired, "Level high");
	}

	private static void feed(AlarmEngine e, long time, double value) {
		e.valueChanged("Level", Value.good(value, time));
	}

	private List<TransitionKind> kinds() {
		return emitted.stream().map(AlarmTransition::kind).toList();
	}

	@Test
	void aHighAlarmRaisesAboveTheLimitAndClearsOnlyBelowTheLimitMinusHysteresis() {
		AlarmEngine e = engine(high(0, true));
		feed(e, 1000, 89);
		feed(e, 1100, 91);
		feed(e, 1200, 86);
		feed(e, 1300, 92);
		assertEquals(List.of(TransitionKind.RAISED), kinds(), "86 is within the hysteresis band 85..90");
		assertEquals(1100, emitted.get(0).raiseTime());
		feed(e, 1400, 84.9);
		assertEquals(List.of(TransitionKind.RAISED, TransitionKind.CLEARED_UNACKNOWLEDGED), kinds());
	}

	@Test
	void aDelayedAlarmIsRaisedOnlyWhenTheConditionHeldForTheDelayInSourceTime() {
		AlarmEngine e = engine(high(500, true));
		feed(e, 1000, 95);
		feed(e, 1300, 95);
		feed(e, 1400, 80);
		feed(e, 2000, 95);
		feed(e, 2400, 95);
		assertTrue(emitted.isEmpty(), "a short excursion is not an alarm");
		feed(e, 2500, 96);
		assertEquals(1, emitted.size());
		assertEquals(2500, emitted.get(0).raiseTime(), "identity = source time at which the delay elapsed");
	}

	@Test
	void anAcknowledgedAlarmThatClearsLeavesTheActiveList() {
		AlarmEngine e = engine(high(0, true));
		feed(e, 1000, 95);
		assertTrue(e.acknowledge("Level.HIGH", 1000, "anna", 1050));
		assertTrue(e.active().get(0).acknowledged());
		feed(e, 1100, 50);
		assertEquals(List.of(TransitionKind.RAISED, TransitionKind.ACKNOWLEDGED, TransitionKind.CLEARED), kinds());
		assertEquals("anna", emitted.get(1).user());
		assertTrue(e.active().isEmpty());
	}

	@Test
	void aClearedUnacknowledgedAlarmStaysActiveUntilAcknowledgedWhileANewOccurrenceCanRaise() {
		AlarmEngine e = engine(high(0, true));
		feed(e, 1000, 95);
		feed(e, 1100, 50);
		feed(e, 1200, 97);
		assertEquals(2, e.active().size(), "the waiting occurrence and the new one");
		assertTrue(e.acknowledge("Level.HIGH", 1000, "anna", 1250));
		assertFalse(e.acknowledge("Level.HIGH", 1000, "anna", 1260), "second acknowledgement is a no-op");
		assertEquals(1, e.active().size());
		assertEquals(1200, e.active().get(0).raiseTime());
	}

	@Test
	void anAlarmClassWithoutAcknowledgementClearsStraightAway() {
		AlarmEngine e = engine(high(0, false));
		feed(e, 1000, 95);
		feed(e, 1100, 50);
		assertEquals(List.of(TransitionKind.RAISED, TransitionKind.CLEARED), kinds());
		assertTrue(e.active().isEmpty());
	}

	@Test
	void aBinaryAlarmFollowsItsStateAndBadValuesChangeNothing() {
		AlarmEngine e = engine(new AlarmDefinition("Leak", "Leak", Kind.BINARY, 1, 0, 0, 3, true, "Chlorine leak"));
		e.valueChanged("Leak", Value.good(false, 1000));
		e.valueChanged("Leak", Value.good(true, 1100));
		e.valueChanged("Leak", new Value(false, Quality.BAD, 1200));
		e.valueChanged("Leak", Value.invalid(1300));
		assertEquals(List.of(TransitionKind.RAISED), kinds());
		e.valueChanged("Leak", Value.good(false, 1400));
		assertEquals(TransitionKind.CLEARED_UNACKNOWLEDGED, emitted.get(1).kind());
		assertEquals(1400, emitted.get(1).time());
	}

	@Test
	void aLowAlarmUsesTheHysteresisUpwards() {
		AlarmEngine e = engine(new AlarmDefinition("Level.LOW", "Level", Kind.LOW, 10, 2, 0, 1, true, "low"));
		feed(e, 1000, 9);
		feed(e, 1100, 11);
		feed(e, 1200, 12.5);
		assertEquals(List.of(TransitionKind.RAISED, TransitionKind.CLEARED_UNACKNOWLEDGED), kinds());
		assertEquals(1200, emitted.get(1).time());
	}

	@Test
	void anAlarmWhoseConditionEndedInAGapOfThisNodesViewIsLeftToTheHistoryInsteadOfClearedLate() {
		AlarmEngine e = engine(high(0, true));
		int[] toldEnded = { 0 };
		e.restore(List.of(), () -> toldEnded[0]++);
		e.watchForGaps(java.util.Map.of("Level", 100L));
		feed(e, 1000, 95);
		feed(e, 1100, 96);
		feed(e, 6100, 50); // paused for 5 s: the level fell somewhere in between, when is not known here
		assertEquals(List.of(TransitionKind.RAISED), kinds(), "no clear at the first value after the gap");
		assertEquals(1, toldEnded[0], "the node is told, so the serving node ends it from the history");
		assertTrue(e.active().isEmpty());
		feed(e, 6200, 95);
		assertEquals(List.of(TransitionKind.RAISED, TransitionKind.RAISED), kinds(), "a new episode is new");
		feed(e, 6300, 50);
		assertEquals(TransitionKind.CLEARED_UNACKNOWLEDGED, emitted.get(2).kind(), "without a gap it clears here");
	}

	@Test
	void aRestoredAlarmWhoseFirstValueIsOnlyInsideTheHysteresisBandIsNotClearedLateByTheRestartedNode() {
		AlarmEngine e = engine(high(0, true));
		int[] toldEnded = { 0 };
		e.restore(List.of(new tandem.runtime.history.h2.AlarmRecord("Level.HIGH", 1000, 1, "Level high", 95.0, null,
				null, null, null, false)), () -> toldEnded[0]++);
		// while this node was down the level fell below 85 (the survivor cleared it) and rose into 85..90 again:
		// inside the band it would still hold for a continuing alarm, but that does not show it held all along
		feed(e, 20_000, 87);
		feed(e, 20_100, 50);
		assertEquals(List.of(), kinds(), "no clear at the restarted node's late time");
		assertEquals(1, toldEnded[0], "left to the serving node, which clears it at the end its history shows");
		assertTrue(e.active().isEmpty());
	}

	@Test
	void aRestoredAlarmSeenInAlarmAgainIsContinuedAndClearedHere() {
		AlarmEngine e = engine(high(0, true));
		e.restore(List.of(new tandem.runtime.history.h2.AlarmRecord("Level.HIGH", 1000, 1, "Level high", 95.0, null,
				null, null, null, false)), () -> {
				});
		feed(e, 20_000, 95);
		feed(e, 20_100, 87);
		feed(e, 20_200, 50);
		assertEquals(List.of(TransitionKind.CLEARED_UNACKNOWLEDGED), kinds(), "seen to hold here: it ends here");
		assertEquals(20_200, emitted.get(0).time());
		assertEquals(1000, emitted.get(0).raiseTime());
	}

	@Test
	void anEarlierRaiseOfTheSameConditionByTheOtherNodeIsRecognisedOnlyWhereThisNodeCannotContradictIt() {
		AlarmEngine started = engine(high(5000, true));
		feed(started, 17_100, 95); // this node's first value: the condition may have begun long before
		feed(started, 22_100, 95);
		assertEquals(List.of(22_100L), emitted.stream().map(AlarmTransition::raiseTime).toList());
		AlarmTransition other = new AlarmTransition("Level.HIGH", 21_100, TransitionKind.RAISED, 21_100, "", 95, 1,
				"Level high");
		assertTrue(started.sameEpisodeRaisedLater(other), "the other node saw the condition begin at 16.1 s");
		AlarmTransition later = new AlarmTransition("Level.HIGH", 22_200, TransitionKind.RAISED, 22_200, "", 95, 1,
				"Level high");
		assertFalse(started.sameEpisodeRaisedLater(later), "a later raise is the other node's lag, not news");

		emitted.clear();
		AlarmEngine watching = engine(high(5000, true));
		feed(watching, 16_000, 80); // the condition did not hold at 16.0 s here
		feed(watching, 16_100, 95);
		feed(watching, 21_100, 95);
		assertEquals(List.of(21_100L), emitted.stream().map(AlarmTransition::raiseTime).toList());
		AlarmTransition contradicted = new AlarmTransition("Level.HIGH", 21_000, TransitionKind.RAISED, 21_000, "",
				95, 1, "Level high");
		assertFalse(watching.sameEpisodeRaisedLater(contradicted), "its condition would have begun by 16.0 s");
		AlarmTransition missedSlot = new AlarmTransition("Level.HIGH", 21_050, TransitionKind.RAISED, 21_050, "", 95,
				1, "Level high");
		assertTrue(watching.sameEpisodeRaisedLater(missedSlot), "begun after 16.0 s: a slot this node did not see");
	}

	@Test
	void aFollowingEngineContinuesTheRecordedOccurrenceInsteadOfItsOwnLaterOne() {
		AlarmEngine e = engine(high(0, true));
		feed(e, 2000, 95); // this node started later than the server, which raised at 1000
		String replaced = e.follow(new AlarmTransition("Level.HIGH", 1000, TransitionKind.RAISED, 1000, "", 92, 1,
				"Level high"));
		assertEquals("alarm:Level.HIGH@2000:", replaced, "its own occurrence is replaced");
		e.follow(new AlarmTransition("Level.HIGH", 1000, TransitionKind.ACKNOWLEDGED, 1500, "anna", Double.NaN, 1,
				"Level high"));
		assertEquals(1000, e.active().get(0).raiseTime());
		assertTrue(e.active().get(0).acknowledged());
		feed(e, 2100, 80);
		assertEquals(new AlarmTransition("Level.HIGH", 1000, TransitionKind.CLEARED, 2100, "", 80, 1, "Level high"),
				emitted.get(emitted.size() - 1), "the clear carries the recorded occurrence's key");
	}
}
