package tandem.studio.core;

/** Told on the thread that changed the session (the UI thread in the studio) after validation has run. */
@FunctionalInterface
public interface SessionListener {

	/** What happened to an open project. */
	enum Change {
		/** A command was executed, undone or redone; affected objects say which elements. */
		EDITED,
		/** The project was written to its file; the session is no longer dirty. */
		SAVED,
		/** The session was closed; listeners should let go of it. */
		CLOSED
	}

	void sessionChanged(ProjectSession session, Change change, java.util.Collection<?> affected);
}
