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
}
