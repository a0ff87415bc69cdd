package tandem.studio.core.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.ParameterValue;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.SymbolParameter;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.model.symbol.SymbolExtraction;
import tandem.studio.core.ProjectSession;

/**
 * The screen editor's symbol gestures, each one undo step: save a selection as a symbol of the project's library
 * (the selection is replaced by an instance of it that shows the same), place an instance of a symbol, set an
 * instance's parameter value, turn or mirror an instance.
 */
public final class SymbolOperation {

	private final ProjectSession session;
	private final Screen screen;

	public SymbolOperation(ProjectSession session, Screen screen) {
		this.session = session;
		this.screen = screen;
	}

	/**
	 * Makes symbol name of the selected elements of the screen; parameters maps each parameter to the text it
	 * stands for in the selection (UNIT to "Intake.Pump1"), and the instance that replaces the selection gives
	 * it that text as value.
	 *
	 * @throws IllegalArgumentException naming what is wrong (no name, a name taken, nothing selected, an element
	 *                                  that is not directly on the screen); the project is then unchanged
	 */
	public SymbolInstance saveAsSymbol(String name, List<ScreenElement> selection, Map<String, String> parameters) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a symbol needs a name");
		}
		if (session.project().getSymbols().stream().anyMatch(s -> name.equals(s.getName()))) {
			throw new IllegalArgumentException("the project already has a symbol named '" + name + "'");
		}
		List<ScreenElement> elements = screen.getElements();
		for (ScreenElement e : selection) {
			if (!elements.contains(e)) {
				throw new IllegalArgumentException("element '" + e.getName() + "' is not directly on screen '" + screen.getName() + "'");
			}
		}
		List<ScreenElement> ordered = new ArrayList<>(selection);
		ordered.sort(Comparator.comparingInt(elements::indexOf));
		SymbolDefinition symbol = SymbolExtraction.extract(name, ordered, parameters);
		Box around = Box.around(ordered.stream().map(Box::of).toList());
		SymbolInstance instance = instance(symbol, around.x(), around.y(), parameters);
		int index = elements.indexOf(ordered.get(ordered.size() - 1)) - (ordered.size() - 1);
		List<Command> commands = new ArrayList<>();
		commands.add(AddCommand.create(session.editingDomain(), session.project(), Literals.PROJECT__SYMBOLS, symbol));
		commands.add(RemoveCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, ordered));
		commands.add(AddCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, instance, index));
		session.execute(ScreenEditOperation.label("Save", ordered) + " as symbol " + name, commands);
		return instance;
	}

	/** Places an instance of symbol at (x, y) in the symbol's size, with a free name and the given values. */
	public SymbolInstance place(SymbolDefinition symbol, int x, int y, Map<String, String> values) {
		SymbolInstance instance = instance(symbol, x, y, values);
		session.execute("Place " + instance.getName(), AddCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, instance));
		return instance;
	}

	/**
	 * The parameters the Save as Symbol dialog proposes for a selection: UNIT for the longest dot-separated prefix
	 * the names of all the variables the selection is bound to share ("Intake.Pump1" for Intake.Pump1.Running and
	 * Intake.Pump1.Speed); none when they share no prefix or the selection is bound to nothing.
	 */
	public static Map<String, String> proposedParameters(List<ScreenElement> selection) {
		List<String[]> names = new ArrayList<>();
		for (ScreenElement e : selection) {
			List<org.eclipse.emf.ecore.EObject> all = new ArrayList<>(List.of(e));
			e.eAllContents().forEachRemaining(all::add);
			for (org.eclipse.emf.ecore.EObject o : all) {
				for (org.eclipse.emf.ecore.EObject target : o.eCrossReferences()) {
					if (target instanceof Variable v && v.getName() != null) {
						names.add(v.getName().split("\\."));
					}
				}
			}
		}
		if (names.isEmpty()) {
			return Map.of();
		}
		int common = names.stream().mapToInt(n -> n.length - 1).min().orElse(0);
		String[] first = names.get(0);
		for (String[] n : names) {
			int i = 0;
			while (i < common && n[i].equals(first[i])) {
				i++;
			}
			common = i;
		}
		return common == 0 ? Map.of() : Map.of("UNIT", String.join(".", java.util.Arrays.copyOf(first, common)));
	}

	/**
	 * Sets the value of instance's parameter (its symbol's, named without the $), one undo step; the instance
	 * then shows the symbol with the new value. A blank value of a parameter with a default removes the value, so
	 * the default applies.
	 *
	 * @throws IllegalArgumentException when the symbol has no such parameter, or a parameter without default is
	 *                                  left blank; nothing changes then
	 */
	public static void setParameterValue(ProjectSession session, SymbolInstance instance, String parameter, String value) {
		SymbolDefinition symbol = instance.getSymbol();
		SymbolParameter declared = symbol == null ? null
				: symbol.getParameters().stream().filter(p -> parameter.equals(p.getName())).findFirst().orElse(null);
		if (declared == null) {
			throw new IllegalArgumentException("symbol " + (symbol == null ? "(none)" : symbol.getName()) + " of " + instance.getName()
					+ " has no parameter $" + parameter);
		}
		String text = value == null ? "" : value.strip();
		boolean hasDefault = declared.getDefaultValue() != null && !declared.getDefaultValue().isEmpty();
		if (text.isEmpty() && !hasDefault) {
			throw new IllegalArgumentException("$" + parameter + " of " + instance.getName() + " needs a value (it has no default)");
		}
		ParameterValue existing = instance.getParameterValues().stream().filter(v -> parameter.equals(v.getParameter())).findFirst()
				.orElse(null);
		String label = "Set $" + parameter + " of " + instance.getName();
		if (text.isEmpty()) {
			if (existing != null) {
				session.execute(label + " to its default", RemoveCommand.create(session.editingDomain(), existing));
			}
		} else if (existing != null) {
			if (!text.equals(existing.getValue())) {
				session.execute(label, SetCommand.create(session.editingDomain(), existing, Literals.PARAMETER_VALUE__VALUE, text));
			}
		} else {
			ParameterValue v = TandemFactory.eINSTANCE.createParameterValue();
			v.setParameter(parameter);
			v.setValue(text);
			session.execute(label, AddCommand.create(session.editingDomain(), instance, Literals.SYMBOL_INSTANCE__PARAMETER_VALUES, v));
		}
	}

	/**
	 * Turns instance to rotation degrees clockwise and mirrors it (or not), one undo step. A quarter turn swaps the
	 * box's width and height about its centre, so the symbol keeps its proportions instead of being squeezed.
	 *
	 * @throws IllegalArgumentException when rotation is not 0, 90, 180 or 270; nothing changes then
	 */
	public static void turn(ProjectSession session, SymbolInstance instance, int rotation, boolean mirrored) {
		checkRotation(rotation, instance);
		List<Command> commands = turnCommands(session, instance, rotation, mirrored);
		if (commands.isEmpty()) {
			return;
		}
		String label = rotation == instance.getRotation() ? (mirrored ? "Mirror " : "Unmirror ") + instance.getName()
				: "Rotate " + instance.getName() + " to " + rotation + "°" + (mirrored == instance.isMirrored() ? "" : mirrored ? ", mirrored" : ", unmirrored");
		session.execute(label, commands);
	}

	/** Turns every instance to rotation degrees, each about its own centre, as one undo step ("Rotate 3 elements to 90°"). */
	public static void turn(ProjectSession session, List<SymbolInstance> instances, int rotation) {
		List<Command> commands = new ArrayList<>();
		for (SymbolInstance instance : instances) {
			checkRotation(rotation, instance);
			commands.addAll(turnCommands(session, instance, rotation, instance.isMirrored()));
		}
		if (!commands.isEmpty()) {
			session.execute(ScreenEditOperation.label("Rotate", instances) + " to " + rotation + "°", commands);
		}
	}

	private static void checkRotation(int rotation, SymbolInstance instance) {
		if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
			throw new IllegalArgumentException("rotation " + rotation + "° of " + instance.getName() + " must be 0, 90, 180 or 270");
		}
	}

	private static List<Command> turnCommands(ProjectSession session, SymbolInstance instance, int rotation, boolean mirrored) {
		List<Command> commands = new ArrayList<>();
		var domain = session.editingDomain();
		if (rotation != instance.getRotation()) {
			commands.add(SetCommand.create(domain, instance, Literals.SYMBOL_INSTANCE__ROTATION, rotation));
		}
		if (mirrored != instance.isMirrored()) {
			commands.add(SetCommand.create(domain, instance, Literals.SYMBOL_INSTANCE__MIRRORED, mirrored));
		}
		if ((rotation / 90) % 2 != (Math.floorMod(instance.getRotation(), 360) / 90) % 2) {
			int w = instance.getWidth();
			int h = instance.getHeight();
			commands.add(SetCommand.create(domain, instance, Literals.SCREEN_ELEMENT__X, instance.getX() + (w - h) / 2));
			commands.add(SetCommand.create(domain, instance, Literals.SCREEN_ELEMENT__Y, instance.getY() + (h - w) / 2));
			commands.add(SetCommand.create(domain, instance, Literals.SCREEN_ELEMENT__WIDTH, h));
			commands.add(SetCommand.create(domain, instance, Literals.SCREEN_ELEMENT__HEIGHT, w));
		}
		return commands;
	}

	private SymbolInstance instance(SymbolDefinition symbol, int x, int y, Map<String, String> values) {
		SymbolInstance instance = TandemFactory.eINSTANCE.createSymbolInstance();
		instance.setName(new ElementNames(screen).forKind(symbol.getName()));
		instance.setSymbol(symbol);
		instance.setX(x);
		instance.setY(y);
		instance.setWidth(symbol.getWidth());
		instance.setHeight(symbol.getHeight());
		values.forEach((parameter, value) -> {
			ParameterValue v = TandemFactory.eINSTANCE.createParameterValue();
			v.setParameter(parameter);
			v.setValue(value);
			instance.getParameterValues().add(v);
		});
		return instance;
	}
}
