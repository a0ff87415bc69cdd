package tandem.runtime.core.config;

import java.util.List;

/** An archive: which variables, how they are recorded, how long they are kept. */
public record ArchiveDefinition(String name, Mode mode, List<String> variables, long periodMillis, double deadband,
		String triggerVariable, int retentionDays) {

	public enum Mode {
		CYCLIC, ON_CHANGE, EVENT
	}

	public ArchiveDefinition {
		variables = List.copyOf(variables);
	}
}
