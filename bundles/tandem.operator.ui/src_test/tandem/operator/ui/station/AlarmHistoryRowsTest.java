package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.history.AlarmOccurrence;
import tandem.runtime.api.history.AlarmStatistics;

class AlarmHistoryRowsTest {

	private static final long T = 1_800_000_000_000L; // 2027-01-15T08:00:00Z
	private static final Rgb RED = new Rgb(0xff, 0, 0);
	private final AlarmHistoryRows presenter = new AlarmHistoryRows(
			Map.of("Tank1.Level.Limits.HIGH", new AlarmLook("Warning", RED, RED, RED, RED))::get, ZoneOffset.UTC);
	private final List<AlarmOccurrence> history = List.of(
			new AlarmOccurrence("Tank1.Level.Limits.HIGH", T + 1_000, 50, "Flocculation tank level high", T + 61_000,
					"anna", T + 193_000),
			new AlarmOccurrence("Pump2.Fault", T + 5_000, 100, "Pump 2 motor fault", null, null, null),
			new AlarmOccurrence("Old.Alarm", T - 10_000, 10, "raised before the period", null, null, null));

	@Test
	void theHistoryShowsTheOccurrencesOfThePeriodNewestFirstWithTheirAcknowledgementAndDuration() {
		List<AlarmHistoryRows.Row> rows = presenter.rows(history, T, T + 3_600_000, "", false, T + 305_000);
		assertEquals(List.of("Pump2.Fault", "Tank1.Level.Limits.HIGH"), rows.stream().map(r -> r.alarm()).toList());
		AlarmHistoryRows.Row pump = rows.get(0);
		assertEquals("", pump.cleared());
		assertEquals("5 min 0 s", pump.duration(), "still active: until now");
		assertEquals("ACTIVE · unacknowledged", pump.state());
		assertEquals("priority 100", pump.alarmClass(), "a class the local project does not know");
		AlarmHistoryRows.Row tank = rows.get(1);
		assertEquals("2027-01-15 08:00:01.000", tank.raised());
		assertEquals("2027-01-15 08:03:13.000", tank.cleared());
		assertEquals("3 min 12 s", tank.duration());
		assertEquals("anna 08:01:01", tank.ack());
		assertEquals("Warning", tank.alarmClass());
		assertEquals("CLEARED", tank.state());

		assertEquals(List.of("Tank1.Level.Limits.HIGH"), presenter.rows(history, T, T + 3_600_000, "TANK LEVEL", false,
				T).stream().map(r -> r.alarm()).toList(), "the text filter ignores case");
		assertEquals(List.of("Pump2.Fault"), presenter.rows(history, T, T + 3_600_000, "", true, T).stream()
				.map(r -> r.alarm()).toList());
	}

	@Test
	void durationsReadAsAnOperatorSaysThem() {
		assertEquals("850 ms", AlarmHistoryRows.duration(850));
		assertEquals("42 s", AlarmHistoryRows.duration(42_400));
		assertEquals("5 h 02 min", AlarmHistoryRows.duration((5 * 60 + 2) * 60_000L));
		assertEquals("2 d 3 h", AlarmHistoryRows.duration((51 * 60) * 60_000L));
	}

	@Test
	void theSummarySaysWhetherTheTargetIsMetAndNamesFloodsChatterAndStandingAlarms() {
		List<String> lines = AlarmHistoryRows.summary(AlarmStatistics.of(history, T, T + 3_600_000));
		assertEquals("2 alarms raised · per 10 minutes: average 0.33, peak 2 · EEMUA 191 target: fewer than 1 on"
				+ " average — met", lines.get(0));
		assertTrue(lines.get(1).startsWith("0 floods"), lines.get(1));
		assertEquals("priority mix: priority 100: 1 (50 %) · priority 50: 1 (50 %)", lines.get(2));
	}
}
