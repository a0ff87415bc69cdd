package tandem.studio.core;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.Project;
import tandem.model.validation.ProjectValidator;
import tandem.model.validation.ValidationResult;
import tandem.model.validation.ValidationScope;

/**
 * Re-runs the model's validation after each command, incrementally: only the rule groups the command's changes
 * can affect ({@link ValidationScope#affectedBy}) run again; the others keep their problems. A command that is
 * not a plain set of attributes or references (adding, removing, moving elements) re-runs everything.
 */
final class LiveValidation {

	private final Project project;
	private final ProjectValidator validator = new ProjectValidator();
	private ValidationResult result;
	private long lastRunMillis;
	private Set<ValidationScope> lastScopes = ValidationScope.ALL;

	LiveValidation(Project project) {
		this.project = project;
		run(null);
	}

	/** Validates after command (null: everything). */
	void run(Command command) {
		long start = System.nanoTime();
		Set<ValidationScope> scopes = command == null ? ValidationScope.ALL : scopes(command);
		result = validator.validate(project, result, scopes);
		lastScopes = scopes;
		lastRunMillis = (System.nanoTime() - start) / 1_000_000;
	}

	static Set<ValidationScope> scopes(Command command) {
		Set<ValidationScope> scopes = EnumSet.noneOf(ValidationScope.class);
		collect(command, scopes);
		return scopes;
	}

	private static void collect(Command command, Set<ValidationScope> scopes) {
		if (scopes.size() == ValidationScope.ALL.size()) {
			return;
		}
		if (command instanceof CompoundCommand compound) {
			compound.getCommandList().forEach(c -> collect(c, scopes));
		} else if (command instanceof SetCommand set && set.getOwner() != null && set.getFeature() != null) {
			scopes.addAll(ValidationScope.affectedBy(set.getOwner(), set.getFeature()));
		} else if (command instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
			collect(wrapper.getCommand(), scopes);
		} else {
			scopes.addAll(ValidationScope.ALL);
		}
	}

	ValidationResult result() {
		return result;
	}

	long lastRunMillis() {
		return lastRunMillis;
	}

	/** The rule groups the last run checked again. */
	Set<ValidationScope> lastScopes() {
		return lastScopes;
	}
}
