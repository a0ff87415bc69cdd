package tandem.runtime.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one launcher verb: {@code node --project FILE --node NAME}. Parsing is strict so a
 * typo in a service definition fails at start with a message that names the option, instead of a node
 * silently running with a default.
 */
public final class CommandLine {

	private final String verb;
	private final Map<String, String> options;
	private final List<String> positional;

	private CommandLine(String verb, Map<String, String> options, List<String> positional) {
		this.verb = verb;
		this.options = options;
		this.positional = positional;
	}

	/**
	 * Parses {@code args}; options take exactly one value ({@code --name value} or {@code --name=value}),
	 * flags (no value) are listed in {@code flags}.
	 *
	 * @throws UsageException naming the offending argument
	 */
	public static CommandLine parse(String[] args, Set<String> valueOptions, Set<String> flags) throws UsageException {
		if (args.length == 0 || args[0].startsWith("-")) {
			throw new UsageException("no verb given");
		}
		Map<String, String> options = new LinkedHashMap<>();
		List<String> positional = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flags.contains(name)) {
				if (value != null) {
					throw new UsageException("option --" + name + " takes no value");
				}
				value = "true";
			} else if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
						throw new UsageException("option --" + name + " needs a value");
					}
					value = args[++i];
				}
			} else {
				throw new UsageException("unknown option --" + name + " for '" + args[0] + "'");
			}
			if (options.put(name, value) != null) {
				throw new UsageException("option --" + name + " given twice");
			}
		}
		return new CommandLine(args[0], Collections.unmodifiableMap(options), List.copyOf(positional));
	}

	public String verb() {
		return verb;
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	/** @throws UsageException when the option is missing */
	public String required(String name) throws UsageException {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("'" + verb + "' needs --" + name);
		}
		return value;
	}

	public List<String> positional() {
		return positional;
	}

	/** A wrong command line; the message says what is wrong in the user's words. */
	public static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		public UsageException(String message) {
			super(message);
		}
	}
}
