package tandem.model.validation;

import java.util.HashSet;
import java.util.IllegalFormatException;
import java.util.Set;

import tandem.model.BarGraph;
import tandem.model.BlinkBinding;
import tandem.model.Button;
import tandem.model.ColorMode;
import tandem.model.ColorRange;
import tandem.model.DataType;
import tandem.model.DynamicBinding;
import tandem.model.FillColorBinding;
import tandem.model.FillLevelBinding;
import tandem.model.LimitAlarm;
import tandem.model.NumericDisplay;
import tandem.model.ScreenElement;
import tandem.model.Trend;
import tandem.model.Variable;
import tandem.model.VisibilityBinding;

/** Every reference from a screen element or binding points to an existing variable (or screen) of a fitting type. */
final class BindingRules {

    private final Problems problems;
    private Set<Variable> withLimits;

    BindingRules(Problems problems) {
        this.problems = problems;
    }

    void check(ScreenElement element) {
        if (element instanceof NumericDisplay display && numeric(element, display.getVariable(), "the displayed variable")) {
            checkFormat(display);
        } else if (element instanceof BarGraph bar && numeric(element, bar.getVariable(), "the bar graph's variable")
                && !ValueSyntax.hasRange(bar.getVariable())) {
            problems.error(element, "'" + bar.getVariable().getName() + "' has no range, so the bar graph cannot scale it");
        } else if (element instanceof Button button) {
            checkButton(button);
        } else if (element instanceof Trend trend) {
            if (trend.getVariables().isEmpty()) {
                problems.error(element, "shows no variables");
            }
            for (Variable variable : trend.getVariables()) {
                if (problems.variableExists(trend, variable, "a trended variable") && variable.getDataType() == DataType.STRING) {
                    problems.error(trend, "cannot draw the STRING variable '" + variable.getName() + "'");
                }
            }
            if (trend.getTimeSpanS() < 1) {
                problems.error(element, "time span " + trend.getTimeSpanS() + " s is empty");
            }
        }
        for (DynamicBinding binding : element.getBindings()) {
            checkBinding(binding);
        }
    }

    private boolean numeric(Object owner, Variable variable, String what) {
        org.eclipse.emf.ecore.EObject element = (org.eclipse.emf.ecore.EObject) owner;
        if (!problems.variableExists(element, variable, what)) {
            return false;
        }
        if (!ValueSyntax.isNumeric(variable)) {
            problems.error(element, what + " '" + variable.getName() + "' is " + variable.getDataType() + ", but a number is needed");
            return false;
        }
        return true;
    }

    private void checkFormat(NumericDisplay display) {
        Object sample = display.getVariable().getDataType() == DataType.INT ? (Object) 42L : (Object) 42.0;
        try {
            String.format(display.getFormat() == null ? "" : display.getFormat(), sample);
        } catch (IllegalFormatException e) {
            problems.error(display, "format '" + display.getFormat() + "' cannot show a " + display.getVariable().getDataType()
                    + " value (" + e.getMessage() + ")");
        }
    }

    private void checkButton(Button button) {
        if (button.getAction() == null) {
            problems.error(button, "has no action");
            return;
        }
        switch (button.getAction()) {
        case WRITE_VALUE -> {
            Variable target = button.getTargetVariable();
            if (problems.variableExists(button, target, "the variable to write")) {
                if (!target.isWritable()) {
                    problems.error(button, "writes '" + target.getName() + "', which is not writable");
                }
                String valueProblem = ValueSyntax.check(target, button.getValue());
                if (valueProblem != null) {
                    problems.error(button, valueProblem);
                }
            }
        }
        case SWITCH_SCREEN -> {
            if (button.getTargetScreen() == null) {
                problems.error(button, "switches to no screen");
            } else if (button.getTargetScreen().eContainer() != problems.project()) {
                problems.error(button, "switches to screen '" + button.getTargetScreen().getName() + "', which is not part of the project");
            }
        }
        case ACKNOWLEDGE -> {
            if (button.getAlarmGroup() != null && button.getAlarmGroup().eContainer() != problems.project()) {
                problems.error(button, "acknowledges alarm group '" + button.getAlarmGroup().getName() + "', which is not part of the project");
            }
        }
        default -> throw new IllegalStateException("unknown button action " + button.getAction());
        }
    }

    private void checkBinding(DynamicBinding binding) {
        String what = binding.eClass().getName() + "'s variable";
        if (!problems.variableExists(binding, binding.getVariable(), what)) {
            return;
        }
        Variable variable = binding.getVariable();
        if (binding instanceof FillLevelBinding level) {
            if (numeric(binding, variable, what)) {
                Double min = level.getMin() != null ? level.getMin() : variable.getRangeMin();
                Double max = level.getMax() != null ? level.getMax() : variable.getRangeMax();
                if (min == null || max == null || !(min < max)) {
                    problems.error(binding, "needs min < max, from the binding or the range of '" + variable.getName() + "'");
                }
            }
        } else if (binding instanceof FillColorBinding color) {
            checkFillColor(color, variable);
        } else if (binding instanceof VisibilityBinding visibility) {
            compareValue(binding, variable, visibility.getValue());
        } else if (binding instanceof BlinkBinding blink) {
            compareValue(binding, variable, blink.getValue());
            if (blink.getIntervalMs() < 100) {
                problems.error(binding, "blink interval " + blink.getIntervalMs() + " ms is too fast; at least 100 ms");
            }
        }
    }

    private void compareValue(DynamicBinding binding, Variable variable, String value) {
        if (ValueSyntax.parse(variable.getDataType(), value) == null) {
            problems.error(binding, "compares '" + variable.getName() + "' with '" + value + "', which is not "
                    + ValueSyntax.expected(variable.getDataType()));
        }
    }

    private void checkFillColor(FillColorBinding binding, Variable variable) {
        if (variable.getDataType() == DataType.STRING) {
            problems.error(binding, "cannot colour by the STRING variable '" + variable.getName() + "'");
            return;
        }
        if (binding.getMode() == ColorMode.LIMIT_STATE) {
            if (!limitedVariables().contains(variable)) {
                problems.error(binding, "colours by limit state, but '" + variable.getName() + "' has no limit alarm");
            }
            return;
        }
        if (binding.getRanges().isEmpty()) {
            problems.error(binding, "has no colour ranges");
        }
        for (ColorRange range : binding.getRanges()) {
            if (range.getFrom() > range.getTo()) {
                problems.error(range, "range from " + range.getFrom() + " is above to " + range.getTo());
            }
            if (range.getColor() == null) {
                problems.error(range, "has no colour");
            }
        }
    }

    private Set<Variable> limitedVariables() {
        if (withLimits == null) {
            withLimits = new HashSet<>();
            problems.project().getAlarms().stream().filter(LimitAlarm.class::isInstance).forEach(a -> withLimits.add(a.getVariable()));
        }
        return withLimits;
    }
}
