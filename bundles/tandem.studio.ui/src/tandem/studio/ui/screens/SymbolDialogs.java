package tandem.studio.ui.screens;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolParameter;
import tandem.studio.core.screen.SymbolOperation;

/** What the screen editor asks before a symbol gesture: the values of a new instance, a new symbol's name and parameters. */
final class SymbolDialogs {

	/** A symbol's name and its parameters (each → the text it stands for in the selection). */
	record NewSymbol(String name, Map<String, String> parameters) {
	}

	private SymbolDialogs() {
	}

	/**
	 * The parameter values of a new instance: a parameter with a default takes it, one without is asked for (its
	 * name in the symbol's texts and variable names, e.g. {@code $UNIT} → {@code Intake.Pump3}); null when cancelled.
	 */
	static Map<String, String> askParameters(Shell shell, SymbolDefinition symbol) {
		Map<String, String> values = new LinkedHashMap<>();
		for (SymbolParameter p : symbol.getParameters()) {
			if (p.getDefaultValue() != null && !p.getDefaultValue().isEmpty()) {
				values.put(p.getName(), p.getDefaultValue());
				continue;
			}
			InputDialog ask = new InputDialog(shell, "Place " + symbol.getName(), "Value of $" + p.getName() + " for the new instance of "
					+ symbol.getName() + ":", "", text -> text == null || text.isBlank() ? "a value is needed" : null);
			if (ask.open() != Window.OK) {
				return null;
			}
			values.put(p.getName(), ask.getValue().strip());
		}
		return values;
	}

	/**
	 * Save as Symbol…: asks the symbol's name and parameters, proposing the selection's common variable-name prefix
	 * as $UNIT; null when cancelled.
	 */
	static NewSymbol askNewSymbol(Shell shell, List<SymbolDefinition> library, List<ScreenElement> chosen) {
		Set<String> taken = new HashSet<>();
		library.forEach(s -> taken.add(s.getName()));
		SaveAsSymbolDialog dialog = new SaveAsSymbolDialog(shell, chosen.size(), taken,
				new LinkedHashMap<>(SymbolOperation.proposedParameters(chosen)));
		return dialog.open() == Window.OK ? new NewSymbol(dialog.chosenName(), dialog.chosenParameters()) : null;
	}
}
