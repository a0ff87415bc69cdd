package tandem.studio.core;

/**
 * Closes a session. With unsaved changes it refuses unless the engineer chose to discard them, so no change is
 * lost by accident.
 */
public final class CloseProjectOperation {

	private final StudioWorkspace workspace;
	private final ProjectSession session;
	private final boolean discardChanges;

	public CloseProjectOperation(StudioWorkspace workspace, ProjectSession session, boolean discardChanges) {
		this.workspace = workspace;
		this.session = session;
		this.discardChanges = discardChanges;
	}

	public void execute() {
		if (session.isClosed()) {
			return;
		}
		if (session.isDirty() && !discardChanges) {
			throw new IllegalStateException("project '" + session.displayName() + "' has unsaved changes; save them or discard them");
		}
		workspace.unregister(session);
		session.close();
	}
}
