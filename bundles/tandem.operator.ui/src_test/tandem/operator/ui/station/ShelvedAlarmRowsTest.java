package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.operator.ui.station.PresentationFixtures.alarm;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmShelving.Mode;

/** Shelved and out-of-service alarms in the alarm list (ISA-18.2: suppressed, but never out of sight). */
class ShelvedAlarmRowsTest {

	private static final Rgb RED = new Rgb(0xff, 0, 0);
	private static final long T = 1_800_000_000_000L; // 2027-01-15T08:00:00Z
	private static final AlarmLook LOOK = new AlarmLook("Alarm", RED, RED, RED, new Rgb(0, 0, 0)).inGroup("Dosing");
	private final AlarmRows rows = new AlarmRows(Map.of("Leak", LOOK, "High", LOOK, "Pump", LOOK)::get,
			Map.of("Pump", new AlarmInfo("Pump", "Pump P2 tripped", "P2.Trip", 60))::get, ZoneOffset.UTC);

	private final List<AlarmShelving> shelving = List.of(
			new AlarmShelving("High", Mode.TIMED, "anna", "level sensor drifts", T, T + 30 * 60_000, "s1"),
			new AlarmShelving("Pump", Mode.OUT_OF_SERVICE, "otto", "motor out for repair", T, Long.MAX_VALUE, "o1"));
	private final List<AlarmRows.Row> list = rows.rows(List.of(alarm("Leak@1", 100, T, false, false),
			alarm("High@1", 50, T + 1000, false, false)), shelving);

	@Test
	void shelvedAlarmsLeaveTheActiveListAndTheShelvedViewShowsEveryShelvingWithWhoWhyAndUntilWhen() {
		assertEquals(List.of("Leak@1"), AlarmFilter.NONE.apply(list).stream().map(AlarmRows.Row::key).toList());
		assertEquals(List.of("Leak@1"), AlarmFilter.NONE.toAcknowledge(list), "acknowledge all skips shelved alarms");

		AlarmFilter shelved = new AlarmFilter("", "", 0, AlarmFilter.State.SHELVED);
		List<AlarmRows.Row> view = shelved.apply(list);
		assertEquals(List.of("High", "Pump"), view.stream().map(AlarmRows.Row::alarm).toList());
		assertEquals("ACTIVE · SHELVED until 08:30 by anna: level sensor drifts", view.get(0).state());
		AlarmRows.Row pump = view.get(1);
		assertFalse(pump.occurrence(), "out of service and not active: a row without an occurrence");
		assertEquals("Pump P2 tripped", pump.text());
		assertEquals("P2.Trip", pump.variable());
		assertEquals("NORMAL · OUT OF SERVICE by otto: motor out for repair", pump.state());
		assertEquals(List.of("High@1"), shelved.toAcknowledge(list),
				"the shelved view acknowledges shelved occurrences; a row without one has nothing to acknowledge");
		assertEquals(AlarmRows.SHELVED, pump.colour(), "shelved alarms are drawn calm grey");
	}

	@Test
	void aOneShotShelvingSaysItLastsUntilTheAlarmIsNormalAgain() {
		AlarmShelving oneShot = new AlarmShelving("Leak", Mode.ONE_SHOT, "anna", "crew on site", T,
				T + 480 * 60_000, "s2");
		AlarmRows.Row r = rows.rows(List.of(alarm("Leak@1", 100, T, true, false)), List.of(oneShot)).get(0);
		assertEquals("ACTIVE · SHELVED until normal, at most 16:00 by anna: crew on site", r.state());
	}

	@Test
	void theShelvingDialogChecksReasonAndTimeBeforeSending() {
		int max = ShelveInput.maxMinutes(List.of(new AlarmInfo("a", "A", "", 480), new AlarmInfo("b", "B", "", 60)));
		assertEquals(60, max, "several alarms: the strictest class's maximum");
		assertEquals(new ShelveInput.Terms(Mode.TIMED, 45, "noisy"), ShelveInput.parse(Mode.TIMED, " 45 ", " noisy ", max));
		assertEquals(60, ShelveInput.parse(Mode.ONE_SHOT, "", "known", max).minutes(), "one-shot: at most the maximum");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ShelveInput.parse(Mode.TIMED, "45", " ", max))
				.getMessage().contains("reason"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ShelveInput.parse(Mode.TIMED, "61", "x", max))
				.getMessage().contains("1 to 60 min"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ShelveInput.parse(Mode.TIMED, "an hour", "x",
				max)).getMessage().contains("no number"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ShelveInput.parse(Mode.TIMED, "5", "x", 0))
				.getMessage().contains("allows no shelving"));
		assertEquals(Mode.OUT_OF_SERVICE, ShelveInput.parse(Mode.OUT_OF_SERVICE, "", "repair", 0).mode(),
				"out of service needs no shelving time, even where the class allows no shelving");
	}
}
