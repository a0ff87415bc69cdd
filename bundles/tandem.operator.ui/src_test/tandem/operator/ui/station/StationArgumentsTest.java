package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StationArgumentsTest {

	@Test
	void projectAndNodeAreReadWithOrWithoutTheVerb() {
		assertEquals(new StationArguments(Path.of("p.tandem"), Optional.of("console")),
				StationArguments.parse("client", "--project", "p.tandem", "--node", "console"));
		assertEquals(new StationArguments(Path.of("p.tandem"), Optional.empty()),
				StationArguments.parse("--project=p.tandem"));
	}

	@Test
	void aMissingProjectOrUnknownOptionIsExplainedWithTheUsage() {
		assertEquals("no project given; " + StationArguments.USAGE,
				assertThrows(IllegalArgumentException.class, () -> StationArguments.parse()).getMessage());
		assertEquals("--project needs a value; " + StationArguments.USAGE,
				assertThrows(IllegalArgumentException.class, () -> StationArguments.parse("--project"))
						.getMessage());
		assertEquals("unknown option '--nodes'; " + StationArguments.USAGE, assertThrows(
				IllegalArgumentException.class, () -> StationArguments.parse("--project", "p", "--nodes", "x"))
				.getMessage());
	}

	@Test
	void aScreenshotIsTakenOfTheNamedScreenAfterTheGivenSeconds() {
		StationArguments a = StationArguments.parse("client", "--project", "p.tandem", "--screenshot", "o.png",
				"--screen", "Trends", "--after", "2.5");
		assertEquals(Optional.of(Path.of("o.png")), a.screenshot());
		assertEquals(Optional.of("Trends"), a.screen());
		assertEquals(2500, a.afterMs());
		assertEquals(Optional.of("Events"), StationArguments.parse("--project", "p", "--view", "Events").view());
		assertEquals(Optional.empty(), StationArguments.parse("--project", "p").screenshot());
		assertEquals("--after needs a number of seconds from 0 to 3600, not 'soon'; " + StationArguments.USAGE,
				assertThrows(IllegalArgumentException.class,
						() -> StationArguments.parse("--project", "p", "--after", "soon")).getMessage());
	}
}
