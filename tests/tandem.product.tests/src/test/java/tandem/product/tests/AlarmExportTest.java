package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The judge of the fault run's alarm exports: it must see a condition shown twice, and nothing else. */
class AlarmExportTest {

	private static final String HEADER = "alarm,raised,priority,text,raise_value,acknowledged,ack_user,cleared,"
			+ "clear_value,active\n";

	@Test
	void anAlarmRaisedTwiceForOneConditionIsReported() {
		String csv = HEADER
				+ "Tank2.Level.Limits.LOW_LOW,2026-12-03T06:28:12Z,1,\"Tank 2, level low low\",0.4,,,,,true\n"
				+ "Tank2.Level.Limits.LOW_LOW,2026-12-03T06:28:18Z,1,\"Tank 2, level low low\",0.4,,,,,true\n";
		List<String> twice = AlarmExport.raisedTwice(AlarmExport.parse(csv));
		assertEquals(1, twice.size(), twice.toString());
		assertTrue(twice.get(0).contains("06:28:12Z") && twice.get(0).contains("06:28:18Z"), twice.toString());
	}

	@Test
	void overlappingEpisodesOfOneAlarmAreReportedEvenWhenBothAreCleared() {
		String csv = HEADER
				+ "Tank1.Level.Limits.HIGH,2026-12-03T06:30:08Z,2,high,9.1,,,2026-12-03T06:30:20Z,8.0,false\n"
				+ "Tank1.Level.Limits.HIGH,2026-12-03T06:30:11Z,2,high,9.1,,,2026-12-03T06:30:20Z,8.0,false\n";
		assertEquals(1, AlarmExport.raisedTwice(AlarmExport.parse(csv)).size());
	}

	@Test
	void aConditionThatRecursWhileTheClearedOccurrenceWaitsForItsAcknowledgementIsTwoEpisodes() {
		// as in a 20-round fault run: nobody acknowledges, the limit is crossed again every 5.7 minutes
		String csv = HEADER
				+ "Chlorine.Residual.Limits.LOW,2026-12-07T12:42:49.600Z,50,Free chlorine low,0.37,,,"
				+ "2026-12-07T12:44:07.200Z,0.42,true\n"
				+ "Chlorine.Residual.Limits.LOW,2026-12-07T12:48:31.500Z,50,Free chlorine low,0.37,,,,,true\n";
		assertEquals(List.of(), AlarmExport.raisedTwice(AlarmExport.parse(csv)));
	}

	@Test
	void anOccurrenceNeverClearedBeforeTheNextOneOfItsAlarmIsReported() {
		String csv = HEADER
				+ "Chlorine.Leak,2026-12-03T06:28:12Z,1,leak,1,,,,,true\n"
				+ "Chlorine.Leak,2026-12-03T06:35:12Z,1,leak,1,,,2026-12-03T06:36:00Z,0,true\n";
		assertEquals(1, AlarmExport.raisedTwice(AlarmExport.parse(csv)).size());
	}

	@Test
	void episodesOneAfterTheOtherAndDifferentAlarmsAtOnceAreOneEach() {
		String csv = HEADER
				+ "Filter.Backwash,2026-12-03T06:28:10Z,3,backwash,1,2026-12-03T06:28:11Z,operator,2026-12-03T06:28:15Z,0,false\n"
				+ "Filter.Backwash,2026-12-03T06:28:15Z,3,backwash,1,,,,,true\n"
				+ "Chlorine.Leak,2026-12-03T06:28:12Z,1,leak,1,,,,,true\n";
		List<AlarmExport.Episode> episodes = AlarmExport.parse(csv);
		assertEquals(3, episodes.size(), "rows read: " + episodes);
		assertEquals(List.of(), AlarmExport.raisedTwice(episodes));
	}
}
