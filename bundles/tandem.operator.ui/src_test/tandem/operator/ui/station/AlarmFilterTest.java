package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.operator.ui.station.PresentationFixtures.alarm;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AlarmFilterTest {

	private static final Rgb RED = new Rgb(0xff, 0, 0);
	private static final AlarmLook DOSING = new AlarmLook("Alarm", RED, RED, RED, new Rgb(0, 0, 0))
			.inGroup("Chlorination");
	private static final AlarmLook TANKS = new AlarmLook("Warning", RED, RED, RED, new Rgb(0, 0, 0))
			.inGroup("Treatment");
	private final AlarmRows rows = new AlarmRows(Map.of("Leak", DOSING, "High", TANKS)::get, ZoneOffset.UTC);

	private final List<AlarmRows.Row> active = rows.rows(List.of(alarm("Leak@1", 100, 1000, false, false),
			alarm("Leak@2", 100, 2000, true, false), alarm("High@1", 50, 3000, false, true),
			alarm("High@2", 50, 4000, true, true)));

	@Test
	void eachCriterionNarrowsTheListAndTogetherTheyAllMustHold() {
		assertEquals(4, AlarmFilter.NONE.apply(active).size());
		assertFalse(AlarmFilter.NONE.narrows());
		assertEquals(List.of("Leak@1", "Leak@2"), keys(new AlarmFilter("Chlorination", "", 0, AlarmFilter.State.ALL)));
		assertEquals(List.of("High@1", "High@2"), keys(new AlarmFilter("", "Warning", 0, AlarmFilter.State.ALL)));
		assertEquals(List.of("Leak@1", "Leak@2"), keys(new AlarmFilter("", "", 60, AlarmFilter.State.ALL)));
		assertEquals(List.of("Leak@1", "High@1"), keys(new AlarmFilter("", "", 0, AlarmFilter.State.UNACKNOWLEDGED)));
		assertEquals(List.of("Leak@1", "Leak@2"), keys(new AlarmFilter("", "", 0, AlarmFilter.State.ACTIVE)));
		assertEquals(List.of("High@1"), keys(new AlarmFilter("", "", 0, AlarmFilter.State.GONE_UNACKNOWLEDGED)));
		assertEquals(List.of(), keys(new AlarmFilter("Chlorination", "Warning", 0, AlarmFilter.State.ALL)));
	}

	@Test
	void acknowledgingWhatIsShownSendsOnlyTheShownAlarmsThatWaitForIt() {
		AlarmFilter treatment = new AlarmFilter("Treatment", "", 0, AlarmFilter.State.ALL);
		assertEquals(List.of("High@1"), treatment.toAcknowledge(active));
		assertEquals(List.of("Leak@1", "High@1"), AlarmFilter.NONE.toAcknowledge(active));
		assertTrue(treatment.narrows());
		assertEquals("group Treatment · priority ≥ 50 · unacknowledged",
				new AlarmFilter("Treatment", "", 50, AlarmFilter.State.UNACKNOWLEDGED).describe());
	}

	private List<String> keys(AlarmFilter f) {
		return f.apply(active).stream().map(AlarmRows.Row::key).toList();
	}
}
