package tandem.studio.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The engineer's layout: projects on the left, editors in the middle. */
public final class EngineeringPerspective implements IPerspectiveFactory {

	public static final String ID = "tandem.studio.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.25f, layout.getEditorArea());
		left.addView(ProjectExplorerView.ID);
		layout.getViewLayout(ProjectExplorerView.ID).setCloseable(false);
	}
}
