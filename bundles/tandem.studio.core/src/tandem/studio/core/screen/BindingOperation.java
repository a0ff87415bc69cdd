package tandem.studio.core.screen;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;

import tandem.model.BarGraph;
import tandem.model.Button;
import tandem.model.ColorMode;
import tandem.model.ColorRange;
import tandem.model.DataType;
import tandem.model.DynamicBinding;
import tandem.model.FillColorBinding;
import tandem.model.NumericDisplay;
import tandem.model.ScreenElement;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Trend;
import tandem.model.Variable;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.op.SetFeatureOperation;

/**
 * The bindings editor's edits of a screen element's dynamic bindings, each one undo step named after the binding
 * kind as the engineer reads it ("Add fill colour binding to tank1"): add a binding of any kind with defaults that
 * draw something, remove it, add and remove colour ranges, and set a binding's variable or attribute. A new
 * binding starts on the variable the element already shows, so the engineer rarely has to choose it twice.
 */
public final class BindingOperation {

	/** Every kind of dynamic binding the metamodel has, in the order the bindings editor shows them. */
	public static final List<EClass> KINDS = List.of(Literals.FILL_COLOR_BINDING, Literals.FILL_LEVEL_BINDING, Literals.VISIBILITY_BINDING,
			Literals.TEXT_BINDING, Literals.BLINK_BINDING);

	private static final String OFF_COLOUR = "#808080";
	private static final String ON_COLOUR = "#00B050";

	private final ProjectSession session;

	public BindingOperation(ProjectSession session) {
		this.session = session;
	}

	/** "fill colour", "fill level", "visibility", "text", "blink": a binding kind in the Edit menu's words. */
	public static String kindLabel(EClass kind) {
		return switch (kind.getName()) {
		case "FillColorBinding" -> "fill colour";
		case "FillLevelBinding" -> "fill level";
		case "VisibilityBinding" -> "visibility";
		case "TextBinding" -> "text";
		case "BlinkBinding" -> "blink";
		default -> throw new IllegalArgumentException(kind.getName() + " is not a kind of dynamic binding");
		};
	}

	/**
	 * The variable an element shows: a display's or bar graph's variable, a button's target, a trend's first pen,
	 * else the variable of its first binding; null when it shows none.
	 */
	public static Variable valueVariable(ScreenElement element) {
		if (element instanceof NumericDisplay d) {
			return d.getVariable();
		}
		if (element instanceof BarGraph b) {
			return b.getVariable();
		}
		if (element instanceof Button b) {
			return b.getTargetVariable();
		}
		if (element instanceof Trend t && !t.getVariables().isEmpty()) {
			return t.getVariables().get(0);
		}
		return element.getBindings().stream().map(DynamicBinding::getVariable).filter(v -> v != null).findFirst().orElse(null);
	}

	/** Adds a binding of kind to element, on the variable it already shows, with defaults that draw something. */
	public DynamicBinding add(ScreenElement element, EClass kind) {
		DynamicBinding binding = create(kind, valueVariable(element));
		session.execute("Add " + kindLabel(kind) + " binding to " + element.getName(),
				AddCommand.create(session.editingDomain(), element, Literals.SCREEN_ELEMENT__BINDINGS, binding));
		return binding;
	}

	/** A new binding of kind on variable (null: none yet), not yet part of any element. */
	static DynamicBinding create(EClass kind, Variable variable) {
		kindLabel(kind);
		DynamicBinding binding = (DynamicBinding) EcoreUtil.create(kind);
		binding.setVariable(variable);
		if (binding instanceof FillColorBinding color) {
			color.setMode(ColorMode.VALUE_RANGES);
			color.setDefaultColor(OFF_COLOUR);
			if (variable == null || variable.getDataType() == DataType.BOOL) {
				color.getRanges().add(range(0, 0, OFF_COLOUR));
				color.getRanges().add(range(1, 1, ON_COLOUR));
			} else {
				double min = variable.getRangeMin() == null ? 0 : variable.getRangeMin();
				double max = variable.getRangeMax() == null ? 100 : variable.getRangeMax();
				color.getRanges().add(range(min, max, ON_COLOUR));
			}
		}
		return binding;
	}

	static ColorRange range(double from, double to, String colour) {
		ColorRange range = TandemFactory.eINSTANCE.createColorRange();
		range.setFrom(from);
		range.setTo(to);
		range.setColor(colour);
		return range;
	}

	/** Removes binding from its element. */
	public void remove(DynamicBinding binding) {
		ScreenElement element = (ScreenElement) binding.eContainer();
		session.execute("Remove " + kindLabel(binding.eClass()) + " binding of " + element.getName(),
				RemoveCommand.create(session.editingDomain(), element, Literals.SCREEN_ELEMENT__BINDINGS, binding));
	}

	/** Adds a colour range after the last one (as wide as it, starting where it ends). */
	public ColorRange addRange(FillColorBinding binding) {
		List<ColorRange> ranges = binding.getRanges();
		ColorRange last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
		double from = last == null ? 0 : last.getTo();
		double width = last == null ? 1 : Math.max(1, last.getTo() - last.getFrom());
		ColorRange range = range(from, from + width, "#FFC000");
		session.execute("Add colour range to " + owner(binding).getName(),
				AddCommand.create(session.editingDomain(), binding, Literals.FILL_COLOR_BINDING__RANGES, range));
		return range;
	}

	public void removeRange(ColorRange range) {
		FillColorBinding binding = (FillColorBinding) range.eContainer();
		session.execute("Remove colour range of " + owner(binding).getName(),
				RemoveCommand.create(session.editingDomain(), binding, Literals.FILL_COLOR_BINDING__RANGES, range));
	}

	/** Points binding at variable (null: none). */
	public boolean setVariable(DynamicBinding binding, Variable variable) {
		return new SetFeatureOperation(session, binding, Literals.DYNAMIC_BINDING__VARIABLE, variable).execute();
	}

	/** Sets one attribute of a binding or of one of its colour ranges. */
	public boolean set(EObject bindingOrRange, EAttribute attribute, Object value) {
		return new SetFeatureOperation(session, bindingOrRange, attribute, value).execute();
	}

	private static ScreenElement owner(EObject inside) {
		EObject e = inside;
		while (e != null && !(e instanceof ScreenElement)) {
			e = e.eContainer();
		}
		return (ScreenElement) e;
	}
}
