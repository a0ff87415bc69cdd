package tandem.studio.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.Project;
import tandem.model.validation.IncrementalValidator;
import tandem.model.validation.ModelChanges;
import tandem.model.validation.ValidationResult;

/**
 * Re-runs the model's validation after each command (executed, undone or redone), incrementally: the command is
 * read as the sets, adds, removes and moves it is made of ({@link ModelChanges}), and the model's
 * {@link IncrementalValidator} re-checks only the elements they touched and what depends on them. A command that is
 * none of these (nor a compound or wrapper of them) re-runs everything.
 */
final class LiveValidation {

	private final IncrementalValidator validator;
	private long lastRunNanos;

	LiveValidation(Project project) {
		validator = new IncrementalValidator(project);
	}

	/** Validates after command (null: everything). */
	void run(Command command) {
		long start = System.nanoTime();
		if (command == null) {
			validator.validateAll();
		} else {
			validator.validate(changes(command));
		}
		lastRunNanos = System.nanoTime() - start;
	}

	static ModelChanges changes(Command command) {
		ModelChanges changes = new ModelChanges();
		collect(command, changes);
		return changes;
	}

	private static void collect(Command command, ModelChanges changes) {
		if (changes.isUnknown()) {
			return;
		}
		if (command instanceof CompoundCommand compound) {
			compound.getCommandList().forEach(c -> collect(c, changes));
		} else if (command instanceof SetCommand set && set.getOwner() != null && set.getFeature() != null) {
			changed(changes, set.getOwner(), set.getFeature(), values(set.getOldValue(), set.getValue()));
		} else if (command instanceof AddCommand add && add.getOwner() != null && add.getFeature() != null) {
			changed(changes, add.getOwner(), add.getFeature(), add.getCollection());
		} else if (command instanceof RemoveCommand remove && remove.getOwner() != null && remove.getFeature() != null) {
			changed(changes, remove.getOwner(), remove.getFeature(), remove.getCollection());
		} else if (command instanceof MoveCommand move && move.getOwner() != null && move.getFeature() != null) {
			changed(changes, move.getOwner(), move.getFeature(), List.of(move.getValue()));
		} else if (command instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
			collect(wrapper.getCommand(), changes);
		} else {
			changes.unknown();
		}
	}

	private static void changed(ModelChanges changes, org.eclipse.emf.ecore.EObject owner, EStructuralFeature feature, Collection<?> values) {
		if (feature instanceof EReference reference && reference.isContainment()) {
			changes.membership(owner, feature, values);
		} else {
			changes.set(owner, feature);
		}
	}

	/** The old and new value of a set, lists flattened. */
	private static Collection<?> values(Object... values) {
		List<Object> all = new ArrayList<>();
		for (Object value : values) {
			if (value instanceof Collection<?> many) {
				all.addAll(many);
			} else if (value != null) {
				all.add(value);
			}
		}
		return all;
	}

	ValidationResult result() {
		return validator.result();
	}

	long lastRunMillis() {
		return lastRunNanos / 1_000_000;
	}

	long lastRunNanos() {
		return lastRunNanos;
	}

	/** How many elements the last run re-checked. */
	int lastRechecked() {
		return validator.lastRechecked();
	}
}
