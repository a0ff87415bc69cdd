package tandem.runtime.core.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options; an unknown or valueless option is an error naming it. */
final class Arguments {

	private final Map<String, String> values = new LinkedHashMap<>();

	Arguments(String[] args, Set<String> known) {
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (!a.startsWith("--") || !known.contains(a.substring(2))) {
				throw new IllegalArgumentException("unknown argument '" + a + "' (known: --"
						+ String.join(", --", known.stream().sorted().toList()) + ")");
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option " + a + " needs a value");
			}
			values.put(a.substring(2), args[++i]);
		}
	}

	String required(String name) {
		String v = values.get(name);
		if (v == null || v.isBlank()) {
			throw new IllegalArgumentException("option --" + name + " is required");
		}
		return v;
	}

	String optional(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	static Set<String> names(String... names) {
		return Set.copyOf(List.of(names));
	}
}
