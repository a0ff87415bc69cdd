package tandem.studio.ui.deploy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import tandem.model.validation.Problem;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.studio.core.deploy.ClusterConnection;
import tandem.studio.core.deploy.DeployPlan;

/** Target cluster, running and base version, the diff in words, the validation result; rebase or force. */
final class ChangesPage extends WizardPage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private final ClusterConnection connection;
	private final DeployPlan plan;
	private Button rebase;
	private Button force;

	ChangesPage(ClusterConnection connection, DeployPlan plan) {
		super("changes", "Deploy to cluster " + connection.clusterName(), null);
		this.connection = connection;
		this.plan = plan;
		setDescription("What changes against the version running now.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		ProjectVersion running = plan.running();
		label(area, "Target");
		value(area, "cluster " + connection.clusterName() + ", server " + connection.client().member().serverNode()
				.orElse("none") + ", " + connection.members().size() + " members");
		label(area, "Running");
		value(area, "version " + running.number() + " by " + running.author() + ", "
				+ TIME.format(java.time.Instant.ofEpochMilli(running.time()).atZone(ZoneId.systemDefault())));
		label(area, "Based on");
		value(area, "version " + plan.base() + (plan.staleBase() ? "" : " (the running one)"));
		label(area, "Validation");
		int errors = plan.validation().errors().size();
		int warnings = plan.validation().warnings().size();
		value(area, errors == 0 ? "valid" + (warnings > 0 ? ", " + warnings + " warnings" : "")
				: errors + " errors — fix them before deploying");
		if (plan.staleBase()) {
			Label stale = new Label(area, SWT.WRAP);
			stale.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			stale.setText("Someone deployed since your base: "
					+ plan.deployedSinceBase().stream().map(v -> "version " + v.number() + " by " + v.author())
							.toList()
					+ ". The list below is the difference between the running version and your project.");
			rebase = radio(area, "Rebase onto version " + running.number()
					+ ": deploy my project as the successor of the running version", true);
			force = radio(area, "Force: deploy my project as it is, replacing what the others changed", false);
		}
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		table.setHeaderVisible(true);
		TableColumn c = new TableColumn(table, SWT.NONE);
		c.setText(plan.changes().size() == 1 ? "1 change" : plan.changes().size() + " changes");
		c.setWidth(680);
		for (String change : plan.changes()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(change);
			if (change.endsWith("(applied at the next restart of the nodes)")) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
			}
		}
		for (Problem p : plan.validation().errors()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText("error: " + p.elementPath() + ": " + p.message());
			item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
		}
		if (errors > 0) {
			setErrorMessage("The project does not validate: " + errors + " errors (listed below).");
		} else if (plan.changes().isEmpty()) {
			setMessage("Your project equals the running version: deploying makes a new version without changes.",
					WARNING);
		} else if (!plan.needRestart().isEmpty()) {
			setMessage(plan.needRestart().size() + " changes take effect at the next restart of the nodes (marked).",
					WARNING);
		}
		setPageComplete(errors == 0);
		setControl(area);
	}

	private static void label(Composite parent, String text) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(text + ":");
	}

	private static void value(Composite parent, String text) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(text);
		l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	private static Button radio(Composite parent, String text, boolean selected) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(text);
		b.setSelection(selected);
		b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return b;
	}

	boolean rebase() {
		return rebase != null && rebase.getSelection();
	}

	boolean force() {
		return force != null && force.getSelection();
	}
}
