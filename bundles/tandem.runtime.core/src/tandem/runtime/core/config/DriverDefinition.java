package tandem.runtime.core.config;

import java.util.Map;

/** A driver of the project: its name, its kind (selects the {@code DriverFactory}) and settings. */
public record DriverDefinition(String name, String kind, Map<String, String> properties) {

	public DriverDefinition {
		properties = Map.copyOf(properties);
	}
}
