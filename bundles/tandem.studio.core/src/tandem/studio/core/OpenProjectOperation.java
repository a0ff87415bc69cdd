package tandem.studio.core;

import java.nio.file.Path;

import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;

/** Opens a project file; opening a file that is already open returns its session, so editors share one stack. */
public final class OpenProjectOperation {

	private final StudioWorkspace workspace;
	private final Path file;

	public OpenProjectOperation(StudioWorkspace workspace, Path file) {
		this.workspace = workspace;
		this.file = StudioWorkspace.key(file);
	}

	/** @throws LoadException naming the file and every problem when it is not a readable project */
	public ProjectSession execute() throws LoadException {
		ProjectSession open = workspace.session(file).orElse(null);
		if (open != null) {
			return open;
		}
		return workspace.register(file, new ProjectStore().load(file));
	}
}
