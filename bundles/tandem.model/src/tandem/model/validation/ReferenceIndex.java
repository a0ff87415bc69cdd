package tandem.model.validation;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tandem.model.Project;

/**
 * Who refers to whom, between the elements the project contains directly ("tops": a variable, an alarm with its
 * limits, a screen with its elements): an alarm refers to its variable, a screen to the variables its elements
 * show, a user to its roles. Kept exact by {@link #update} for every top a change touched; validation uses it to
 * re-check what refers to a changed element. Built in one pass over the project; no adapter is attached.
 */
final class ReferenceIndex {

    private static final EObject[] NONE = new EObject[0];

    private final Project project;
    private final Map<EObject, EObject[]> outgoing = new IdentityHashMap<>();
    private final Map<EObject, Set<EObject>> incoming = new IdentityHashMap<>();
    private final Map<EClass, List<EReference>> references = new HashMap<>();
    private final Map<EObject, Boolean> scratch = new IdentityHashMap<>();

    ReferenceIndex(Project project) {
        this.project = project;
        for (EObject top : project.eContents()) {
            update(top, (target, gained) -> {
            });
        }
    }

    /** The tops that refer to top or to anything inside it. */
    Set<EObject> referrers(EObject top) {
        return incoming.getOrDefault(top, Set.of());
    }

    /**
     * Reads again what top refers to (nothing when it left the project) and reports each target top it refers to
     * now and did not before (gained true) or no longer does (gained false).
     */
    void update(EObject top, BiConsumer<EObject, Boolean> changed) {
        EObject[] before = outgoing.getOrDefault(top, NONE);
        EObject[] now = top.eContainer() == project ? targets(top) : NONE;
        if (now.length == 0) {
            outgoing.remove(top);
        } else {
            outgoing.put(top, now);
        }
        scratch.clear();
        for (EObject target : now) {
            scratch.put(target, Boolean.TRUE);
        }
        for (EObject target : before) {
            if (scratch.remove(target) == null) {
                Set<EObject> from = incoming.get(target);
                from.remove(top);
                if (from.isEmpty()) {
                    incoming.remove(target);
                }
                changed.accept(target, false);
            }
        }
        for (EObject target : scratch.keySet()) {
            if (!contains(before, target)) {
                incoming.computeIfAbsent(target, t -> Collections.newSetFromMap(new IdentityHashMap<>(4))).add(top);
                changed.accept(target, true);
            }
        }
        scratch.clear();
    }

    private static boolean contains(EObject[] array, EObject target) {
        for (EObject e : array) {
            if (e == target) {
                return true;
            }
        }
        return false;
    }

    private EObject[] targets(EObject top) {
        scratch.clear();
        collect(top, top);
        for (Iterator<EObject> it = top.eAllContents(); it.hasNext();) {
            collect(top, it.next());
        }
        EObject[] result = scratch.isEmpty() ? NONE : scratch.keySet().toArray(NONE);
        scratch.clear();
        return result;
    }

    private void collect(EObject top, EObject element) {
        for (EReference reference : references.computeIfAbsent(element.eClass(), ReferenceIndex::crossReferences)) {
            Object value = element.eGet(reference, false);
            if (value instanceof List<?> list) {
                for (Object target : list) {
                    add(top, (EObject) target);
                }
            } else if (value != null) {
                add(top, (EObject) value);
            }
        }
    }

    private void add(EObject top, EObject target) {
        EObject targetTop = topOf(project, target);
        if (targetTop != top) {
            scratch.put(targetTop, Boolean.TRUE);
        }
    }

    private static List<EReference> crossReferences(EClass type) {
        return type.getEAllReferences().stream().filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived() && !r.isTransient())
                .toList();
    }

    /**
     * The element of project that contains element (or is it); for an element outside the project, the outermost
     * element containing it; the project itself for the project.
     */
    static EObject topOf(Project project, EObject element) {
        EObject e = element;
        while (e.eContainer() != null && e.eContainer() != project) {
            e = e.eContainer();
        }
        return e;
    }
}
