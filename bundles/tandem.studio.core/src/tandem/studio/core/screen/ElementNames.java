package tandem.studio.core.screen;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import tandem.model.Group;
import tandem.model.Screen;
import tandem.model.ScreenElement;

/**
 * Element names are unique per screen (groups included): the runtime addresses an element by its path, and an
 * engineer finds it by name in the Outline and Problems view. New, pasted and duplicated elements get the next
 * free number: {@code rectangle1}, {@code rectangle2}, {@code pump_2}.
 */
public final class ElementNames {

	private final Set<String> taken = new HashSet<>();

	public ElementNames(Screen screen) {
		collect(screen.getElements());
	}

	private void collect(List<ScreenElement> elements) {
		for (ScreenElement e : elements) {
			taken.add(e.getName());
			if (e instanceof Group g) {
				collect(g.getChildren());
			}
		}
	}

	/** A free name for a new element of the given kind: the kind in lower camel case and a number. */
	public String forKind(String kind) {
		String base = Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
		for (int n = 1;; n++) {
			if (taken.add(base + n)) {
				return base + n;
			}
		}
	}

	/** Renames element (and its children) where its name is taken, reserving every name it ends up with. */
	public void makeUnique(ScreenElement element) {
		String name = element.getName() == null || element.getName().isBlank() ? "element" : element.getName();
		if (!taken.add(name)) {
			String base = name.replaceFirst("_\\d+$", "");
			for (int n = 2;; n++) {
				if (taken.add(base + "_" + n)) {
					name = base + "_" + n;
					break;
				}
			}
		}
		element.setName(name);
		for (EObject child : element.eContents()) {
			if (child instanceof ScreenElement c) {
				makeUnique(c);
			}
		}
	}
}
