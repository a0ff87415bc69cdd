package tandem.studio.core.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.model.Project;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.studio.core.refs.ParameterNames;

/**
 * Variable names written out in full inside a symbol's elements (a pump symbol that always shows
 * {@code Plant.EmergencyStop}): text, not a reference and not built from a parameter, so neither EMF nor
 * {@link ParameterFollowing} sees them. A rename of the variable changes that text in the same undo step; every
 * instance of the symbol then shows the new name, as it showed the old one.
 */
final class FixedSymbolNames {

	private FixedSymbolNames() {
	}

	/** The commands that rename, in every symbol definition, the names {@code renames} maps (old to new). */
	@SuppressWarnings("unchecked")
	static List<Command> follow(EditingDomain domain, Project project, Map<String, String> renames) {
		List<Command> commands = new ArrayList<>();
		for (SymbolDefinition symbol : project.getSymbols()) {
			for (ScreenElement element : symbol.getElements()) {
				List<EObject> all = new ArrayList<>(List.of(element));
				element.eAllContents().forEachRemaining(all::add);
				for (EObject o : all) {
					for (Map.Entry<EAttribute, EReference> named : ParameterNames.namingAttributes().entrySet()) {
						EAttribute text = named.getKey();
						if (!text.getEContainingClass().isSuperTypeOf(o.eClass()) || !o.eIsSet(text)) {
							continue;
						}
						if (text.isMany()) {
							List<String> names = (List<String>) o.eGet(text);
							if (names.stream().anyMatch(renames::containsKey)) {
								commands.add(SetCommand.create(domain, o, text,
										names.stream().map(n -> renames.getOrDefault(n, n)).toList()));
							}
						} else if (o.eGet(named.getValue()) == null && renames.containsKey(o.eGet(text))) {
							commands.add(SetCommand.create(domain, o, text, renames.get(o.eGet(text))));
						}
					}
				}
			}
		}
		return commands;
	}
}
