package tandem.model.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.model.AlarmClass;
import tandem.model.AlarmGroup;
import tandem.model.Driver;
import tandem.model.LimitAlarm;
import tandem.model.Project;
import tandem.model.Role;
import tandem.model.Screen;
import tandem.model.SymbolDefinition;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.model.validation.Problems.Slice;

/**
 * Validation of one project that, after an edit, re-checks only what the edit can have changed and reports
 * exactly what a full {@link ProjectValidator} run reports. It keeps the problems of every rule block per root
 * (the elements the project contains directly: a variable, an alarm with its limits, a screen with everything on
 * it). After a change it re-checks the roots that contain a changed element, the roots that refer to one when the
 * change is something they read (a variable's name, type, range, rate or writability; the name of a driver,
 * alarm class, alarm group, role or screen; anything else of the other elements), the uniqueness of the names of
 * a list whose names or members changed, and the blocks that read many elements at once (drivers in use, start
 * screen, users and roles together, topology, project), which are cheap. One indirect dependency is kept by
 * hand: a fill colour by limit state reads whether its variable has a limit alarm, so when a limit alarm's
 * variable changes, the screens showing the old and the new one are re-checked; and symbol instances, which read
 * their symbols and name their variables, are re-checked with every symbol after a change to a symbol, a variable
 * or a limit alarm. Renaming the project changes
 * every element path, and a change that cannot be described runs everything; so does a change that touches more
 * than an eighth of the project (a renamed driver of half the variables), since one pass is then cheaper.
 */
public final class IncrementalValidator {

    private static final Set<EStructuralFeature> VARIABLE_FEATURES_READ_BY_OTHERS = Set.of(Literals.NAMED_ELEMENT__NAME,
            Literals.VARIABLE__DATA_TYPE, Literals.VARIABLE__RANGE_MIN, Literals.VARIABLE__RANGE_MAX, Literals.VARIABLE__WRITABLE,
            Literals.VARIABLE__RATE_MS);

    /**
     * More elements to re-check than this share (1/n) of the project's, and more than {@link #WHOLE_RUN_MINIMUM},
     * and one whole pass is the cheaper way (re-checking one by one costs a few times more per element).
     */
    private static final int WHOLE_RUN_SHARE = 8;
    private static final int WHOLE_RUN_MINIMUM = 1000;

    private final Project project;
    private final BlockResult[] results = new BlockResult[Rules.BLOCKS.size()];
    private ReferenceIndex index;
    private ValidationResult result;
    private int lastRechecked;

    /** Validates project in full and prepares for the next changes. */
    public IncrementalValidator(Project project) {
        this(project, true);
    }

    private IncrementalValidator(Project project, boolean incremental) {
        this.project = project;
        checkEverything();
        if (incremental) {
            index = new ReferenceIndex(project);
        }
    }

    /** A full validation of project, without what an incremental one keeps for later. */
    static ValidationResult once(Project project) {
        return new IncrementalValidator(project, false).result;
    }

    /** The problems after the last validation. */
    public ValidationResult result() {
        return result;
    }

    /**
     * How many of the elements the project contains directly (a variable, an alarm, a screen with everything on
     * it) the last validation re-checked: every one after a full run.
     */
    public int lastRechecked() {
        return lastRechecked;
    }

    /** Checks everything again (e.g. after changes no {@link ModelChanges} described). */
    public ValidationResult validateAll() {
        checkEverything();
        index = new ReferenceIndex(project);
        return result;
    }

    /** The problems after changes: re-checks what they can have affected, keeps the rest. */
    public ValidationResult validate(ModelChanges changes) {
        if (changes.unknown || changes.sets.stream().anyMatch(s -> s.owner() == project && s.feature() == Literals.NAMED_ELEMENT__NAME)) {
            return validateAll();
        }
        Set<EObject> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<EObject> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<EStructuralFeature> names = new HashSet<>();
        boolean[] variablesRead = { false };
        for (ModelChanges.Set set : changes.sets) {
            touched(set.owner(), set.feature(), changed, dirty, names);
            variablesRead[0] |= set.owner() instanceof Variable && VARIABLE_FEATURES_READ_BY_OTHERS.contains(set.feature());
        }
        for (ModelChanges.Membership membership : changes.memberships) {
            if (membership.owner() == project) {
                variablesRead[0] |= membership.feature() == Literals.PROJECT__VARIABLES;
                names.add(membership.feature());
                for (EObject element : membership.elements()) {
                    changed.add(element);
                    dirty.add(element);
                    dirty.addAll(index.referrers(element));
                }
            }
        }
        // only what changed refers to anything new: every cross-reference points at a top, and a top that merely
        // refers to a changed one still refers to the same tops
        for (EObject top : changed) {
            index.update(top, (target, gained) -> {
                if (top instanceof LimitAlarm && target instanceof Variable) {
                    index.referrers(target).stream().filter(Screen.class::isInstance).forEach(dirty::add);
                    variablesRead[0] = true;
                }
            });
        }
        symbolsRead(changed, dirty, variablesRead[0]);
        if (dirty.size() > Math.max(WHOLE_RUN_MINIMUM, project.eContents().size() / WHOLE_RUN_SHARE)) {
            checkEverything(); // e.g. a renamed driver of half the variables: one pass is cheaper than re-checking each
        } else {
            recheck(dirty, names);
        }
        return result;
    }

    /**
     * Symbol instances read their symbols (and the symbols those contain) and name their variables instead of
     * referring to them, which the reference index cannot see: a change to a symbol re-checks every symbol (one
     * may contain another) and every screen placing one; a variable added, removed or changed in what others read,
     * or a limit alarm watching another variable, re-checks every screen placing a symbol.
     */
    private void symbolsRead(Set<EObject> changed, Set<EObject> dirty, boolean variablesRead) {
        boolean symbolChanged = changed.stream().anyMatch(SymbolDefinition.class::isInstance);
        if (project.getSymbols().isEmpty() || !symbolChanged && !variablesRead) {
            return;
        }
        for (SymbolDefinition symbol : project.getSymbols()) {
            if (symbolChanged) {
                dirty.add(symbol);
            }
            dirty.addAll(index.referrers(symbol));
        }
    }

    private void touched(EObject owner, EStructuralFeature feature, Set<EObject> changed, Set<EObject> dirty, Set<EStructuralFeature> names) {
        if (owner == project) {
            return; // the project's own attributes are read by blocks that always run
        }
        EObject top = ReferenceIndex.topOf(project, owner);
        if (top.eContainer() != project) {
            return; // inside an element that left the project: its membership change re-checks what is affected
        }
        changed.add(top);
        dirty.add(top);
        if (feature == Literals.NAMED_ELEMENT__NAME && owner == top) {
            names.add(top.eContainmentFeature());
        }
        if (readByOthers(owner, top, feature)) {
            dirty.addAll(index.referrers(top));
        }
    }

    /** Whether rules checking other elements read feature of owner (inside top). */
    static boolean readByOthers(EObject owner, EObject top, EStructuralFeature feature) {
        if (owner != top) {
            return !(top instanceof Screen); // what refers to a screen (a button) reads only its name
        }
        if (owner instanceof Variable) {
            return VARIABLE_FEATURES_READ_BY_OTHERS.contains(feature);
        }
        if (owner instanceof Driver || owner instanceof AlarmClass || owner instanceof AlarmGroup || owner instanceof Role || owner instanceof Screen) {
            return feature == Literals.NAMED_ELEMENT__NAME;
        }
        return true;
    }

    private void recheck(Set<EObject> dirty, Set<EStructuralFeature> names) {
        Rules rules = new Rules(project);
        for (int i = 0; i < results.length; i++) {
            Block block = Rules.BLOCKS.get(i);
            BlockResult blockResult = results[i];
            switch (block.kind) {
            case ALWAYS -> blockResult.put(project, check(rules, block, project));
            case NAMES -> {
                if (names.contains(block.list)) {
                    blockResult.put(project, check(rules, block, project));
                }
            }
            case EACH -> {
                for (EObject top : dirty) {
                    if (top.eContainer() != project) {
                        blockResult.put(top, null);
                    } else if (block.isRoot(top)) {
                        blockResult.put(top, check(rules, block, top));
                    }
                }
            }
            default -> throw new IllegalStateException("unknown block kind " + block.kind);
            }
        }
        lastRechecked = (int) dirty.stream().filter(top -> top.eContainer() == project).count();
        assemble();
    }

    private void checkEverything() {
        Rules rules = new Rules(project);
        for (int i = 0; i < results.length; i++) {
            Block block = Rules.BLOCKS.get(i);
            results[i] = new BlockResult();
            for (EObject root : block.roots(project)) {
                results[i].put(root, check(rules, block, root));
            }
        }
        lastRechecked = project.eContents().size();
        assemble();
    }

    private static Slice check(Rules rules, Block block, EObject root) {
        long mark = rules.problems.mark();
        block.check(rules, root);
        return rules.problems.since(mark);
    }

    private void assemble() {
        Map<ValidationScope, List<Problem>> byScope = new EnumMap<>(ValidationScope.class);
        for (ValidationScope scope : ValidationScope.values()) {
            List<Problem> errors = new ArrayList<>();
            List<Problem> warnings = new ArrayList<>();
            for (int i = 0; i < results.length; i++) {
                Block block = Rules.BLOCKS.get(i);
                if (block.scope == scope) {
                    results[i].assemble(block, project);
                    errors.addAll(results[i].errors);
                    warnings.addAll(results[i].warnings);
                }
            }
            errors.addAll(warnings);
            byScope.put(scope, errors);
        }
        result = ValidationResult.of(byScope);
    }

    /** The problems of one block, per root that has any, and put together in the block's order. */
    private static final class BlockResult {
        private final Map<EObject, Slice> byRoot = new IdentityHashMap<>();
        private List<Problem> errors = List.of();
        private List<Problem> warnings = List.of();
        private boolean stale;

        void put(EObject root, Slice slice) {
            Slice old = slice == null ? byRoot.remove(root) : byRoot.put(root, slice);
            if (old != null || slice != null) {
                stale = true;
            }
        }

        void assemble(Block block, Project project) {
            if (!stale) {
                return;
            }
            stale = false;
            List<Problem> e = new ArrayList<>();
            List<Problem> w = new ArrayList<>();
            if (!byRoot.isEmpty()) {
                for (EObject root : block.roots(project)) {
                    Slice slice = byRoot.get(root);
                    if (slice != null) {
                        e.addAll(slice.errors());
                        w.addAll(slice.warnings());
                    }
                }
            }
            errors = List.copyOf(e);
            warnings = List.copyOf(w);
        }
    }
}
