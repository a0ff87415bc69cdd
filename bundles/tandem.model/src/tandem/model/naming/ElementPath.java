package tandem.model.naming;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tandem.model.CelSettings;
import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.NamedElement;
import tandem.model.RecipeValue;
import tandem.model.Topology;

/**
 * Names model elements the way an engineer reads them: {@code Project 'x' / Screen 'Overview' / NumericDisplay 'level1'}.
 * Used by validation, load errors and the diff, so the same element is always called the same.
 */
public final class ElementPath {

    private ElementPath() {
    }

    /** The full path from the project down to element. */
    public static String of(EObject element) {
        Deque<String> parts = new ArrayDeque<>();
        for (EObject e = element; e != null; e = e.eContainer()) {
            parts.addFirst(label(e));
        }
        return String.join(" / ", parts);
    }

    /** The path without the leading project segment, e.g. {@code Variable 'Tank1.Level'}. */
    public static String inProject(EObject element) {
        Deque<String> parts = new ArrayDeque<>();
        for (EObject e = element; e != null && e.eContainer() != null; e = e.eContainer()) {
            parts.addFirst(label(e));
        }
        return parts.isEmpty() ? label(element) : String.join(" / ", parts);
    }

    /** One segment: type and name, or what the element is for when it has no name. */
    public static String label(EObject element) {
        String type = element.eClass().getName();
        if (element instanceof NamedElement named) {
            return type + " '" + (named.getName() == null ? "" : named.getName()) + "'";
        }
        if (element instanceof LimitDefinition && element.eContainer() instanceof LimitAlarm) {
            return limitName(element.eContainmentFeature()) + " limit";
        }
        if (element instanceof RecipeValue value) {
            return "value of " + (value.getVariable() == null ? "?" : "'" + value.getVariable().getName() + "'");
        }
        if (element instanceof CelSettings) {
            return "CEL settings";
        }
        if (element instanceof Topology) {
            return "Topology";
        }
        EObject container = element.eContainer();
        if (container != null && element.eContainmentFeature().isMany()) {
            int position = ((java.util.List<?>) container.eGet(element.eContainmentFeature())).indexOf(element) + 1;
            return type + " #" + position;
        }
        return type;
    }

    private static String limitName(EReference feature) {
        return switch (feature.getName()) {
        case "lowLow" -> "LL";
        case "low" -> "L";
        case "high" -> "H";
        case "highHigh" -> "HH";
        default -> feature.getName();
        };
    }
}
