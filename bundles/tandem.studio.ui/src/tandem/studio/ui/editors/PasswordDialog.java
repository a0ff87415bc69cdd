package tandem.studio.ui.editors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tandem.studio.core.op.SetPasswordOperation;

/** Asks for a new password twice; OK only when both agree and it is long enough. The project keeps only a hash. */
public final class PasswordDialog extends TitleAreaDialog {

	private final String user;
	private Text first;
	private Text second;
	private char[] password = new char[0];

	public PasswordDialog(Shell parent, String user) {
		super(parent);
		this.user = user;
	}

	@Override
	public void create() {
		super.create();
		setTitle("Set the password of '" + user + "'");
		setMessage("Only a PBKDF2 hash of the password is stored in the project.");
		check();
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(fields, SWT.NONE).setText("New password:");
		first = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		first.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(fields, SWT.NONE).setText("Repeat:");
		second = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		second.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		first.addListener(SWT.Modify, e -> check());
		second.addListener(SWT.Modify, e -> check());
		return area;
	}

	/** Types a password into both fields (tests drive the dialog like an engineer). */
	public void type(String text) {
		first.setText(text);
		second.setText(text);
	}

	private void check() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String error = first.getText().length() < SetPasswordOperation.MIN_LENGTH
				? "At least " + SetPasswordOperation.MIN_LENGTH + " characters."
				: !first.getText().equals(second.getText()) ? "The two passwords differ." : null;
		setErrorMessage(first.getText().isEmpty() ? null : error);
		getButton(IDialogConstants.OK_ID).setEnabled(error == null);
	}

	@Override
	protected void okPressed() {
		password = first.getText().toCharArray();
		super.okPressed();
	}

	/** The typed password; the operation that hashes it wipes the array. */
	public char[] password() {
		return password;
	}
}
