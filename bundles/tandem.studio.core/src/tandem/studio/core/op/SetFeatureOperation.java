package tandem.studio.core.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.naming.ElementPath;
import tandem.studio.core.ProjectSession;

/**
 * Sets one feature of one or many elements to the same value (an in-place edit, a bulk change of a column, a
 * field of a form) as one undo step. Elements that already hold the value are left alone; when none changes,
 * nothing is put on the stack.
 */
public final class SetFeatureOperation {

	private final ProjectSession session;
	private final List<? extends EObject> owners;
	private final EStructuralFeature feature;
	private final Object value;

	public SetFeatureOperation(ProjectSession session, List<? extends EObject> owners, EStructuralFeature feature, Object value) {
		this.session = session;
		this.owners = List.copyOf(owners);
		this.feature = feature;
		this.value = value;
	}

	public SetFeatureOperation(ProjectSession session, EObject owner, EStructuralFeature feature, Object value) {
		this(session, List.of(owner), feature, value);
	}

	/** @return true when something changed */
	public boolean execute() {
		List<Command> commands = new ArrayList<>();
		for (EObject owner : owners) {
			if (!Objects.equals(owner.eGet(feature), value)) {
				commands.add(SetCommand.create(session.editingDomain(), owner, feature, value == null ? SetCommand.UNSET_VALUE : value));
			}
		}
		if (commands.isEmpty()) {
			return false;
		}
		String what = owners.size() == 1 ? ElementPath.label(owners.get(0)) : owners.size() + " elements";
		session.execute("Change " + feature.getName() + " of " + what, commands);
		return true;
	}
}
