package tandem.runtime.core.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything a node needs from the project, immutable; built by {@link ProjectCompiler} or by tests directly. */
public record RuntimeConfiguration(String project, int version, long seed, List<DriverDefinition> drivers,
		List<VariableDefinition> variables, List<AlarmDefinition> alarms, List<ArchiveDefinition> archives,
		List<RecipeDefinition> recipes, List<UserDefinition> users, int celRetentionDays) {

	public RuntimeConfiguration {
		drivers = List.copyOf(drivers);
		variables = List.copyOf(variables);
		alarms = List.copyOf(alarms);
		archives = List.copyOf(archives);
		recipes = List.copyOf(recipes);
		users = List.copyOf(users);
	}

	public Optional<VariableDefinition> variable(String name) {
		return variables.stream().filter(v -> v.name().equals(name)).findFirst();
	}

	public Map<String, VariableDefinition> variablesByName() {
		return variables.stream().collect(Collectors.toMap(VariableDefinition::name, Function.identity()));
	}

	public Optional<RecipeDefinition> recipe(String name) {
		return recipes.stream().filter(r -> r.name().equals(name)).findFirst();
	}

	public Optional<UserDefinition> user(String name) {
		return users.stream().filter(u -> u.name().equals(name)).findFirst();
	}
}
