package tandem.studio.ui.deploy;

import java.lang.reflect.InvocationTargetException;
import java.util.Set;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;

import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.deploy.ClusterConnection;
import tandem.studio.core.deploy.DeployOperation;
import tandem.studio.core.deploy.DeployPlan;
import tandem.studio.ui.StudioPlugin;

/**
 * Deploys the open project online: the target cluster, the diff in the engineer's words with the validation result
 * and a stale base (rebase or force), the runtime data choices (kept by default), then who deploys and the
 * per-node progress with the resulting version. Refused or failed deploys keep the wizard open with the reason.
 */
public final class DeployWizard extends Wizard {

	private final ProjectSession session;
	private final ClusterConnection connection;
	private final DeployPlan plan;
	private ChangesPage changes;
	private RuntimeDataPage runtimeData;
	private DeployPage deploy;
	private DeployOperation.Outcome outcome;

	public DeployWizard(ProjectSession session, ClusterConnection connection, DeployPlan plan) {
		this.session = session;
		this.connection = connection;
		this.plan = plan;
		setWindowTitle("Deploy " + session.displayName());
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		changes = new ChangesPage(connection, plan);
		runtimeData = new RuntimeDataPage(plan);
		deploy = new DeployPage(session.project());
		addPage(changes);
		addPage(runtimeData);
		addPage(deploy);
	}

	@Override
	public boolean canFinish() {
		return outcome != null && outcome.active() || changes.isPageComplete() && deploy.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		if (outcome != null && outcome.active()) {
			return true;
		}
		DeployPlan effective = changes.rebase() ? plan.rebased() : plan;
		boolean force = changes.force();
		Set<String> overwrite = runtimeData.overwrite();
		String user = deploy.user();
		char[] password = deploy.password();
		deploy.clearProgress();
		Display display = getShell().getDisplay();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Deploying " + session.displayName() + " to cluster " + connection.clusterName(),
						IProgressSteps.TOTAL);
				try {
					outcome = new DeployOperation(connection).deploy(effective, user, password, force, overwrite,
							session.file().orElse(null), p -> {
								monitor.subTask(p.message());
								monitor.worked(1);
								display.asyncExec(() -> deploy.progress(p));
							});
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				} finally {
					java.util.Arrays.fill(password, '\0');
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			deploy.failed("The deploy could not be sent: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		deploy.finished(outcome);
		try {
			StudioPlugin.get().clusters().refreshVersions(session);
		} catch (Exception e) {
			// the Cluster view shows '?' for the version until the next refresh
		}
		getContainer().updateButtons();
		return false; // the engineer reads the result; Finish again (now "Close") ends the wizard
	}

	/** How many progress steps a deploy reports at most, for the monitor's bar. */
	interface IProgressSteps {
		int TOTAL = 12;
	}

	/** The last deploy's end, null before Finish (tests). */
	public DeployOperation.Outcome outcome() {
		return outcome;
	}

	/** The Deploy page's password field, filled by tests as an engineer types. */
	public void typePassword(String text) {
		deploy.typePassword(text);
	}

	DeployMessage.Step lastStep() {
		return outcome == null ? null : outcome.step();
	}
}
