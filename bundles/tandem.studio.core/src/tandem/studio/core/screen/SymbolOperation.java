package tandem.studio.core.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;

import tandem.model.ParameterValue;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.symbol.SymbolExtraction;
import tandem.studio.core.ProjectSession;

/**
 * The screen editor's symbol gestures, each one undo step: save a selection as a symbol of the project's library
 * (the selection is replaced by an instance of it that shows the same), and place an instance of a symbol.
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
