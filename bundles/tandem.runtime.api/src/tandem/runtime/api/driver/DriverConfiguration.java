package tandem.runtime.api.driver;

import java.util.Map;
import java.util.Objects;

/**
 * What a driver instance is told when it is created: its name in the project, the project seed (for simulated
 * plants), whether it may write to the field (a standby polls in shadow mode and never writes) and free-form
 * properties from the project.
 */
public record DriverConfiguration(String name, String kind, long projectSeed, boolean fieldWritesAllowed,
		Map<String, String> properties) {

	public DriverConfiguration {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		properties = Map.copyOf(properties == null ? Map.of() : properties);
	}
}
