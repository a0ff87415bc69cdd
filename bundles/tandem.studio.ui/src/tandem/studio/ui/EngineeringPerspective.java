package tandem.studio.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import tandem.studio.ui.views.CrossReferencesView;
import tandem.studio.ui.views.OutlineView;
import tandem.studio.ui.views.ProblemsView;
import tandem.studio.ui.views.ProjectExplorerView;
import tandem.studio.ui.views.PropertiesView;

/** The engineer's layout, as in the Eclipse IDE: explorer left, outline right, problems and properties below. */
public final class EngineeringPerspective implements IPerspectiveFactory {

	public static final String ID = "tandem.studio.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(ProjectExplorerView.ID);
		layout.getViewLayout(ProjectExplorerView.ID).setCloseable(false);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
		bottom.addView(ProblemsView.ID);
		bottom.addView(PropertiesView.ID);
		bottom.addView(CrossReferencesView.ID);
		bottom.addPlaceholder(tandem.studio.ui.deploy.ClusterView.ID); // opened by Cluster > Cluster View
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.80f, editors);
		right.addView(OutlineView.ID);
		for (String view : new String[] { ProblemsView.ID, PropertiesView.ID, CrossReferencesView.ID, OutlineView.ID,
				tandem.studio.ui.deploy.ClusterView.ID }) {
			layout.addShowViewShortcut(view);
		}
	}
}
