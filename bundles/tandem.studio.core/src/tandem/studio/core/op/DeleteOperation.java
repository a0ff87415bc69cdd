package tandem.studio.core.op;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.model.Alarm;
import tandem.model.DynamicBinding;
import tandem.model.RecipeValue;
import tandem.model.Variable;
import tandem.model.TandemPackage.Literals;
import tandem.model.naming.ElementPath;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.refs.CrossReferences;
import tandem.studio.core.refs.ParameterNames;
import tandem.studio.core.refs.Usage;

/**
 * Deletes elements as one undo step. What still refers to them decides, as the engineer chose: {@link Uses#REFUSE}
 * reports every use and changes nothing; {@link Uses#REMOVE} removes the uses too: an entry of a list (an archive's
 * variables, a user's roles) is taken out, an element that exists only for the deleted one (an alarm on a
 * variable, a recipe value, a dynamic binding) is deleted with it, and any other reference is cleared, which
 * validation then reports (a display without a variable). A symbol instance that names a deleted variable through
 * its parameter values ({@code $UNIT.Speed}) is a use too; it has nothing to clear, so it stays and validation
 * reports the missing variable on it.
 */
public final class DeleteOperation {

	/** What to do with the uses of a deleted element. */
	public enum Uses {
		REFUSE, REMOVE
	}

	private final ProjectSession session;
	private final List<? extends EObject> elements;
	private final Uses uses;

	public DeleteOperation(ProjectSession session, List<? extends EObject> elements, Uses uses) {
		this.session = session;
		this.elements = List.copyOf(elements);
		this.uses = uses;
	}

	/** The uses from outside the deleted elements: what the engineer is asked about. */
	public List<Usage> outsideUses() {
		List<Usage> outside = new ArrayList<>();
		Map<EObject, List<Usage>> usages = new CrossReferences(session.project()).usagesOf(elements);
		usages.values().forEach(list -> list.stream().filter(u -> !insideAny(u.owner(), elements)).forEach(outside::add));
		ParameterNames names = new ParameterNames(session.project());
		for (EObject element : elements) {
			if (element instanceof Variable variable) {
				names.usagesOf(variable).stream().filter(u -> !insideAny(u.owner(), elements)).forEach(outside::add);
			}
		}
		return outside;
	}

	public void execute() throws InUseException {
		if (elements.isEmpty()) {
			return;
		}
		for (EObject element : elements) {
			if (element.eContainer() == null) {
				throw new IllegalArgumentException("cannot delete " + ElementPath.label(element) + ": it is the project or not part of it");
			}
		}
		String what = elements.size() == 1 ? ElementPath.inProject(elements.get(0)) : elements.size() + " elements";
		List<Usage> outside = outsideUses();
		if (uses == Uses.REFUSE && !outside.isEmpty()) {
			throw new InUseException(what, outside);
		}
		session.execute("Delete " + what, commands(outside));
	}

	private List<Command> commands(List<Usage> outside) {
		EditingDomain domain = session.editingDomain();
		Set<EObject> removed = new LinkedHashSet<>(elements);
		for (Usage usage : outside) {
			EObject dependent = usage.isThroughParameters() ? null : dependent(usage);
			if (dependent != null && !insideAny(dependent, removed)) {
				removed.add(dependent);
			}
		}
		List<Command> commands = new ArrayList<>();
		for (Usage usage : outside) {
			if (usage.isThroughParameters() || insideAny(usage.owner(), removed)) {
				continue;
			}
			EReference feature = usage.feature();
			commands.add(feature.isMany() ? RemoveCommand.create(domain, usage.owner(), feature, usage.target())
					: SetCommand.create(domain, usage.owner(), feature, SetCommand.UNSET_VALUE));
		}
		for (EObject element : removed) {
			EReference containment = element.eContainmentFeature();
			commands.add(containment.isMany() ? RemoveCommand.create(domain, element.eContainer(), containment, element)
					: SetCommand.create(domain, element.eContainer(), containment, SetCommand.UNSET_VALUE));
		}
		return commands;
	}

	/** The element that only exists for the deleted target and goes with it, or null. */
	private static EObject dependent(Usage usage) {
		EObject owner = usage.owner();
		EReference feature = usage.feature();
		if (owner instanceof Alarm && feature == Literals.ALARM__VARIABLE
				|| owner instanceof RecipeValue && feature == Literals.RECIPE_VALUE__VARIABLE
				|| owner instanceof DynamicBinding && feature == Literals.DYNAMIC_BINDING__VARIABLE) {
			return owner;
		}
		return null;
	}

	private static boolean insideAny(EObject object, java.util.Collection<? extends EObject> roots) {
		for (EObject e = object; e != null; e = e.eContainer()) {
			if (roots.contains(e)) {
				return true;
			}
		}
		return false;
	}
}
