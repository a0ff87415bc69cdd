package tandem.studio.core.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.BarGraph;
import tandem.model.Button;
import tandem.model.DataType;
import tandem.model.DynamicBinding;
import tandem.model.Ellipse;
import tandem.model.Image;
import tandem.model.NumericDisplay;
import tandem.model.Polyline;
import tandem.model.Rectangle;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Text;
import tandem.model.TextBinding;
import tandem.model.Trend;
import tandem.model.Variable;
import tandem.studio.core.ProjectSession;

/**
 * A variable dragged from the Project Explorer onto a screen. On empty canvas the editor offers the elements that
 * fit the variable's data type ({@link #offers}) and {@link #place}s the chosen one at the drop point with its
 * bindings filled in: value, unit, range. Onto an element it {@link #bind}s that element's value. Either is one
 * undo step.
 */
public final class VariableDrop {

	/** An element the editor offers for a dropped variable, as the popup menu names it. */
	public enum Offer {
		NUMERIC_DISPLAY("Numeric display"), BAR_GRAPH("Bar graph"), STATE_INDICATOR("State indicator"), STATE_TEXT("State text"),
		TEXT("Text"), TREND("Trend");

		private final String label;

		Offer(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private final ProjectSession session;
	private final Screen screen;

	public VariableDrop(ProjectSession session, Screen screen) {
		this.session = session;
		this.screen = screen;
	}

	/**
	 * What fits a variable: numbers a display, a bar graph (only with a range to scale it) and a trend; booleans a
	 * state indicator, a state text and a trend; strings a text.
	 */
	public static List<Offer> offers(Variable variable) {
		DataType type = variable.getDataType() == null ? DataType.FLOAT : variable.getDataType();
		return switch (type) {
		case INT, FLOAT -> variable.getRangeMin() != null && variable.getRangeMax() != null
				? List.of(Offer.NUMERIC_DISPLAY, Offer.BAR_GRAPH, Offer.TREND)
				: List.of(Offer.NUMERIC_DISPLAY, Offer.TREND);
		case BOOL -> List.of(Offer.STATE_INDICATOR, Offer.STATE_TEXT, Offer.TREND);
		case STRING -> List.of(Offer.TEXT);
		};
	}

	/** Places the element offer names for variable with its top left corner at (x, y), selected name free; returns it. */
	public ScreenElement place(Variable variable, Offer offer, int x, int y) {
		if (!offers(variable).contains(offer)) {
			throw new IllegalArgumentException("a " + offer.label().toLowerCase() + " cannot show the " + variable.getDataType()
					+ " variable '" + variable.getName() + "'");
		}
		ScreenElement element = element(variable, offer);
		ElementDefaults.apply(element, new Box(x, y, 0, 0));
		if (offer == Offer.STATE_INDICATOR) {
			element.setWidth(24);
			element.setHeight(24);
		}
		element.setName(variable.getName().replaceAll("[^A-Za-z0-9_]", "_"));
		new ElementNames(screen).makeUnique(element);
		session.execute("Add " + element.getName() + " showing " + variable.getName(),
				AddCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, element));
		return element;
	}

	private static ScreenElement element(Variable variable, Offer offer) {
		TandemFactory f = TandemFactory.eINSTANCE;
		switch (offer) {
		case NUMERIC_DISPLAY -> {
			NumericDisplay d = f.createNumericDisplay();
			d.setVariable(variable);
			d.setFormat(variable.getDataType() == DataType.INT ? "%d" : "%.1f");
			d.setShowUnit(variable.getUnit() != null && !variable.getUnit().isBlank());
			return d;
		}
		case BAR_GRAPH -> {
			BarGraph b = f.createBarGraph();
			b.setVariable(variable);
			b.setShowScale(true);
			return b;
		}
		case TREND -> {
			Trend t = f.createTrend();
			t.getVariables().add(variable);
			return t;
		}
		case STATE_INDICATOR -> {
			Ellipse e = f.createEllipse();
			e.getBindings().add(BindingOperation.create(Literals.FILL_COLOR_BINDING, variable));
			return e;
		}
		default -> {
			Text t = f.createText();
			t.setText(variable.getName());
			TextBinding binding = (TextBinding) BindingOperation.create(Literals.TEXT_BINDING, variable);
			if (offer == Offer.STATE_TEXT) {
				binding.setTrueText("ON");
				binding.setFalseText("OFF");
			}
			t.getBindings().add(binding);
			return t;
		}
		}
	}

	/**
	 * Binds target's value to variable: a display's, bar graph's or button's variable, a new pen of a trend, the
	 * variable of its bindings; a shape or text without bindings gets the binding that shows the value (state
	 * colour for booleans, fill level for numbers, text for a text).
	 */
	public void bind(ScreenElement target, Variable variable) {
		List<Command> commands = new ArrayList<>();
		var domain = session.editingDomain();
		if (target instanceof NumericDisplay) {
			commands.add(SetCommand.create(domain, target, Literals.NUMERIC_DISPLAY__VARIABLE, variable));
		} else if (target instanceof BarGraph) {
			commands.add(SetCommand.create(domain, target, Literals.BAR_GRAPH__VARIABLE, variable));
		} else if (target instanceof Button) {
			commands.add(SetCommand.create(domain, target, Literals.BUTTON__TARGET_VARIABLE, variable));
		} else if (target instanceof Trend t) {
			if (t.getVariables().contains(variable)) {
				return;
			}
			commands.add(AddCommand.create(domain, target, Literals.TREND__VARIABLES, variable));
		} else if (!target.getBindings().isEmpty()) {
			for (DynamicBinding binding : target.getBindings()) {
				commands.add(SetCommand.create(domain, binding, Literals.DYNAMIC_BINDING__VARIABLE, variable));
			}
		} else {
			commands.add(AddCommand.create(domain, target, Literals.SCREEN_ELEMENT__BINDINGS, BindingOperation.create(bindingFor(target, variable), variable)));
		}
		session.execute("Bind " + target.getName() + " to " + variable.getName(), commands);
	}

	private static EClass bindingFor(ScreenElement target, Variable variable) {
		boolean shape = target instanceof Rectangle || target instanceof Ellipse || target instanceof Polyline || target instanceof Image;
		if (target instanceof Text) {
			return Literals.TEXT_BINDING;
		}
		if (shape && variable.getDataType() == DataType.BOOL) {
			return Literals.FILL_COLOR_BINDING;
		}
		if (shape && variable.getDataType() != DataType.STRING) {
			return Literals.FILL_LEVEL_BINDING;
		}
		throw new IllegalArgumentException(target.eClass().getName() + " '" + target.getName() + "' cannot show the "
				+ variable.getDataType() + " variable '" + variable.getName() + "'");
	}
}
