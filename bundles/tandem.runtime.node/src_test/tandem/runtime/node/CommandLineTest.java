package tandem.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tandem.runtime.node.CommandLine.UsageException;

class CommandLineTest {

	private static final Set<String> VALUES = Set.of("project", "node", "data");

	@Test
	void readsOptionsInBothSpellings() throws UsageException {
		CommandLine line = CommandLine.parse(new String[] { "node", "--project", "p.tandem", "--node=alpha" }, VALUES,
				Set.of("verbose"));
		assertEquals("node", line.verb());
		assertEquals("p.tandem", line.required("project"));
		assertEquals("alpha", line.required("node"));
		assertTrue(line.option("data").isEmpty());
	}

	@Test
	void namesTheUnknownOptionOfATypo() {
		UsageException e = assertThrows(UsageException.class,
				() -> CommandLine.parse(new String[] { "node", "--projet", "p.tandem" }, VALUES, Set.of()));
		assertEquals("unknown option --projet for 'node'", e.getMessage());
	}

	@Test
	void saysWhichRequiredOptionIsMissing() throws UsageException {
		CommandLine line = CommandLine.parse(new String[] { "node", "--project", "p.tandem" }, VALUES, Set.of());
		UsageException e = assertThrows(UsageException.class, () -> line.required("node"));
		assertEquals("'node' needs --node", e.getMessage());
	}

	@Test
	void refusesAnOptionWithoutItsValue() {
		UsageException e = assertThrows(UsageException.class,
				() -> CommandLine.parse(new String[] { "node", "--project", "--node", "a" }, VALUES, Set.of()));
		assertEquals("option --project needs a value", e.getMessage());
	}

	@Test
	void refusesAnOptionGivenTwice() {
		assertThrows(UsageException.class,
				() -> CommandLine.parse(new String[] { "node", "--node", "a", "--node", "b" }, VALUES, Set.of()));
	}

	@Test
	void keepsPositionalArgumentsInOrder() throws UsageException {
		CommandLine line = CommandLine.parse(new String[] { "validate", "a.tandem", "--verbose", "b.tandem" }, VALUES,
				Set.of("verbose"));
		assertEquals(List.of("a.tandem", "b.tandem"), line.positional());
		assertTrue(line.flag("verbose"));
	}
}
