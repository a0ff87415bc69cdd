package tandem.studio.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import tandem.model.validation.Problem;
import tandem.model.validation.Severity;
import tandem.studio.core.Category;
import tandem.studio.core.ElementLocator;
import tandem.studio.core.ProjectSession;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.CategoryEditors;

/**
 * Every validation problem of the open projects, errors first, with the element path; up to date after every
 * command. Double-click opens the element's editor and selects it.
 */
public final class ProblemsView extends ViewPart {

	public static final String ID = "tandem.studio.ui.problems";

	/** One line of the view. */
	public record Row(ProjectSession session, Problem problem) {
	}

	private TableViewer viewer;
	private Label summary;
	private SessionsWatcher watcher;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Description", 520, r -> r.problem().message(), true);
		column("Element", 420, r -> r.problem().elementPath().replaceFirst("^Project '[^']*' / ", ""), false);
		column("Project", 160, r -> r.session().displayName(), false);
		viewer.addDoubleClickListener(e -> reveal((Row) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(viewer);
		watcher = new SessionsWatcher(viewer.getControl(), this::refresh);
		refresh();
	}

	private void column(String title, int width, java.util.function.Function<Row, String> text, boolean icon) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}

			@Override
			public Image getImage(Object element) {
				if (!icon) {
					return null;
				}
				String key = ((Row) element).problem().severity() == Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK;
				return PlatformUI.getWorkbench().getSharedImages().getImage(key);
			}
		});
	}

	/** The problems shown now, for tests. */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (ProjectSession session : StudioPlugin.get().workspace().sessions()) {
			session.problems().problems().forEach(p -> rows.add(new Row(session, p)));
		}
		return rows;
	}

	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Row> rows = rows();
		long errors = rows.stream().filter(r -> r.problem().severity() == Severity.ERROR).count();
		summary.setText(errors + " error(s), " + (rows.size() - errors) + " warning(s)");
		viewer.setInput(rows.toArray());
		setContentDescription("");
	}

	/** Opens the editor of the problem's element and selects the element there. */
	public void reveal(Row row) {
		if (row == null) {
			return;
		}
		String path = row.problem().elementPath();
		EObject element = ElementLocator.find(row.session().project(), path);
		try {
			CategoryEditors.open(getSite().getPage(), row.session(), Category.ofPath(path), element);
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot open editor", e.getMessage());
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		watcher.dispose();
		super.dispose();
	}
}
