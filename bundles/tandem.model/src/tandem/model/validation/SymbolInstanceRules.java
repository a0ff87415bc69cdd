package tandem.model.validation;

import java.util.HashSet;
import java.util.Set;

import tandem.model.Group;
import tandem.model.ParameterValue;
import tandem.model.ScreenElement;
import tandem.model.SymbolInstance;
import tandem.model.SymbolParameter;
import tandem.model.symbol.SymbolExpansion;

/**
 * A symbol instance names a symbol of the project, turns by quarter turns, gives every parameter without a
 * default a value and no value to a parameter the symbol does not declare; on a screen, its expansion (the
 * elements the operator will see) passes the same binding rules as elements drawn directly, reported on the
 * instance with the symbol's element named.
 */
final class SymbolInstanceRules {

    private final Problems problems;
    private final BindingRules bindings;
    private SymbolExpansion expansion;

    SymbolInstanceRules(Problems problems, BindingRules bindings) {
        this.problems = problems;
        this.bindings = bindings;
    }

    /** inSymbol: the instance is part of another symbol, whose parameters its values may still use. */
    void check(SymbolInstance instance, boolean inSymbol) {
        if (instance.getRotation() % 90 != 0 || instance.getRotation() < 0 || instance.getRotation() >= 360) {
            problems.error(instance, "rotation " + instance.getRotation() + "° must be 0, 90, 180 or 270");
        }
        if (instance.getSymbol() == null) {
            problems.error(instance, "names no symbol");
            return;
        }
        if (instance.getSymbol().eIsProxy() || instance.getSymbol().eContainer() != problems.project()) {
            problems.error(instance, "names symbol '" + instance.getSymbol().getName() + "', which is not part of the project");
            return;
        }
        Set<String> declared = new HashSet<>();
        instance.getSymbol().getParameters().forEach(p -> declared.add(p.getName()));
        for (ParameterValue value : instance.getParameterValues()) {
            if (!declared.contains(value.getParameter())) {
                problems.warning(instance, "gives a value to $" + value.getParameter() + ", which symbol '"
                        + instance.getSymbol().getName() + "' does not declare");
            }
        }
        if (inSymbol) {
            for (SymbolParameter p : instance.getSymbol().getParameters()) {
                boolean given = instance.getParameterValues().stream().anyMatch(v -> p.getName().equals(v.getParameter()) && v.getValue() != null);
                if (!given && p.getDefaultValue() == null) {
                    problems.error(instance, "parameter $" + p.getName() + " of symbol '" + instance.getSymbol().getName()
                            + "' has no value and no default");
                }
            }
            return;
        }
        checkExpansion(instance);
    }

    private void checkExpansion(SymbolInstance instance) {
        if (expansion == null) {
            expansion = new SymbolExpansion(problems.project());
        }
        SymbolExpansion.Expanded expanded = expansion.expand(instance);
        for (String problem : expanded.problems()) {
            problems.error(instance, problem);
        }
        if (!expanded.problems().isEmpty()) {
            return; // a variable that did not resolve would be reported again as "not set"
        }
        String symbol = "symbol '" + instance.getSymbol().getName() + "', element '";
        for (ScreenElement element : expanded.group().getChildren()) {
            checkBindings(instance, element, symbol);
        }
    }

    private void checkBindings(SymbolInstance instance, ScreenElement element, String prefix) {
        problems.reportingOn(instance, prefix + element.getName() + "': ", () -> bindings.check(element));
        if (element instanceof Group group) {
            for (ScreenElement child : group.getChildren()) {
                checkBindings(instance, child, prefix + element.getName() + "/");
            }
        }
    }
}
