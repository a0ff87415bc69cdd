package tandem.studio.ui.views;

import org.eclipse.swt.widgets.Control;

import tandem.studio.core.ProjectSession;
import tandem.studio.core.SessionListener;
import tandem.studio.core.StudioWorkspace;
import tandem.studio.ui.StudioPlugin;

/**
 * Calls a view's refresh once on the UI thread after any change to any open project (a burst of commands gives
 * one refresh), including projects opened later.
 */
final class SessionsWatcher {

	private final Control control;
	private final Runnable refresh;
	private final SessionListener listener = (s, change, affected) -> schedule();
	private boolean pending;

	SessionsWatcher(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
		StudioWorkspace workspace = StudioPlugin.get().workspace();
		workspace.sessions().forEach(this::watch);
		workspace.addOpenListener(session -> {
			watch(session);
			schedule();
		});
	}

	private void watch(ProjectSession session) {
		session.addListener(listener);
	}

	void schedule() {
		if (pending || control.isDisposed()) {
			return;
		}
		pending = true;
		control.getDisplay().asyncExec(() -> {
			pending = false;
			if (!control.isDisposed()) {
				refresh.run();
			}
		});
	}

	void dispose() {
		StudioPlugin.get().workspace().sessions().forEach(s -> s.removeListener(listener));
	}
}
