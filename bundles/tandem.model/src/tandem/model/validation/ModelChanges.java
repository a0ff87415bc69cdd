package tandem.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What one edit changed, as {@link IncrementalValidator} needs to know it: which feature of which element was set,
 * and which elements entered or left a containment list. The direction does not matter (an undo reports the same
 * changes as the edit), since the validator looks at the model as it is now. An edit that cannot be described so
 * is {@link #unknown()}, and validation runs in full.
 */
public final class ModelChanges {

    record Set(EObject owner, EStructuralFeature feature) {
    }

    record Membership(EObject owner, EStructuralFeature feature, List<EObject> elements) {
    }

    final List<Set> sets = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    boolean unknown;

    /** feature of owner has (or had, before an undo) another value; for a list, it gained, lost or reordered values. */
    public ModelChanges set(EObject owner, EStructuralFeature feature) {
        sets.add(new Set(owner, feature));
        return this;
    }

    /**
     * elements were added to, removed from or moved within the containment feature of owner (non-EObject values
     * are ignored). Implies {@link #set}.
     */
    public ModelChanges membership(EObject owner, EStructuralFeature feature, Collection<?> elements) {
        set(owner, feature);
        List<EObject> objects = elements.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
        memberships.add(new Membership(owner, feature, objects));
        return this;
    }

    /** Something changed that cannot be described: the next validation checks everything. */
    public ModelChanges unknown() {
        unknown = true;
        return this;
    }

    public boolean isUnknown() {
        return unknown;
    }
}
