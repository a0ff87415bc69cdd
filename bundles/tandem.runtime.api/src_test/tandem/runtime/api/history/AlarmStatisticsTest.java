package tandem.runtime.api.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AlarmStatisticsTest {

	private static final long T0 = 1_800_000_000_000L;
	private static final long MIN = 60_000;

	private static AlarmOccurrence raised(String alarm, long at, int priority, Long clearedAt) {
		return new AlarmOccurrence(alarm, at, priority, alarm + " text", null, null, clearedAt);
	}

	/**
	 * One hour: a quiet plant (Tank.Level.HIGH twice), a flood in the third 10 minutes (12 different alarms), a level
	 * switch that chatters (4 raises within 50 s) and an alarm standing since yesterday.
	 */
	@Test
	void theEemuaFiguresOfACraftedHourAreCountedAsAnOperatorWouldCountThem() {
		List<AlarmOccurrence> history = new ArrayList<>();
		history.add(raised("Tank.Level.HIGH", T0 + 2 * MIN, 500, T0 + 4 * MIN));
		history.add(raised("Tank.Level.HIGH", T0 + 45 * MIN, 500, T0 + 46 * MIN));
		for (int i = 0; i < 12; i++) {
			history.add(raised("Trip." + i, T0 + 21 * MIN + i * 10_000, i < 2 ? 900 : 300, T0 + 29 * MIN));
		}
		for (int i = 0; i < 4; i++) {
			history.add(raised("Tank2.Overflow", T0 + 40 * MIN + i * 12_500, 300, T0 + 40 * MIN + i * 12_500 + 5_000));
		}
		history.add(raised("Chlorine.TankLevel.LOW", T0 - 30 * 60 * MIN, 300, null)); // standing since yesterday

		AlarmStatistics s = AlarmStatistics.of(history, T0, T0 + 60 * MIN);

		assertEquals(18, s.raised(), "2 + 12 + 4; the standing alarm was raised before the hour");
		assertEquals(3.0, s.averagePer10Min(), 1e-9);
		assertEquals(12, s.peakPer10Min());
		assertEquals(List.of(T0 + 20 * MIN), s.floods(), "the flood's 10 minutes");
		assertEquals(Map.of("Tank2.Overflow", 4), s.chattering());
		assertEquals(List.of("Chlorine.TankLevel.LOW"), s.standing());
		assertEquals(Map.entry("Tank2.Overflow", 4), s.mostFrequent().get(0));
		assertEquals(Map.entry("Tank.Level.HIGH", 2), s.mostFrequent().get(1));
		assertEquals(10, s.mostFrequent().size(), "at most ten");
		assertEquals(Map.of(900, 2, 500, 2, 300, 14), s.byPriority());
		assertFalse(s.meetsTarget());
		String report = s.report();
		assertTrue(report.contains("average 3.00, peak 12") && report.contains("above the target")
				&& report.contains("floods (more than 10 alarms in 10 minutes): 1")
				&& report.contains("Tank2.Overflow (4)") && report.contains("Chlorine.TankLevel.LOW"), report);
	}

	@Test
	void threeRaisesSpreadOverMoreThanAMinuteAreNoChatterAndAQuietPlantMeetsTheTarget() {
		List<AlarmOccurrence> history = List.of(raised("Pump.Fault", T0, 500, T0 + 1000),
				raised("Pump.Fault", T0 + 31 * 1000, 500, T0 + 32_000),
				raised("Pump.Fault", T0 + 61 * 1000, 500, T0 + 62_000));
		AlarmStatistics s = AlarmStatistics.of(history, T0, T0 + 8 * 60 * MIN);
		assertEquals(Map.of(), s.chattering(), "the first and the third are 61 s apart");
		assertEquals(3 / 48.0, s.averagePer10Min(), 1e-9);
		assertTrue(s.meetsTarget());
		assertEquals(List.of(), s.floods());
		assertThrows(IllegalArgumentException.class, () -> AlarmStatistics.of(history, T0, T0));
	}
}
