package tandem.runtime.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.ArchiveDefinition.Mode;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryOptions;
import tandem.runtime.history.h2.HistoryStore;

class RetentionTest {

	private static final long DAY = 86_400_000L;
	private static final long NOW = 1_767_225_600_000L;

	@TempDir
	Path dir;

	@Test
	void samplesOlderThanTheLongestRetentionOfTheirArchivesAndOldCelLinesAreDeleted() {
		List<ArchiveDefinition> archives = List.of(
				new ArchiveDefinition("Short", Mode.ON_CHANGE, List.of("Flow", "Level"), 1, 0, null, 7),
				new ArchiveDefinition("Long", Mode.CYCLIC, List.of("Level"), 60_000, 0, null, 30),
				new ArchiveDefinition("Forever", Mode.CYCLIC, List.of("Pressure"), 60_000, 0, null, 0));
		try (HistoryStore store = HistoryStore.open(dir, HistoryOptions.defaults())) {
			long seq = 0;
			for (String v : List.of("Flow", "Level", "Pressure")) {
				for (long age : List.of(1L, 10L, 40L)) {
					store.append(new LoggedFact(1, ++seq, new ArchiveSample(v, NOW - age * DAY, age, Quality.GOOD)));
				}
			}
			store.append(new LoggedFact(1, ++seq, CelEntry.system("n1", "START", NOW - 400 * DAY, "old start")));
			store.append(new LoggedFact(1, ++seq, CelEntry.system("n1", "START", NOW - DAY, "recent start")));
			store.flush();

			new Retention(archives, 365).apply(store.queries(), NOW);

			assertEquals(1, store.queries().samples("Flow", 0, NOW).size(), "7 days");
			assertEquals(2, store.queries().samples("Level", 0, NOW).size(), "30 days wins over 7");
			assertEquals(3, store.queries().samples("Pressure", 0, NOW).size(), "0 = keep forever");
			assertEquals(List.of("recent start"),
					store.queries().cel(CelQuery.between(0, NOW)).stream().map(CelEntry::text).toList());
		}
	}
}
