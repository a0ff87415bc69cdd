package tandem.runtime.node;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tandem.model.Project;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.model.validation.Problem;
import tandem.model.validation.ProjectValidator;
import tandem.model.validation.ValidationResult;

/** Loads and validates the project a verb runs; prints every problem with the file named. */
final class ProjectLoading {

	private ProjectLoading() {
	}

	/** The valid project, or null after the problems were printed to {@code err}. */
	static Project load(String verb, Path file, PrintStream err) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println("tandem " + verb + ": project file " + file.toAbsolutePath() + " does not exist or is not readable");
			return null;
		}
		Project project;
		try {
			project = new ProjectStore().load(file);
		} catch (LoadException e) {
			err.println("tandem " + verb + ": " + e.getMessage());
			return null;
		}
		ValidationResult result = new ProjectValidator().validate(project);
		if (!result.isValid()) {
			err.println("tandem " + verb + ": project " + file.toAbsolutePath() + " is not valid:");
			for (Problem p : result.errors()) {
				err.println("  " + p);
			}
			return null;
		}
		return project;
	}
}
