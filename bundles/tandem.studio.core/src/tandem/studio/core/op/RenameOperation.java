package tandem.studio.core.op;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.EObject;

import tandem.model.NamedElement;
import tandem.model.TandemPackage;
import tandem.studio.core.ProjectSession;

/**
 * Renames an element as one undo step. References in a project are references to the element, not to its name,
 * so every use (screens, alarms, archives, recipes) follows; the operation refuses an empty name and a name a
 * sibling of the same kind already has, since the runtime finds variables, screens and users by name.
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

	public void execute() {
		String what = element.eClass().getName() + " '" + element.getName() + "'";
		if (newName.isEmpty()) {
			throw new IllegalArgumentException("cannot rename " + what + ": the new name is empty");
		}
		if (newName.equals(element.getName())) {
			return;
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
		Command set = SetCommand.create(session.editingDomain(), element, TandemPackage.Literals.NAMED_ELEMENT__NAME, newName);
		session.execute("Rename " + what + " to '" + newName + "'", set);
	}
}
