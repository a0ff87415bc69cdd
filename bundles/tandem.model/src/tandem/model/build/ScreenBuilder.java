package tandem.model.build;

import java.util.Arrays;

import tandem.model.AlarmList;
import tandem.model.BarGraph;
import tandem.model.BlinkBinding;
import tandem.model.Button;
import tandem.model.ButtonAction;
import tandem.model.CelList;
import tandem.model.ColorMode;
import tandem.model.ColorRange;
import tandem.model.ComparisonOperator;
import tandem.model.DynamicBinding;
import tandem.model.Ellipse;
import tandem.model.FillColorBinding;
import tandem.model.FillLevelBinding;
import tandem.model.Group;
import tandem.model.Image;
import tandem.model.Line;
import tandem.model.NumericDisplay;
import tandem.model.Polyline;
import tandem.model.Rectangle;
import tandem.model.ParameterValue;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.TandemFactory;
import tandem.model.Text;
import tandem.model.TextBinding;
import tandem.model.Trend;
import tandem.model.Variable;
import tandem.model.VisibilityBinding;

/** Adds elements and dynamic bindings to one screen (or group), each call returning the new element. */
public final class ScreenBuilder {

    private static final TandemFactory F = TandemFactory.eINSTANCE;
    private final java.util.List<ScreenElement> target;

    public ScreenBuilder(Screen screen) {
        this.target = screen.getElements();
    }

    public ScreenBuilder(Group group) {
        this.target = group.getChildren();
    }

    /** Adds to a symbol's elements; their variables are usually named with placeholders, see {@link #named}. */
    public ScreenBuilder(SymbolDefinition symbol) {
        this.target = symbol.getElements();
    }

    private <T extends ScreenElement> T add(T element, String name, int x, int y, int width, int height) {
        element.setName(name);
        element.setX(x);
        element.setY(y);
        element.setWidth(width);
        element.setHeight(height);
        target.add(element);
        return element;
    }

    public Rectangle rectangle(String name, int x, int y, int width, int height, String foreground, String background) {
        Rectangle rectangle = add(F.createRectangle(), name, x, y, width, height);
        rectangle.setForeground(foreground);
        rectangle.setBackground(background);
        return rectangle;
    }

    public Ellipse ellipse(String name, int x, int y, int width, int height, String foreground, String background) {
        Ellipse ellipse = add(F.createEllipse(), name, x, y, width, height);
        ellipse.setForeground(foreground);
        ellipse.setBackground(background);
        return ellipse;
    }

    /** A line from (x1, y1) to (x2, y2). */
    public Line line(String name, int x1, int y1, int x2, int y2, String color, int lineWidth) {
        Line line = add(F.createLine(), name, x1, y1, x2 - x1, y2 - y1);
        line.setForeground(color);
        line.setLineWidth(lineWidth);
        return line;
    }

    public Polyline polyline(String name, int x, int y, int width, int height, String points, String color) {
        Polyline polyline = add(F.createPolyline(), name, x, y, width, height);
        polyline.setPoints(points);
        polyline.setForeground(color);
        return polyline;
    }

    public Text text(String name, int x, int y, int width, int height, String text, String font) {
        Text element = add(F.createText(), name, x, y, width, height);
        element.setText(text);
        element.setFont(font);
        return element;
    }

    public NumericDisplay numeric(String name, int x, int y, int width, int height, Variable variable, String format) {
        NumericDisplay display = add(F.createNumericDisplay(), name, x, y, width, height);
        display.setVariable(variable);
        display.setFormat(format);
        display.setBackground("#FFFFFF");
        return display;
    }

    public BarGraph barGraph(String name, int x, int y, int width, int height, Variable variable) {
        BarGraph bar = add(F.createBarGraph(), name, x, y, width, height);
        bar.setVariable(variable);
        return bar;
    }

    public Button writeButton(String name, int x, int y, int width, int height, String text, Variable variable, String value) {
        Button button = button(name, x, y, width, height, text, ButtonAction.WRITE_VALUE);
        button.setTargetVariable(variable);
        button.setValue(value);
        return button;
    }

    public Button screenButton(String name, int x, int y, int width, int height, String text, Screen screen) {
        Button button = button(name, x, y, width, height, text, ButtonAction.SWITCH_SCREEN);
        button.setTargetScreen(screen);
        return button;
    }

    public Button button(String name, int x, int y, int width, int height, String text, ButtonAction action) {
        Button button = add(F.createButton(), name, x, y, width, height);
        button.setText(text);
        button.setAction(action);
        button.setBackground("#E0E0E0");
        return button;
    }

    public Trend trend(String name, int x, int y, int width, int height, int timeSpanS, Variable... variables) {
        Trend trend = add(F.createTrend(), name, x, y, width, height);
        trend.setTimeSpanS(timeSpanS);
        trend.getVariables().addAll(Arrays.asList(variables));
        trend.setBackground("#FFFFFF");
        return trend;
    }

    public AlarmList alarmList(String name, int x, int y, int width, int height) {
        AlarmList list = add(F.createAlarmList(), name, x, y, width, height);
        list.setBackground("#FFFFFF");
        return list;
    }

    public CelList celList(String name, int x, int y, int width, int height) {
        CelList list = add(F.createCelList(), name, x, y, width, height);
        list.setBackground("#FFFFFF");
        return list;
    }

    public Image image(String name, int x, int y, int width, int height, String symbol) {
        Image image = add(F.createImage(), name, x, y, width, height);
        image.setSymbol(symbol);
        return image;
    }

    public Group group(String name, int x, int y, int width, int height) {
        return add(F.createGroup(), name, x, y, width, height);
    }

    /** An instance of symbol with parameter values given as parameter, value pairs. */
    public SymbolInstance instance(String name, int x, int y, int width, int height, SymbolDefinition symbol, String... parameterAndValue) {
        SymbolInstance instance = add(F.createSymbolInstance(), name, x, y, width, height);
        instance.setSymbol(symbol);
        for (int i = 0; i + 1 < parameterAndValue.length; i += 2) {
            ParameterValue value = F.createParameterValue();
            value.setParameter(parameterAndValue[i]);
            value.setValue(parameterAndValue[i + 1]);
            instance.getParameterValues().add(value);
        }
        return instance;
    }

    /**
     * Names the variable of a binding or element inside a symbol instead of referring to it, e.g.
     * {@code named(fillColor(body, null, ...), "$UNIT.Running")}; returns what it was given.
     */
    public static <T extends org.eclipse.emf.ecore.EObject> T named(T bindingOrElement, String variableName) {
        if (bindingOrElement instanceof DynamicBinding b) {
            b.setVariableName(variableName);
        } else if (bindingOrElement instanceof NumericDisplay n) {
            n.setVariableName(variableName);
        } else if (bindingOrElement instanceof BarGraph g) {
            g.setVariableName(variableName);
        } else if (bindingOrElement instanceof Button b) {
            b.setTargetVariableName(variableName);
        } else if (bindingOrElement instanceof Trend t) {
            t.getVariableNames().add(variableName);
        } else {
            throw new IllegalArgumentException(bindingOrElement.eClass().getName() + " names no variable");
        }
        return bindingOrElement;
    }

    // ---- dynamic bindings ----

    public static FillLevelBinding fillLevel(ScreenElement element, Variable variable, String fillColor) {
        FillLevelBinding binding = F.createFillLevelBinding();
        binding.setVariable(variable);
        binding.setFillColor(fillColor);
        element.getBindings().add(binding);
        return binding;
    }

    /** Fill colour by ranges given as from, to, colour triples, e.g. (0, 0, "#808080", 1, 1, "#00C000"). */
    public static FillColorBinding fillColor(ScreenElement element, Variable variable, Object... fromToColor) {
        FillColorBinding binding = F.createFillColorBinding();
        binding.setVariable(variable);
        binding.setMode(ColorMode.VALUE_RANGES);
        for (int i = 0; i + 2 < fromToColor.length; i += 3) {
            ColorRange range = F.createColorRange();
            range.setFrom(((Number) fromToColor[i]).doubleValue());
            range.setTo(((Number) fromToColor[i + 1]).doubleValue());
            range.setColor((String) fromToColor[i + 2]);
            binding.getRanges().add(range);
        }
        element.getBindings().add(binding);
        return binding;
    }

    public static FillColorBinding limitStateColor(ScreenElement element, Variable variable, String defaultColor) {
        FillColorBinding binding = F.createFillColorBinding();
        binding.setVariable(variable);
        binding.setMode(ColorMode.LIMIT_STATE);
        binding.setDefaultColor(defaultColor);
        element.getBindings().add(binding);
        return binding;
    }

    public static VisibilityBinding visibleWhen(ScreenElement element, Variable variable, ComparisonOperator operator, String value) {
        VisibilityBinding binding = F.createVisibilityBinding();
        binding.setVariable(variable);
        binding.setOperator(operator);
        binding.setValue(value);
        element.getBindings().add(binding);
        return binding;
    }

    public static TextBinding textFrom(ScreenElement element, Variable variable, String trueText, String falseText) {
        TextBinding binding = F.createTextBinding();
        binding.setVariable(variable);
        binding.setTrueText(trueText);
        binding.setFalseText(falseText);
        element.getBindings().add(binding);
        return binding;
    }

    public static BlinkBinding blinkWhen(ScreenElement element, Variable variable, ComparisonOperator operator, String value) {
        BlinkBinding binding = F.createBlinkBinding();
        binding.setVariable(variable);
        binding.setOperator(operator);
        binding.setValue(value);
        element.getBindings().add(binding);
        return binding;
    }
}
