package tandem.model.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import tandem.model.Group;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.SymbolParameter;
import tandem.model.symbol.Parameters;

/**
 * A symbol of the library: a size, parameters named like identifiers, elements inside its box, placeholders only
 * for declared parameters (a warning: an undeclared one stays as written in every instance), and no instance of
 * itself, directly or through other symbols.
 */
final class SymbolRules {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Problems problems;
    private final ScreenRules screens;

    SymbolRules(Problems problems, ScreenRules screens) {
        this.problems = problems;
        this.screens = screens;
    }

    void checkSymbol(SymbolDefinition symbol) {
        if (symbol.getWidth() < 1 || symbol.getHeight() < 1) {
            problems.error(symbol, "size " + symbol.getWidth() + " x " + symbol.getHeight() + " is empty");
        }
        for (SymbolParameter p : symbol.getParameters()) {
            if (p.getName() != null && !IDENTIFIER.matcher(p.getName()).matches()) {
                problems.error(p, "name '" + p.getName() + "' is not usable as $NAME: letters, digits and '_', not starting with a digit");
            }
        }
        screens.checkElements(symbol.getElements(), symbol.getWidth(), symbol.getHeight(), "symbol '" + symbol.getName() + "'", true);
        checkPlaceholders(symbol);
        List<SymbolDefinition> cycle = cycleThrough(symbol);
        if (!cycle.isEmpty()) {
            problems.error(symbol, "contains itself (" + cycle.stream().map(s -> "symbol '" + s.getName() + "'").collect(Collectors.joining(" > "))
                    + ")");
        }
    }

    private void checkPlaceholders(SymbolDefinition symbol) {
        Set<String> declared = new LinkedHashSet<>();
        symbol.getParameters().forEach(p -> declared.add(p.getName()));
        for (Iterator<EObject> it = symbol.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof SymbolParameter) {
                continue;
            }
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (a.getEAttributeType() != EcorePackage.Literals.ESTRING || !o.eIsSet(a)) {
                    continue;
                }
                List<?> values = a.isMany() ? (List<?>) o.eGet(a) : List.of(o.eGet(a));
                for (Object value : values) {
                    for (String used : Parameters.usedIn((String) value)) {
                        if (!declared.contains(used)) {
                            problems.warning(o, a.getName() + " '" + value + "' uses $" + used + ", which the symbol does not declare");
                        }
                    }
                }
            }
        }
    }

    /** The symbols from symbol back to itself through instances, or empty when it does not contain itself. */
    private static List<SymbolDefinition> cycleThrough(SymbolDefinition symbol) {
        Deque<SymbolDefinition> path = new ArrayDeque<>();
        path.addLast(symbol);
        return search(symbol, symbol, path, new LinkedHashSet<>()) ? new ArrayList<>(path) : List.of();
    }

    private static boolean search(SymbolDefinition start, SymbolDefinition at, Deque<SymbolDefinition> path, Set<SymbolDefinition> seen) {
        for (SymbolDefinition used : usedBy(at.getElements(), new LinkedHashSet<>())) {
            path.addLast(used);
            if (used == start || seen.add(used) && search(start, used, path, seen)) {
                return true;
            }
            path.removeLast();
        }
        return false;
    }

    private static Set<SymbolDefinition> usedBy(List<ScreenElement> elements, Set<SymbolDefinition> into) {
        for (ScreenElement e : elements) {
            if (e instanceof SymbolInstance i && i.getSymbol() != null) {
                into.add(i.getSymbol());
            } else if (e instanceof Group g) {
                usedBy(g.getChildren(), into);
            }
        }
        return into;
    }
}
