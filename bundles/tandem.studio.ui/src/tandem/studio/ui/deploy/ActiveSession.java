package tandem.studio.ui.deploy;

import java.util.List;
import java.util.Optional;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;

import tandem.studio.core.ProjectSession;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.CategoryEditorInput;

/** The project the engineer works on: the active editor's, else the only (or first) open project. */
final class ActiveSession {

	private ActiveSession() {
	}

	static Optional<ProjectSession> of(IWorkbenchPage page) {
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof CategoryEditorInput input) {
			return Optional.of(input.session());
		}
		List<ProjectSession> all = StudioPlugin.get().workspace().sessions();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
	}
}
