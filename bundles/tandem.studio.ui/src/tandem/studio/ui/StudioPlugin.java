package tandem.studio.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import tandem.studio.core.StudioWorkspace;

/** The studio bundle: holds the one {@link StudioWorkspace} of this studio (the projects open in it). */
public final class StudioPlugin extends AbstractUIPlugin {

	public static final String ID = "tandem.studio.ui";

	private static StudioPlugin plugin;
	private final StudioWorkspace workspace = new StudioWorkspace();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		plugin = null;
		super.stop(context);
	}

	public static StudioPlugin get() {
		return plugin;
	}

	public StudioWorkspace workspace() {
		return workspace;
	}
}
