package tandem.studio.core.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.EObject;

import tandem.model.NamedElement;
import tandem.model.TandemPackage;
import tandem.model.Variable;
import tandem.studio.core.ProjectSession;

/**
 * Renames an element as one undo step. References in a project are references to the element, not to its name,
 * so every use (screens, alarms, archives, recipes) follows; the operation refuses an empty name and a name a
 * sibling of the same kind already has, since the runtime finds variables, screens and users by name. Symbol
 * instances name their variables through parameter values instead ({@code $UNIT.Speed} with UNIT=Pump3); the
 * rename of a variable changes those values in the same undo step wherever {@link ParameterFollowing} finds one
 * right value, and names the instances it could not follow, which validation then reports. A name a symbol's
 * element writes out in full changes too ({@link FixedSymbolNames}).
 */
public final class RenameOperation {

	private final ProjectSession session;
	private final NamedElement element;
	private final String newName;

	public RenameOperation(ProjectSession session, NamedElement element, String newName) {
		this.session = session;
		this.element = element;
		this.newName = newName == null ? "" : newName.strip();
	}

	/**
	 * Renames the element.
	 *
	 * @return the symbol instances that still name the variable's old name (empty when every use followed)
	 * @throws IllegalArgumentException for an empty name or one a sibling has; nothing changes then
	 */
	public List<String> execute() {
		String what = element.eClass().getName() + " '" + element.getName() + "'";
		if (newName.isEmpty()) {
			throw new IllegalArgumentException("cannot rename " + what + ": the new name is empty");
		}
		if (newName.equals(element.getName())) {
			return List.of();
		}
		EObject container = element.eContainer();
		if (container != null && element.eContainmentFeature().isMany()) {
			for (Object sibling : (List<?>) container.eGet(element.eContainmentFeature())) {
				if (sibling != element && sibling instanceof NamedElement named && newName.equals(named.getName())) {
					throw new IllegalArgumentException("cannot rename " + what + " to '" + newName + "': another "
							+ element.eClass().getName() + " already has that name");
				}
			}
		}
		List<Command> commands = new ArrayList<>();
		commands.add(SetCommand.create(session.editingDomain(), element, TandemPackage.Literals.NAMED_ELEMENT__NAME, newName));
		List<String> unfollowed = List.of();
		if (element instanceof Variable && element.getName() != null) {
			ParameterFollowing.Result followed = new ParameterFollowing(session.editingDomain(), session.project(),
					Map.of(element.getName(), newName)).follow();
			commands.addAll(followed.commands());
			unfollowed = followed.unfollowed();
			commands.addAll(FixedSymbolNames.follow(session.editingDomain(), session.project(),
					Map.of(element.getName(), newName)));
		}
		session.execute("Rename " + what + " to '" + newName + "'", commands);
		return unfollowed;
	}
}
