package tandem.studio.ui.deploy;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.deploy.ClusterConnection;
import tandem.studio.core.deploy.DeployOperation;
import tandem.studio.core.deploy.DeployPlan;
import tandem.studio.ui.StudioPlugin;

/**
 * Project > Deploy…: connects to the project's cluster if needed, asks the server for its versions, computes the
 * plan (diff, validation, runtime data) and opens the Deploy wizard on it.
 */
public final class DeployHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		openWizard(HandlerUtil.getActiveShell(event), HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		return null;
	}

	static void openWizard(Shell shell, IWorkbenchPage page) {
		Optional<ProjectSession> session = ActiveSession.of(page);
		if (session.isEmpty()) {
			MessageDialog.openInformation(shell, "Deploy", "Open a project first.");
			return;
		}
		ProjectSession s = session.get();
		DeployPlan[] plan = new DeployPlan[1];
		ClusterConnection[] connection = new ClusterConnection[1];
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask("Preparing the deploy of " + s.displayName(), 3);
				try {
					monitor.subTask("Connecting to the cluster");
					connection[0] = StudioPlugin.get().clusters().connect(s);
					monitor.worked(1);
					monitor.subTask("Reading the versions from the server");
					DeployMessage.Versions versions = StudioPlugin.get().clusters().refreshVersions(s);
					monitor.worked(1);
					monitor.subTask("Comparing with the running version");
					plan[0] = DeployPlan.of(s.project(), versions, s.file().flatMap(DeployOperation::recordedBase));
					monitor.worked(1);
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, "Deploy", "Cannot prepare the deploy of " + s.displayName() + ": "
					+ e.getCause().getMessage());
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		open(shell, s, connection[0], plan[0]);
	}

	/** Opens the wizard on a computed plan (also for tests). */
	public static WizardDialog open(Shell shell, ProjectSession s, ClusterConnection c, DeployPlan plan) {
		WizardDialog dialog = new WizardDialog(shell, new DeployWizard(s, c, plan));
		dialog.setPageSize(720, 420);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}
}
