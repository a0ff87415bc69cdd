package tandem.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.model.Group;
import tandem.model.NamedElement;
import tandem.model.Project;
import tandem.model.RecipeGroup;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;

/**
 * Every named element has a name, unique within its scope (a list of the project, a recipe group, a screen). The
 * first element of a name keeps it; every later one is reported.
 */
final class NameRules {

    private final Problems problems;

    NameRules(Problems problems) {
        this.problems = problems;
    }

    /** The names of one list of the project, what being the kind of its elements ("variable"). */
    void list(List<? extends NamedElement> elements, String what) {
        unique(elements, what);
    }

    void recipesOf(RecipeGroup group) {
        unique(group.getRecipes(), "recipe in this group");
    }

    void elementsOf(Screen screen) {
        elementsOf(screen.getElements(), "element on this screen");
    }

    /** A symbol's parameters and its elements (per group, as on a screen) have unique names. */
    void elementsOf(SymbolDefinition symbol) {
        unique(symbol.getParameters(), "parameter of this symbol");
        elementsOf(symbol.getElements(), "element of this symbol");
    }

    void nodes() {
        Project p = problems.project();
        if (p.getTopology() != null) {
            unique(p.getTopology().getNodes(), "node");
        }
    }

    /** Names are unique per screen and per group, so a symbol group can be copied without renaming its parts. */
    private void elementsOf(List<ScreenElement> elements, String what) {
        Map<String, NamedElement> seen = new HashMap<>();
        for (ScreenElement element : elements) {
            checkOne(element, seen, what);
            if (element instanceof Group group) {
                elementsOf(group.getChildren(), "element in this group");
            }
        }
    }

    private void unique(List<? extends NamedElement> elements, String what) {
        Map<String, NamedElement> seen = new HashMap<>(elements.size() * 2);
        for (NamedElement element : elements) {
            checkOne(element, seen, what);
        }
    }

    private void checkOne(NamedElement element, Map<String, NamedElement> seen, String what) {
        String name = element.getName();
        if (name == null || name.isBlank()) {
            problems.error(element, "has no name");
        } else if (!name.equals(name.strip())) {
            problems.error(element, "name '" + name + "' starts or ends with blanks");
        } else if (seen.putIfAbsent(name, element) != null) {
            problems.error(element, "another " + what + " is already named '" + name + "'; names must be unique");
        }
    }
}
