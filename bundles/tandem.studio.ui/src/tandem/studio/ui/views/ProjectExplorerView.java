package tandem.studio.ui.views;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import tandem.model.Variable;
import tandem.model.io.LoadException;
import tandem.model.validation.Problem;
import tandem.model.validation.Severity;
import tandem.studio.core.Category;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.SessionListener;
import tandem.studio.core.StudioWorkspace;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.CategoryEditors;
import tandem.studio.ui.views.ExplorerNodes.CategoryNode;
import tandem.studio.ui.views.ExplorerNodes.ProjectFile;
import tandem.studio.ui.views.ExplorerNodes.Unreadable;

/**
 * The projects ({@code *.tandem}) of the studio's workspace folder, and of every project opened from elsewhere.
 * Expanding a project opens it and shows its categories with their counts and problem markers; double-click
 * opens the category's editor. The Variables category lists the variables, so one can be dragged onto a screen.
 */
public final class ProjectExplorerView extends ViewPart {

	public static final String ID = "tandem.studio.ui.projectExplorer";

	/** Variables listed under the Variables category (to drag onto screens); more are left to the Variables editor. */
	static final int MAX_VARIABLES_SHOWN = 2000;

	private TreeViewer viewer;
	private final SessionListener listener = (s, change, affected) -> scheduleRefresh();
	private boolean refreshPending;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		VariableDragSource.attach(viewer);
		StudioWorkspace workspace = StudioPlugin.get().workspace();
		workspace.sessions().forEach(s -> s.addListener(listener));
		workspace.addOpenListener(session -> {
			session.addListener(listener);
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.refresh();
					viewer.setExpandedState(new ProjectFile(session.file().orElseThrow()), true);
				}
			});
		});
		getSite().setSelectionProvider(viewer);
		viewer.setInput(workspace);
	}

	/** Re-reads the workspace folder. */
	public void refresh() {
		viewer.refresh();
	}

	/** The items the view shows at the top, for tests. */
	public int itemCount() {
		return viewer.getTree().getItemCount();
	}

	public TreeViewer viewer() {
		return viewer;
	}

	private void scheduleRefresh() {
		if (refreshPending || viewer.getControl().isDisposed()) {
			return;
		}
		refreshPending = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh(true);
			}
		});
	}

	private void open(Object node) {
		try {
			if (node instanceof CategoryNode c) {
				CategoryEditors.open(getSite().getPage(), c.session(), c.category(), null);
			} else if (node instanceof Variable v && sessionOf(v) != null) {
				CategoryEditors.open(getSite().getPage(), sessionOf(v), Category.VARIABLES, v);
			} else if (node instanceof ProjectFile p) {
				ProjectSession session = sessionOf(p);
				if (session != null) {
					CategoryEditors.open(getSite().getPage(), session, Category.OVERVIEW, null);
					viewer.setExpandedState(p, true);
				}
			}
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot open editor", e.getMessage());
		}
	}

	private static ProjectSession sessionOf(Variable variable) {
		return StudioPlugin.get().workspace().sessions().stream().filter(s -> s.project() == variable.eContainer()).findFirst().orElse(null);
	}

	private static ProjectSession sessionOf(ProjectFile file) {
		try {
			return new OpenProjectOperation(StudioPlugin.get().workspace(), file.file()).execute();
		} catch (LoadException e) {
			return null;
		}
	}

	static Path workspaceFolder() {
		URL url = Platform.getInstanceLocation() == null ? null : Platform.getInstanceLocation().getURL();
		if (url == null) {
			return Path.of(System.getProperty("user.home"));
		}
		try {
			return Path.of(url.toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(url.getPath());
		}
	}

	private static List<Object> projects(StudioWorkspace workspace) {
		Set<Path> files = new LinkedHashSet<>();
		Path folder = workspaceFolder();
		try (Stream<Path> found = Files.walk(folder, 2)) {
			found.filter(f -> f.getFileName().toString().endsWith(".tandem")).sorted().forEach(f -> files.add(f.toAbsolutePath().normalize()));
		} catch (IOException e) {
			// an unreadable workspace folder shows only the projects opened from elsewhere
		}
		workspace.sessions().forEach(s -> s.file().ifPresent(files::add));
		List<Object> nodes = new ArrayList<>();
		files.forEach(f -> nodes.add(new ProjectFile(f)));
		return nodes;
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return projects((StudioWorkspace) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof CategoryNode c && c.category() == Category.VARIABLES) {
				return variables(c.session());
			}
			if (!(parent instanceof ProjectFile file)) {
				return new Object[0];
			}
			ProjectSession session;
			try {
				session = new OpenProjectOperation(StudioPlugin.get().workspace(), file.file()).execute();
			} catch (LoadException e) {
				return new Object[] { new Unreadable(file.file(), String.join("; ", e.problems())) };
			}
			return Stream.of(Category.values()).filter(c -> c != Category.OVERVIEW).map(c -> new CategoryNode(session, c)).toArray();
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Variable v && sessionOf(v) != null) {
				return new CategoryNode(sessionOf(v), Category.VARIABLES);
			}
			return element instanceof CategoryNode c ? new ProjectFile(c.session().file().orElseThrow()) : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ProjectFile
					|| element instanceof CategoryNode c && c.category() == Category.VARIABLES && !c.session().project().getVariables().isEmpty();
		}

		/**
		 * The variables to drag onto a screen; a project of many thousands shows the first ones and a hint, the
		 * Variables editor filters them all.
		 */
		private static Object[] variables(ProjectSession session) {
			List<Variable> all = session.project().getVariables();
			if (all.size() <= MAX_VARIABLES_SHOWN) {
				return all.toArray();
			}
			List<Object> shown = new ArrayList<>(all.subList(0, MAX_VARIABLES_SHOWN));
			shown.add("… " + (all.size() - MAX_VARIABLES_SHOWN) + " more: filter them in the Variables editor");
			return shown.toArray();
		}
	}

	private static final class Labels extends LabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof ProjectFile p) {
				ProjectSession session = StudioPlugin.get().workspace().session(p.file()).orElse(null);
				String name = p.file().getFileName().toString();
				return session == null ? name : (session.isDirty() ? "*" : "") + name + "  [" + session.project().getName() + "]";
			}
			if (element instanceof CategoryNode c) {
				int count = c.category().count(c.session().project());
				long[] problems = problems(c);
				String marks = problems[0] > 0 ? "  " + problems[0] + " error(s)" : problems[1] > 0 ? "  " + problems[1] + " warning(s)" : "";
				return c.category().label() + (count >= 0 ? " (" + count + ")" : "") + marks;
			}
			if (element instanceof Unreadable u) {
				return u.file().getFileName() + ": cannot be opened: " + u.message();
			}
			if (element instanceof Variable v) {
				return v.getName() + "  " + (v.getDataType() == null ? "" : v.getDataType().getName())
						+ (v.getUnit() == null || v.getUnit().isBlank() ? "" : " [" + v.getUnit() + "]");
			}
			return String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			String key = ISharedImages.IMG_OBJ_FOLDER;
			if (element instanceof ProjectFile) {
				key = ISharedImages.IMG_OBJ_PROJECT;
			} else if (element instanceof Unreadable) {
				key = ISharedImages.IMG_OBJS_ERROR_TSK;
			} else if (element instanceof Variable || element instanceof String) {
				key = element instanceof Variable ? ISharedImages.IMG_OBJ_ELEMENT : ISharedImages.IMG_OBJS_INFO_TSK;
			} else if (element instanceof CategoryNode c) {
				long[] problems = problems(c);
				key = problems[0] > 0 ? ISharedImages.IMG_OBJS_ERROR_TSK : problems[1] > 0 ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJ_FOLDER;
			}
			return PlatformUI.getWorkbench().getSharedImages().getImage(key);
		}

		private static long[] problems(CategoryNode c) {
			long errors = 0;
			long warnings = 0;
			for (Problem p : c.session().problems().problems()) {
				if (Category.ofPath(p.elementPath()) == c.category()) {
					if (p.severity() == Severity.ERROR) {
						errors++;
					} else {
						warnings++;
					}
				}
			}
			return new long[] { errors, warnings };
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
