package tandem.runtime.node;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tandem.model.cli.ValidateCommand;
import tandem.runtime.core.cli.ExportCommand;
import tandem.runtime.node.check.CheckCommand;

/** The verbs the runtime product understands, in the order {@code --help} lists them. */
public final class Verbs {

	private final Map<String, Verb> byName = new LinkedHashMap<>();

	public Verbs(List<Verb> verbs) {
		verbs.forEach(v -> byName.put(v.name(), v));
	}

	public static Verbs standard() {
		return new Verbs(List.of(new NodeVerb(),
				new DelegatingVerb("validate", "validate FILE   check a project; lists every problem and exits 1 when invalid",
						ValidateCommand::run),
				new DelegatingVerb("check",
						"check --project FILE --data DIR[,DIR...] --from ISO --to ISO [--actions FILE] [--down NODE@TIME,...]"
								+ "   compare histories with the simulated plant",
						CheckCommand::run),
				new DelegatingVerb("export", "export --data DIR --what archive|alarms|cel|statistics [--from ISO --to ISO]"
						+ " [--variable NAME]   write recorded history as CSV", ExportCommand::run),
				new StatusVerb(), new DeployVerb(false), new VersionsVerb(), new DeployVerb(true), new StationVerb(), new tandem.runtime.node.drill.TimelineVerb()));
	}

	public Optional<Verb> find(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	public void printHelp(PrintStream out) {
		out.println("usage: tandem <verb> [options]");
		byName.values().forEach(v -> out.println("  " + v.usage()));
	}
}
