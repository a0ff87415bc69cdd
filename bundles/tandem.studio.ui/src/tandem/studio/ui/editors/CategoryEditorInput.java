package tandem.studio.ui.editors;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import tandem.studio.core.Category;
import tandem.studio.core.ProjectSession;

/**
 * What an editor edits: one category of one open project. The session gives the editor its editing domain and
 * command stack, so every editor of a project (the screen editor and the deploy view later too) shares one undo
 * history.
 */
public final class CategoryEditorInput implements IEditorInput {

	private final ProjectSession session;
	private final Category category;

	public CategoryEditorInput(ProjectSession session, Category category) {
		this.session = session;
		this.category = category;
	}

	public ProjectSession session() {
		return session;
	}

	public Category category() {
		return category;
	}

	@Override
	public boolean exists() {
		return !session.isClosed();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return category.label();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return session.displayName() + " - " + category.label();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(session) ? adapter.cast(session) : null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CategoryEditorInput other && other.session == session && other.category == category;
	}

	@Override
	public int hashCode() {
		return Objects.hash(System.identityHashCode(session), category);
	}
}
