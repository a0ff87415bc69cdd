package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.operator.ui.station.PresentationFixtures.alarm;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AlarmRowsTest {

	private static final Rgb ORANGE = new Rgb(0xff, 0xa5, 0);
	private static final Rgb PALE = new Rgb(0xff, 0xee, 0xaa);
	private static final Rgb GREEN = new Rgb(0, 0xc0, 0);
	private static final AlarmLook WARNING = new AlarmLook("Warning", ORANGE, PALE, GREEN, new Rgb(0, 0, 0));
	private final AlarmRows rows = new AlarmRows(Map.of("High", WARNING)::get, ZoneOffset.UTC);

	@Test
	void unacknowledgedComeFirstThenTheMostUrgentClassThenTheNewest() {
		List<AlarmRows.Row> list = rows.rows(List.of(alarm("High@1", 50, 1000, false, false),
				alarm("HighHigh@1", 100, 500, true, false), alarm("HighHigh@2", 100, 800, false, false),
				alarm("High@2", 50, 3000, false, false)));

		assertEquals(List.of("HighHigh@2", "High@2", "High@1", "HighHigh@1"),
				list.stream().map(AlarmRows.Row::key).toList());
	}

	@Test
	void theColourFollowsTheAlarmClassAndTheAlarmState() {
		assertEquals(ORANGE, rows.row(alarm("High@1", 50, 0, false, false)).colour());
		assertEquals(PALE, rows.row(alarm("High@1", 50, 0, true, false)).colour());
		assertEquals(GREEN, rows.row(alarm("High@1", 50, 0, false, true)).colour());
	}

	@Test
	void anUnacknowledgedAlarmNeedsTheOperatorAndSaysSo() {
		AlarmRows.Row row = rows.row(alarm("High@1", 50, 0, false, true));

		assertTrue(row.needsAck());
		assertEquals("GONE · unacknowledged", row.state());
		assertEquals("Warning", row.alarmClass());
		assertEquals("1970-01-01 00:00:00", row.time());
		assertFalse(rows.row(alarm("High@1", 50, 0, true, false)).needsAck());
	}

	@Test
	void anAlarmTheProjectDoesNotKnowIsRedAndShowsItsPriority() {
		AlarmRows.Row row = rows.row(alarm("Other@1", 7, 0, false, false));

		assertEquals(AlarmLook.UNKNOWN.active(), row.colour());
		assertEquals("priority 7", row.alarmClass());
	}

	@Test
	void alarmTextStaysReadableOnDarkAndBrightColours() {
		Rgb black = new Rgb(0, 0, 0);
		Rgb white = new Rgb(255, 255, 255);

		assertEquals(white, AlarmRows.readableOn(new Rgb(0x80, 0, 0), black));
		assertEquals(black, AlarmRows.readableOn(new Rgb(0xff, 0xff, 0), black));
		assertEquals(black, AlarmRows.readableOn(new Rgb(0xff, 0xff, 0x80), white));
	}

	@Test
	void theUnacknowledgedAreCounted() {
		assertEquals(1, AlarmRows.unacknowledged(
				List.of(alarm("High@1", 50, 0, false, false), alarm("High@2", 50, 0, true, false))));
	}
}
