package tandem.operator.ui.station;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The operator client's command line: {@code client --project FILE [--node NAME]} (the verb is optional, since the
 * launcher passes it along).
 *
 * @param project the project file
 * @param node    the station's node name, when given
 */
public record StationArguments(Path project, Optional<String> node) {

	public static final String USAGE = "usage: tandem client --project FILE [--node NAME]";

	/** @throws IllegalArgumentException naming the missing or unknown option, with the usage line */
	public static StationArguments parse(String... args) {
		Path project = null;
		String node = null;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (i == 0 && "client".equals(a)) {
				continue;
			}
			String option = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
			String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(option + " needs a value; " + USAGE);
			}
			switch (option) {
			case "--project" -> project = Path.of(value);
			case "--node" -> node = value;
			default -> throw new IllegalArgumentException("unknown option '" + a + "'; " + USAGE);
			}
		}
		if (project == null) {
			throw new IllegalArgumentException("no project given; " + USAGE);
		}
		return new StationArguments(project, Optional.ofNullable(node));
	}
}
