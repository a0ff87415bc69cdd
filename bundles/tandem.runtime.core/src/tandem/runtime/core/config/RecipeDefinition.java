package tandem.runtime.core.config;

import java.util.Map;

/** A recipe: values (as text, in the variables' syntax) to download together, in order. */
public record RecipeDefinition(String name, Map<String, String> values) {
}
