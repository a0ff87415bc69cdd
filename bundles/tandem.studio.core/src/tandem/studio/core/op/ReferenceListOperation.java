package tandem.studio.core.op;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;

import tandem.model.naming.ElementPath;
import tandem.studio.core.ProjectSession;

/**
 * Adds elements to, or takes them out of, a list that refers to elements kept elsewhere (an archive's
 * variables, a trend's variables, a user's roles) as one undo step. Unlike {@link AddElementsOperation} the
 * elements are not copied or renamed: the list only points to them. Elements already in (or already absent from)
 * the list are left alone; when nothing changes, nothing is put on the stack.
 */
public final class ReferenceListOperation {

	private final ProjectSession session;
	private final EObject owner;
	private final EReference feature;

	public ReferenceListOperation(ProjectSession session, EObject owner, EReference feature) {
		if (!feature.isMany() || feature.isContainment()) {
			throw new IllegalArgumentException(feature.getName() + " is not a list of references");
		}
		this.session = session;
		this.owner = owner;
		this.feature = feature;
	}

	/** @return how many elements were added */
	public int add(List<? extends EObject> targets) {
		List<?> current = list();
		List<EObject> added = new ArrayList<>();
		for (EObject target : targets) {
			if (!feature.getEReferenceType().isInstance(target)) {
				throw new IllegalArgumentException(ElementPath.label(target) + " cannot be one of the " + feature.getName() + " of "
						+ ElementPath.label(owner));
			}
			if (!current.contains(target) && !added.contains(target)) {
				added.add(target);
			}
		}
		if (!added.isEmpty()) {
			session.execute("Add " + what(added) + " to " + ElementPath.label(owner), AddCommand.create(session.editingDomain(), owner, feature, added));
		}
		return added.size();
	}

	/** @return how many elements were taken out */
	public int remove(List<? extends EObject> targets) {
		List<?> current = list();
		List<EObject> removed = targets.stream().filter(current::contains).distinct().map(EObject.class::cast).toList();
		if (!removed.isEmpty()) {
			session.execute("Remove " + what(removed) + " from " + ElementPath.label(owner),
					RemoveCommand.create(session.editingDomain(), owner, feature, removed));
		}
		return removed.size();
	}

	private List<?> list() {
		return (List<?>) owner.eGet(feature);
	}

	private String what(List<EObject> elements) {
		return elements.size() == 1 ? ElementPath.label(elements.get(0)) : elements.size() + " " + feature.getName();
	}
}
