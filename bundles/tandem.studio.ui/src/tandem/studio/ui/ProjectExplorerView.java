package tandem.studio.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * Lists the Tandem projects ({@code *.tandem}) of the studio workspace. Editing comes with the model
 * editors; for now the view shows what an engineer can open.
 */
public final class ProjectExplorerView extends ViewPart {

	public static final String ID = "tandem.studio.ui.projectExplorer";

	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Path p ? p.getFileName().toString() : String.valueOf(element);
			}

			@Override
			public org.eclipse.swt.graphics.Image getImage(Object element) {
				String key = element instanceof Path ? ISharedImages.IMG_OBJ_FILE : ISharedImages.IMG_OBJS_INFO_TSK;
				return PlatformUI.getWorkbench().getSharedImages().getImage(key);
			}
		});
		refresh();
	}

	/** Re-reads the workspace folder. */
	public void refresh() {
		List<Object> projects = findProjects(workspace());
		viewer.setInput(projects.isEmpty() ? List.of("No projects in " + workspace()) : projects);
	}

	/** The items the view shows, for tests. */
	public int itemCount() {
		return viewer.getTable().getItemCount();
	}

	private static Path workspace() {
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

	private static List<Object> findProjects(Path folder) {
		try (Stream<Path> files = Files.walk(folder, 2)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".tandem")).sorted().map(Object.class::cast)
					.toList();
		} catch (IOException e) {
			return List.of("Cannot read " + folder + ": " + e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
