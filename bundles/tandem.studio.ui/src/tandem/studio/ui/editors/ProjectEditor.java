package tandem.studio.ui.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;

import tandem.studio.core.Category;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.SaveProjectOperation;
import tandem.studio.core.SessionListener;
import tandem.studio.ui.StudioPlugin;

/**
 * Base of every editor of a project category: dirty marker from the project's command stack, Save and Save As
 * of the whole project, Undo/Redo (menu, toolbar, Ctrl+Z / Ctrl+Y) on the project's stack, and refreshes
 * coalesced on the UI thread after each command, never per changed element.
 */
public abstract class ProjectEditor extends EditorPart {

	public static final String EDITING_CONTEXT = "tandem.studio.ui.editing";

	private ProjectSession session;
	private final SessionListener listener = this::sessionChanged;
	private final StackAction undo = new StackAction(true);
	private final StackAction redo = new StackAction(false);
	private boolean refreshPending;
	private final java.util.Set<Object> pendingAffected = new java.util.LinkedHashSet<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CategoryEditorInput categoryInput)) {
			throw new PartInitException("a Tandem editor needs a project category, not " + input);
		}
		setSite(site);
		setInput(input);
		session = categoryInput.session();
		setPartName(categoryInput.category().label());
		setTitleToolTip(input.getToolTipText());
		session.addListener(listener);
		IActionBars bars = site.getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		updateActions();
	}

	@Override
	public final void createPartControl(Composite parent) {
		createContent(parent);
		IContextService contexts = getSite().getService(IContextService.class);
		if (contexts != null) {
			contexts.activateContext(EDITING_CONTEXT);
		}
	}

	/** Builds the editor's controls and sets the site's selection provider. */
	protected abstract void createContent(Composite parent);

	/** Shows what changed; affected are the objects the last command touched. */
	protected abstract void refresh(Collection<?> affected);

	/** Selects element (and scrolls to it), e.g. when a problem is double-clicked. */
	public abstract void select(EObject element);

	/**
	 * What the Outline shows for this editor: by default the elements of the category's lists (at most 2,000)
	 * with their children.
	 */
	public java.util.List<OutlineNode> outline() {
		java.util.List<OutlineNode> nodes = new java.util.ArrayList<>();
		for (org.eclipse.emf.ecore.EReference feature : category().features()) {
			Object value = session().project().eGet(feature);
			java.util.List<?> elements = value instanceof java.util.List<?> list ? list : value == null ? java.util.List.of() : java.util.List.of(value);
			for (Object element : elements.subList(0, Math.min(elements.size(), 2000))) {
				EObject e = (EObject) element;
				java.util.List<OutlineNode> children = e.eContents().stream().limit(200)
						.map(c -> new OutlineNode(tandem.model.naming.ElementPath.label(c), c, null, java.util.List.of())).toList();
				nodes.add(new OutlineNode(tandem.model.naming.ElementPath.label(e), e, null, children));
			}
		}
		return nodes;
	}

	/** Applies an outline node's filter (editors with a filter override this). */
	public void filterFromOutline(String filter) {
		// most editors have no filter
	}

	public ProjectSession session() {
		return session;
	}

	protected Category category() {
		return ((CategoryEditorInput) getEditorInput()).category();
	}

	/**
	 * Runs an edit the engineer asked for; a refused edit (bad value, duplicate name) is shown in a dialog and
	 * changes nothing.
	 */
	protected void edit(Runnable change) {
		try {
			change.run();
		} catch (IllegalArgumentException | IllegalStateException e) {
			MessageDialog.openError(getSite().getShell(), "Change refused", e.getMessage());
		}
	}

	/** Delete… of the editor's tables: asks what to do with the elements' uses, then deletes (one undo step). */
	public void delete(java.util.List<? extends EObject> elements) {
		Deletion.ask(this, elements);
	}

	private void sessionChanged(ProjectSession s, SessionListener.Change change, Collection<?> affected) {
		Display display = getSite().getShell().getDisplay();
		if (change == SessionListener.Change.CLOSED) {
			display.asyncExec(() -> getSite().getPage().closeEditor(this, false));
			return;
		}
		pendingAffected.addAll(affected);
		if (refreshPending) {
			return;
		}
		refreshPending = true;
		display.asyncExec(() -> {
			refreshPending = false;
			java.util.List<Object> changed = java.util.List.copyOf(pendingAffected);
			pendingAffected.clear();
			if (getSite().getShell().isDisposed()) {
				return;
			}
			refresh(changed);
			firePropertyChange(PROP_DIRTY);
			updateActions();
		});
	}

	private void updateActions() {
		undo.update();
		redo.update();
	}

	@Override
	public boolean isDirty() {
		return session.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		save(null);
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.tandem" });
		dialog.setOverwrite(true);
		String target = dialog.open();
		if (target != null) {
			save(Path.of(target));
		}
	}

	private void save(Path target) {
		try {
			new SaveProjectOperation(StudioPlugin.get().workspace(), session, target).execute();
			firePropertyChange(PROP_DIRTY);
			setTitleToolTip(getEditorInput().getToolTipText());
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Save failed", "Cannot save " + session.displayName() + ": " + e.getMessage());
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void dispose() {
		session.removeListener(listener);
		super.dispose();
	}

	/** Undo or Redo on the project's command stack, named after the command it would undo. */
	private final class StackAction extends Action {
		private final boolean isUndo;

		StackAction(boolean isUndo) {
			this.isUndo = isUndo;
			setActionDefinitionId(isUndo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
		}

		void update() {
			boolean can = isUndo ? session.canUndo() : session.canRedo();
			String label = isUndo ? session.undoLabel() : session.redoLabel();
			setEnabled(can);
			setText((isUndo ? "&Undo" : "&Redo") + (can ? " " + label : "") + (isUndo ? "\tCtrl+Z" : "\tCtrl+Y"));
		}

		@Override
		public void run() {
			if (isUndo ? session.canUndo() : session.canRedo()) {
				if (isUndo) {
					session.undo();
				} else {
					session.redo();
				}
			}
		}
	}
}
