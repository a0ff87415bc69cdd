package tandem.runtime.core.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmShelving.Mode;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.OperatorAction;

class AlarmShelfTest {

	private static final long T = 1_800_000_000_000L;
	private static final String TARGET = AlarmShelf.target("Tank.Level.HIGH");

	private static OperatorAction shelve(String id, Mode mode, long minutes, String reason, long time) {
		ActionKind kind = mode == Mode.OUT_OF_SERVICE ? ActionKind.REMOVE_FROM_SERVICE : ActionKind.SHELVE;
		return new OperatorAction(id, kind, "anna", TARGET, AlarmShelf.shelveDetail(mode, minutes, reason), time,
				true);
	}

	private static OperatorAction action(String id, ActionKind kind, long time) {
		return new OperatorAction(id, kind, "anna", TARGET, "", time, true);
	}

	@Test
	void aTimedShelvingHoldsWhoWhyAndUntilWhenReadFromTheActionAlone() {
		AlarmShelf shelf = new AlarmShelf();
		assertTrue(shelf.apply(shelve("s1", Mode.TIMED, 10, "sensor replaced, reads 0 until calibrated", T)));
		AlarmShelving s = shelf.of("Tank.Level.HIGH").orElseThrow();
		assertEquals(Mode.TIMED, s.mode());
		assertEquals("anna", s.user());
		assertEquals("sensor replaced, reads 0 until calibrated", s.reason());
		assertEquals(T, s.since());
		assertEquals(T + 10 * 60_000, s.until());
		assertEquals(List.of(), shelf.due(T + 10 * 60_000 - 1, a -> true), "not due a millisecond early");
		List<AlarmShelf.Expiry> due = shelf.due(T + 10 * 60_000, a -> true);
		assertEquals(1, due.size());
		assertEquals("auto-unshelve:s1", due.get(0).actionId());
		assertTrue(due.get(0).why().contains("time is up"), due.get(0).why());
	}

	@Test
	void aOneShotShelvingEndsWhenTheAlarmReturnsToNormalAndOutOfServiceNeverEndsByItself() {
		AlarmShelf shelf = new AlarmShelf();
		shelf.apply(shelve("s1", Mode.ONE_SHOT, 60, "known, crew on the way", T));
		assertEquals(List.of(), shelf.due(T + 1000, a -> true), "still in alarm: stays shelved");
		assertTrue(shelf.due(T + 1000, a -> false).get(0).why().contains("returned to normal"));

		AlarmShelf service = new AlarmShelf();
		service.apply(shelve("o1", Mode.OUT_OF_SERVICE, 0, "transmitter removed for repair", T));
		assertEquals(Long.MAX_VALUE, service.of("Tank.Level.HIGH").orElseThrow().until());
		assertEquals(List.of(), service.due(Long.MAX_VALUE - 1, a -> false));
	}

	@Test
	void everyNodeReplayingTheSameActionsHoldsTheSameShelfAndAnActionAppliedTwiceChangesNothing() {
		List<OperatorAction> history = List.of(shelve("s1", Mode.TIMED, 30, "first", T),
				action("u1", ActionKind.UNSHELVE, T + 1000), shelve("s2", Mode.TIMED, 20, "second", T + 2000),
				new OperatorAction("s3", ActionKind.SHELVE, "victor", TARGET,
						AlarmShelf.shelveDetail(Mode.TIMED, 5, "refused one"), T + 3000, false));
		AlarmShelf server = new AlarmShelf();
		history.forEach(server::apply);
		AlarmShelf standby = new AlarmShelf();
		history.forEach(standby::apply);
		history.forEach(standby::apply); // accepted, then stored: applied once
		assertEquals(server.all(), standby.all());
		AlarmShelving s = standby.of("Tank.Level.HIGH").orElseThrow();
		assertEquals("second", s.reason(), "the refused action changed nothing");
		assertEquals(T + 2000 + 20 * 60_000, s.until());
		assertFalse(standby.apply(action("u1", ActionKind.UNSHELVE, T + 1000)), "u1 again: no effect");
	}

	@Test
	void theAutomaticEndOfAnEarlierShelvingDoesNotEndALaterOne() {
		AlarmShelf shelf = new AlarmShelf();
		shelf.apply(shelve("s1", Mode.TIMED, 10, "first", T));
		AlarmShelf.Expiry first = shelf.due(T + 10 * 60_000, a -> true).get(0);
		shelf.apply(shelve("s2", Mode.TIMED, 30, "shelved again", T + 5 * 60_000));
		// the old server found s1 due and recorded its end late: it must not end s2
		assertFalse(shelf.apply(new OperatorAction(first.actionId(), ActionKind.UNSHELVE, "", TARGET, first.why(),
				T + 10 * 60_000, true)));
		assertEquals("s2", shelf.of("Tank.Level.HIGH").orElseThrow().actionId());
	}

	@Test
	void unshelveDoesNotReturnAnAlarmToServiceNorTheOtherWayRound() {
		AlarmShelf shelf = new AlarmShelf();
		shelf.apply(shelve("o1", Mode.OUT_OF_SERVICE, 0, "maintenance", T));
		assertFalse(shelf.apply(action("u1", ActionKind.UNSHELVE, T + 1)));
		assertTrue(shelf.of("Tank.Level.HIGH").isPresent());
		assertTrue(shelf.apply(action("r1", ActionKind.RETURN_TO_SERVICE, T + 2)));
		assertTrue(shelf.all().isEmpty());

		shelf.apply(shelve("s1", Mode.TIMED, 5, "nuisance", T + 3));
		assertFalse(shelf.apply(action("r2", ActionKind.RETURN_TO_SERVICE, T + 4)));
		assertTrue(shelf.apply(action("u2", ActionKind.UNSHELVE, T + 5)));
	}

	@Test
	void aShelvingActionWithADetailItCannotReadIsIgnoredNotGuessed() {
		AlarmShelf shelf = new AlarmShelf();
		assertFalse(shelf.apply(new OperatorAction("x", ActionKind.SHELVE, "anna", TARGET, "for a while", T, true)));
		assertFalse(shelf.apply(new OperatorAction("w", ActionKind.WRITE, "anna", "Tank.Setpoint", "5", T, true)));
		assertTrue(shelf.all().isEmpty());
	}
}
