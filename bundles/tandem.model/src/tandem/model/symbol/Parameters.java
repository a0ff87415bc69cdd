package tandem.model.symbol;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tandem.model.ParameterValue;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.SymbolParameter;

/**
 * The values an instance gives its symbol's parameters, and the substitution of {@code $NAME} in a text. A
 * parameter name is a letter or '_' followed by letters, digits or '_', so {@code $UNIT.Speed} is the parameter
 * UNIT followed by ".Speed". A placeholder without a value stays as it is, so what is missing shows in the text.
 */
public final class Parameters {

	static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

	private final Map<String, String> values;
	private final Set<String> missing;

	private Parameters(Map<String, String> values, Set<String> missing) {
		this.values = values;
		this.missing = missing;
	}

	/** The values of instance: its own, else the parameter's default. */
	public static Parameters of(SymbolInstance instance) {
		Map<String, String> given = new LinkedHashMap<>();
		for (ParameterValue v : instance.getParameterValues()) {
			if (v.getParameter() != null && v.getValue() != null) {
				given.putIfAbsent(v.getParameter(), v.getValue());
			}
		}
		Map<String, String> values = new LinkedHashMap<>();
		Set<String> missing = new LinkedHashSet<>();
		SymbolDefinition symbol = instance.getSymbol();
		if (symbol != null) {
			for (SymbolParameter p : symbol.getParameters()) {
				String value = given.containsKey(p.getName()) ? given.get(p.getName()) : p.getDefaultValue();
				if (value == null) {
					missing.add(p.getName());
				} else {
					values.put(p.getName(), value);
				}
			}
		}
		return new Parameters(values, missing);
	}

	/** Declared parameters that have neither a value in the instance nor a default. */
	public Set<String> missing() {
		return missing;
	}

	/** text with every {@code $NAME} that has a value replaced by it; null stays null. */
	public String substitute(String text) {
		if (text == null || text.indexOf('$') < 0) {
			return text;
		}
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder(text.length() + 16);
		while (m.find()) {
			String value = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** The parameter names text uses as {@code $NAME}, in order. */
	public static Set<String> usedIn(String text) {
		Set<String> used = new LinkedHashSet<>();
		if (text != null && text.indexOf('$') >= 0) {
			Matcher m = PLACEHOLDER.matcher(text);
			while (m.find()) {
				used.add(m.group(1));
			}
		}
		return used;
	}
}
