package tandem.studio.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tandem.model.Project;
import tandem.model.TandemFactory;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;

/**
 * Creates a project file, empty or from the demo plant as a template, and opens it. Refuses to overwrite an
 * existing file.
 */
public final class NewProjectOperation {

	/** What the new project starts from. */
	public enum Template {
		EMPTY, DEMO
	}

	private final StudioWorkspace workspace;
	private final Path file;
	private final String name;
	private final Template template;

	public NewProjectOperation(StudioWorkspace workspace, Path file, String name, Template template) {
		this.workspace = workspace;
		this.file = StudioWorkspace.key(file);
		this.name = name;
		this.template = template;
	}

	public ProjectSession execute() throws IOException, LoadException {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a new project needs a name");
		}
		if (Files.exists(file)) {
			throw new IllegalArgumentException(file + " already exists; choose another file name");
		}
		Project project = template == Template.DEMO ? new DemoProjectFactory().create() : empty();
		project.setName(name);
		new ProjectStore().save(project, file);
		return workspace.register(file, new ProjectStore().load(file));
	}

	private static Project empty() {
		TandemFactory f = TandemFactory.eINSTANCE;
		Project project = f.createProject();
		project.setVersion(1);
		project.setCelSettings(f.createCelSettings());
		return project;
	}
}
