package tandem.studio.core.screen;

import java.util.LinkedHashMap;
import java.util.Map;

import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.naming.ElementPath;
import tandem.model.validation.Problem;
import tandem.model.validation.ValidationResult;

/**
 * Which elements of a screen the validation found errors in (their own, their bindings', their children's), so
 * the editor can mark them where the engineer looks: a binding to a missing or wrong-typed variable shows on the
 * element as soon as the command that caused it ran, from the same result the Problems view lists.
 */
public final class ElementProblems {

	private ElementProblems() {
	}

	/** The screen's top-level elements with errors, in the order of the problems, each with its first error's message. */
	public static Map<ScreenElement, String> errors(ValidationResult result, Screen screen) {
		Map<ScreenElement, String> flagged = new LinkedHashMap<>();
		if (screen == null || result.errors().isEmpty()) {
			return flagged;
		}
		String screenPath = ElementPath.of(screen) + " / ";
		Map<String, ScreenElement> byLabel = new LinkedHashMap<>();
		screen.getElements().forEach(e -> byLabel.put(ElementPath.label(e), e));
		for (Problem p : result.errors()) {
			if (p.elementPath().startsWith(screenPath)) {
				String rest = p.elementPath().substring(screenPath.length());
				int end = rest.indexOf(" / ");
				ScreenElement element = byLabel.get(end < 0 ? rest : rest.substring(0, end));
				if (element != null) {
					flagged.putIfAbsent(element, p.message());
				}
			}
		}
		return flagged;
	}
}
