package tandem.studio.ui.deploy;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import tandem.model.Permission;
import tandem.model.Project;
import tandem.model.User;
import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.studio.core.deploy.DeployOperation;

/**
 * Who deploys (a project user with the deploy permission; the server checks it against the running version's
 * users) and, once Finish is pressed, every step per node and the result.
 */
final class DeployPage extends WizardPage {

	private final Project project;
	private Combo user;
	private Text password;
	private Table progress;
	private Label result;

	DeployPage(Project project) {
		super("deploy", "Deploy", null);
		this.project = project;
		setDescription("Log in with a project user who may deploy, then press Finish.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("User:");
		user = new Combo(area, SWT.DROP_DOWN);
		user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (User u : project.getUsers()) {
			if (u.getRoles().stream().anyMatch(r -> r.getPermissions().contains(Permission.DEPLOY_PROJECTS))) {
				user.add(u.getName());
			}
		}
		if (user.getItemCount() > 0) {
			user.select(0);
		}
		new Label(area, SWT.NONE).setText("Password:");
		password = new Text(area, SWT.BORDER | SWT.PASSWORD);
		password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		user.addListener(SWT.Modify, e -> check());
		password.addListener(SWT.Modify, e -> check());
		progress = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		progress.setHeaderVisible(true);
		for (String[] c : new String[][] { { "Step", "120" }, { "Node", "110" }, { "", "450" } }) {
			TableColumn column = new TableColumn(progress, SWT.NONE);
			column.setText(c[0]);
			column.setWidth(Integer.parseInt(c[1]));
		}
		result = new Label(area, SWT.WRAP);
		result.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		setControl(area);
	}

	private void check() {
		setPageComplete(!user.getText().isBlank() && password.getCharCount() > 0);
	}

	void typePassword(String text) {
		password.setText(text);
	}

	String user() {
		return user.getText().trim();
	}

	char[] password() {
		return password.getTextChars();
	}

	void clearProgress() {
		progress.removeAll();
		result.setText("");
		setErrorMessage(null);
	}

	void progress(DeployMessage.Progress p) {
		if (progress.isDisposed()) {
			return;
		}
		TableItem item = new TableItem(progress, SWT.NONE);
		item.setText(new String[] { words(p.step()), p.node(), p.message() });
		if (p.step() == DeployMessage.Step.STAGE_FAILED || p.step() == DeployMessage.Step.FAILED
				|| p.step() == DeployMessage.Step.REFUSED) {
			item.setForeground(progress.getDisplay().getSystemColor(SWT.COLOR_RED));
		}
		progress.showItem(item);
	}

	void failed(String why) {
		setErrorMessage(why);
	}

	void finished(DeployOperation.Outcome o) {
		if (o.active()) {
			setErrorMessage(null);
			setMessage("Version " + o.version() + " is active. Press Finish to close.", INFORMATION);
			result.setText(o.message());
		} else {
			setErrorMessage((o.step() == DeployMessage.Step.REFUSED ? "Refused: " : "Failed: ") + o.message());
			StringBuilder lines = new StringBuilder();
			o.lines().stream().limit(8).forEach(l -> lines.append(l).append('\n'));
			result.setText(lines.toString().strip());
		}
		result.getParent().layout(true);
	}

	private static String words(DeployMessage.Step s) {
		return switch (s) {
		case ACCEPTED -> "accepted";
		case STAGING -> "staging";
		case STAGED -> "staged";
		case STAGE_FAILED -> "cannot stage";
		case ACTIVATING -> "activating";
		case ACTIVATED_ON -> "running";
		case ACTIVE -> "active";
		case REFUSED -> "refused";
		case FAILED -> "failed";
		};
	}
}
