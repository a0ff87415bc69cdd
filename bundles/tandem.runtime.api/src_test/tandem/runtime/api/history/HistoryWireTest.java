package tandem.runtime.api.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;

class HistoryWireTest {

	@Test
	void questionsAndAnswersArriveAsTheyWereSent() throws IOException {
		CelFilter f = CelFilter.newest(0, 1000, 50).withCategories(EnumSet.of(CelFilter.Category.OPERATOR,
				CelFilter.Category.ROLE)).withUser("operator").withText("setpoint").after(900, "action:x");
		assertEquals(f, HistoryWire.question(HistoryWire.question(f)));
		TrendQuery t = new TrendQuery("Tank1.Level", 0, 3_600_000, 1200, 30_000);
		assertEquals(t, HistoryWire.question(HistoryWire.question(t)));
		TrendDecimation d = new TrendDecimation(t);
		d.add(1000, 4.5, Quality.GOOD);
		d.add(2000, 0, Quality.BAD);
		d.add(3000, 5.5, Quality.UNCERTAIN);
		TrendSeries s = d.finish(3_600_000);
		assertEquals(s, HistoryWire.trend(t, HistoryWire.answer(s)));
		CelPage p = new CelPage(List.of(new CelEntry("k", 5, CelCategory.OPERATOR, "Chlorine.DosingSetpoint",
				"operator", "WRITE Chlorine.DosingSetpoint 1.2")), true, "beta");
		assertEquals(p, HistoryWire.cel(HistoryWire.answer(p)));
		CelPage decided = new CelPage(List.of(new CelEntry("k", 5, CelCategory.OPERATOR, "Chlorine.DosingSetpoint",
				"operator", "WRITE Chlorine.DosingSetpoint 1.2", "alpha"), CelEntry.system("beta", "START", 4, "up")),
				false, "beta");
		assertEquals(List.of("alpha", "beta"), HistoryWire.cel(HistoryWire.answer(decided)).entries().stream()
				.map(CelEntry::node).toList(), "each line's node travels (equality alone would not show it)");
		AlarmHistory h = new AlarmHistory(List.of(new AlarmOccurrence("Tank1.HIGH", 10, 2, "high", 20L, "anna",
				null)), false, "alpha");
		assertEquals(h, HistoryWire.alarms(HistoryWire.answer(h)));
		AlarmHistoryQuery a = AlarmHistoryQuery.newest(0, 5000, 500).after(h.occurrences().get(0));
		assertEquals(new AlarmHistoryQuery(0, 5000, 10, "Tank1.HIGH", 500), HistoryWire.question(HistoryWire.question(a)));
	}

	@Test
	void aForeignOrOutOfBoundsQuestionIsRejectedNamingWhatIsWrong() {
		IOException kind = assertThrows(IOException.class, () -> HistoryWire.question(new byte[] { 42 }));
		assertEquals("unknown history question kind 42", kind.getMessage());
		byte[] tooWide = HistoryWire.question(new TrendQuery("X", 0, 10, 10, 0));
		tooWide[1 + 2 + 1 + 8 + 8] = 0x7f; // the column count's high byte
		IOException bounds = assertThrows(IOException.class, () -> HistoryWire.question(tooWide));
		assertTrue(bounds.getMessage().contains("columns; allowed 1 to 8192"), bounds.getMessage());
	}

	@Test
	void anAnswerThatClaimsMoreEntriesThanItCarriesIsRejected() {
		byte[] answer = HistoryWire.answer(new CelPage(List.of(), false, "alpha"));
		answer[answer.length - 1] = 100; // 100 entries in no bytes
		IOException e = assertThrows(IOException.class, () -> HistoryWire.cel(answer));
		assertTrue(e.getMessage().startsWith("malformed history answer: 100 CEL entries"), e.getMessage());
	}
}
