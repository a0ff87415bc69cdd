package tandem.studio.core;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

import tandem.model.io.ProjectStore;

/**
 * Writes a session's project to its file (atomically, see {@link ProjectStore}), or to a new file for Save As,
 * after which the session belongs to the new file. The project is saved even with validation errors, as any
 * editor saves work in progress; deploying refuses them.
 */
public final class SaveProjectOperation {

	private final StudioWorkspace workspace;
	private final ProjectSession session;
	private final Path target;

	/** Save to the session's own file. */
	public SaveProjectOperation(StudioWorkspace workspace, ProjectSession session) {
		this(workspace, session, null);
	}

	/** Save As: target becomes the session's file. */
	public SaveProjectOperation(StudioWorkspace workspace, ProjectSession session, Path target) {
		this.workspace = workspace;
		this.session = session;
		this.target = target == null ? null : StudioWorkspace.key(target);
	}

	public void execute() throws IOException {
		Path from = session.file().orElse(null);
		Path to = target != null ? target : from;
		if (to == null) {
			throw new IllegalStateException("project '" + session.project().getName() + "' has no file yet; use Save As");
		}
		if (target != null && !target.equals(from) && workspace.session(target).isPresent()) {
			throw new IllegalArgumentException(target + " is open in the studio; close it before saving over it");
		}
		new ProjectStore().save(session.project(), to);
		if (!to.equals(from)) {
			if (session.project().eResource() != null) {
				session.project().eResource().setURI(URI.createFileURI(to.toString()));
			}
			workspace.moved(session, from, to);
		}
		session.saved(to);
	}
}
