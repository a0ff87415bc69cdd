package tandem.studio.ui.views;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import tandem.studio.ui.editors.OutlineNode;
import tandem.studio.ui.editors.ProjectEditor;

/** The structure of the active editor (variables by area, alarms, screens...); double-click selects or filters. */
public final class OutlineView extends ViewPart {

	public static final String ID = "tandem.studio.ui.outline";

	private TreeViewer viewer;
	private ProjectEditor editor;
	private SessionsWatcher watcher;
	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			IWorkbenchPart part = ref.getPart(false);
			if (part instanceof ProjectEditor e) {
				show(e);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				show(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return editor == null ? new Object[0] : editor.outline().toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((OutlineNode) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}
		});
		viewer.addDoubleClickListener(e -> choose((OutlineNode) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		getSite().getPage().addPartListener(parts);
		watcher = new SessionsWatcher(viewer.getControl(), () -> show(editor));
		if (getSite().getPage().getActiveEditor() instanceof ProjectEditor e) {
			show(e);
		}
	}

	private void show(ProjectEditor e) {
		editor = e;
		if (!viewer.getControl().isDisposed()) {
			setContentDescription(e == null ? "No Tandem editor is active." : e.getPartName());
			viewer.setInput(e == null ? "" : e);
		}
	}

	private void choose(OutlineNode node) {
		if (node == null || editor == null) {
			return;
		}
		if (node.filter() != null) {
			editor.filterFromOutline(node.filter());
		} else if (node.element() != null) {
			editor.select(node.element());
		}
		getSite().getPage().activate(editor);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(parts);
		watcher.dispose();
		super.dispose();
	}
}
