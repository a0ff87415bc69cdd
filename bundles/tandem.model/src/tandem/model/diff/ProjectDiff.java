package tandem.model.diff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.model.Project;
import tandem.model.Screen;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.naming.ElementPath;

/**
 * Differences between two versions of a project in the engineer's words. Elements are matched by their path of
 * names (type and name at every level), so a renamed element shows as removed + added; only the topmost added or
 * removed element is reported, not everything inside it.
 */
public final class ProjectDiff {

    private ProjectDiff() {
    }

    public static List<Change> compare(Project before, Project after) {
        Map<String, EObject> old = index(before);
        Map<String, EObject> now = index(after);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, EObject> entry : old.entrySet()) {
            EObject newElement = now.get(entry.getKey());
            if (newElement == null) {
                if (now.containsKey(parentKey(entry.getValue()))) {
                    changes.add(new Change(Change.Kind.REMOVED, entry.getKey(), entry.getKey() + " removed"));
                }
            } else {
                compareFeatures(entry.getKey(), entry.getValue(), newElement, changes);
            }
        }
        for (Map.Entry<String, EObject> entry : now.entrySet()) {
            if (!old.containsKey(entry.getKey()) && old.containsKey(parentKey(entry.getValue()))) {
                changes.add(new Change(Change.Kind.ADDED, entry.getKey(), entry.getKey() + " added"));
            }
        }
        changes.addAll(symbolsFollowed(after, changes));
        return changes;
    }

    /**
     * For every symbol that changed (itself or anything inside it), how many instances follow the change: an
     * engineer changing one pump symbol changes every pump on every screen, and should read that before deploying.
     */
    private static List<Change> symbolsFollowed(Project after, List<Change> changes) {
        List<Change> result = new ArrayList<>();
        for (SymbolDefinition symbol : after.getSymbols()) {
            String path = ElementPath.inProject(symbol);
            boolean changed = changes.stream().anyMatch(c -> c.elementPath().startsWith(path + " / ")
                    || c.elementPath().equals(path) && c.kind() == Change.Kind.CHANGED);
            if (!changed) {
                continue;
            }
            int instances = 0;
            int screens = 0;
            for (Screen screen : after.getScreens()) {
                int here = 0;
                for (Iterator<EObject> it = screen.eAllContents(); it.hasNext();) {
                    if (it.next() instanceof SymbolInstance i && i.getSymbol() == symbol) {
                        here++;
                    }
                }
                instances += here;
                screens += here > 0 ? 1 : 0;
            }
            result.add(new Change(Change.Kind.CHANGED, path, path + " changed: " + instances + (instances == 1 ? " instance" : " instances")
                    + " on " + screens + (screens == 1 ? " screen" : " screens") + " follow"));
        }
        return result;
    }

    private static String parentKey(EObject element) {
        EObject parent = element.eContainer();
        return parent == null || parent.eContainer() == null ? "Project" : ElementPath.inProject(parent);
    }

    private static Map<String, EObject> index(Project project) {
        Map<String, EObject> result = new LinkedHashMap<>();
        result.put("Project", project);
        for (Iterator<EObject> it = project.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            result.putIfAbsent(ElementPath.inProject(element), element);
        }
        return result;
    }

    private static void compareFeatures(String path, EObject before, EObject after, List<Change> changes) {
        for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || feature instanceof EReference r && r.isContainment()) {
                continue;
            }
            String was = describe(before, feature);
            String is = describe(after, feature);
            if (!Objects.equals(was, is) && feature.getName().equals("passwordHash")) {
                // a hash is no secret to keep, but nothing a reader of the version list needs to see
                changes.add(new Change(Change.Kind.CHANGED, path, path + ": password changed"));
            } else if (!Objects.equals(was, is)) {
                changes.add(new Change(Change.Kind.CHANGED, path, path + ": " + words(feature.getName()) + " changed from " + was + " to " + is));
            }
        }
    }

    private static String describe(EObject element, EStructuralFeature feature) {
        Object value = element.eGet(feature);
        if (feature.isMany()) {
            List<String> parts = new ArrayList<>();
            for (Object v : (List<?>) value) {
                parts.add(single(feature, v));
            }
            return parts.toString();
        }
        return single(feature, value);
    }

    private static String single(EStructuralFeature feature, Object value) {
        if (value == null) {
            return "(none)";
        }
        if (feature instanceof EAttribute attribute) {
            return "'" + EcoreUtil.convertToString(attribute.getEAttributeType(), value) + "'";
        }
        return ElementPath.inProject((EObject) value);
    }

    /** "rangeMax" -> "range max", "timeSpanS" -> "time span s". */
    static String words(String featureName) {
        return featureName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
