package tandem.studio.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import tandem.studio.core.StudioWorkspace;

/** The studio bundle: holds the one {@link StudioWorkspace} of this studio (the projects open in it). */
public final class StudioPlugin extends AbstractUIPlugin {

	public static final String ID = "tandem.studio.ui";

	private static StudioPlugin plugin;
	private final StudioWorkspace workspace = new StudioWorkspace();
	private final tandem.studio.ui.deploy.ClusterSessions clusters = new tandem.studio.ui.deploy.ClusterSessions();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		clusters.closeAll();
		plugin = null;
		super.stop(context);
	}

	public static StudioPlugin get() {
		return plugin;
	}

	public StudioWorkspace workspace() {
		return workspace;
	}

	/** The studio's connections to the clusters of its projects (Cluster view, Deploy wizard). */
	public tandem.studio.ui.deploy.ClusterSessions clusters() {
		return clusters;
	}
}
