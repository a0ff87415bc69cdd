package tandem.studio.core;

import tandem.model.Project;
import tandem.model.validation.ProjectValidator;
import tandem.model.validation.ValidationResult;

/** Re-runs the model's validation after each command and keeps the result and how long it took. */
final class LiveValidation {

	private final Project project;
	private final ProjectValidator validator = new ProjectValidator();
	private ValidationResult result;
	private long lastRunMillis;

	LiveValidation(Project project) {
		this.project = project;
		run();
	}

	void run() {
		long start = System.nanoTime();
		result = validator.validate(project);
		lastRunMillis = (System.nanoTime() - start) / 1_000_000;
	}

	ValidationResult result() {
		return result;
	}

	long lastRunMillis() {
		return lastRunMillis;
	}
}
