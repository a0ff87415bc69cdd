package tandem.model.validation;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tandem.model.Project;

/**
 * One block of rules, the unit validation can re-run: either checked per element of a list of the project (the
 * element with everything it contains is the block's root), or checked as a whole (the root is the project).
 * A whole block either runs after every change ({@link Kind#ALWAYS}: cheap, or reading many elements at once) or
 * only when the names of its list change ({@link Kind#NAMES}). The blocks of a scope, in order, are that scope's
 * rules.
 */
final class Block {

    enum Kind {
        /** Checked per element of a list of the project; rechecked for the elements a change touches. */
        EACH,
        /** Checked as a whole after every change. */
        ALWAYS,
        /** The uniqueness of the names of one list of the project, rechecked when that list or a name in it changes. */
        NAMES
    }

    final ValidationScope scope;
    final Kind kind;
    /** The list of the project the block checks (null with EACH: every element the project contains directly). */
    final EReference list;
    private final BiConsumer<Rules, EObject> check;

    private Block(ValidationScope scope, Kind kind, EReference list, BiConsumer<Rules, EObject> check) {
        this.scope = scope;
        this.kind = kind;
        this.list = list;
        this.check = check;
    }

    @SuppressWarnings("unchecked")
    static <T extends EObject> Block each(ValidationScope scope, EReference list, BiConsumer<Rules, T> check) {
        return new Block(scope, Kind.EACH, list, (rules, root) -> check.accept(rules, (T) root));
    }

    static Block always(ValidationScope scope, BiConsumer<Rules, Project> check) {
        return new Block(scope, Kind.ALWAYS, null, (rules, root) -> check.accept(rules, (Project) root));
    }

    static Block names(EReference list, String what) {
        return new Block(ValidationScope.NAMES, Kind.NAMES, list,
                (rules, root) -> rules.names.list((List<? extends tandem.model.NamedElement>) root.eGet(list), what));
    }

    /** The roots in the order the block checks them. */
    @SuppressWarnings("unchecked")
    List<? extends EObject> roots(Project project) {
        if (kind != Kind.EACH) {
            return List.of(project);
        }
        return list == null ? project.eContents() : (List<? extends EObject> ) project.eGet(list);
    }

    /** True when top, an element the project contains directly, is one of this block's roots. */
    boolean isRoot(EObject top) {
        return kind == Kind.EACH && (list == null || top.eContainmentFeature() == list);
    }

    void check(Rules rules, EObject root) {
        check.accept(rules, root);
    }
}
