package tandem.hmi.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import tandem.hmi.ButtonPress;

/**
 * The prompt before a write the engineer marked for confirmation: it names the variable and the value, and sends
 * nothing until the operator presses Write. It does not block the UI thread: values keep updating behind it.
 */
public final class WriteConfirmation {

	private final Shell shell;
	private final Button write;
	private final Button cancel;
	private final String message;

	WriteConfirmation(Shell parent, ButtonPress press, Runnable onWrite) {
		shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
		shell.setText("Confirm write");
		GridLayout layout = new GridLayout(2, true);
		layout.marginWidth = 16;
		layout.marginHeight = 14;
		layout.verticalSpacing = 12;
		shell.setLayout(layout);
		message = press.description() + "?";
		Label label = new Label(shell, SWT.WRAP);
		label.setText(message);
		GridData span = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		span.widthHint = 360;
		label.setLayoutData(span);
		write = new Button(shell, SWT.PUSH);
		write.setText("Write");
		write.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		cancel = new Button(shell, SWT.PUSH);
		cancel.setText("Cancel");
		cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		write.addListener(SWT.Selection, e -> {
			shell.dispose();
			onWrite.run();
		});
		cancel.addListener(SWT.Selection, e -> shell.dispose());
		shell.setDefaultButton(cancel); // Enter must not write by accident
		shell.pack();
		var p = parent.getBounds();
		var s = shell.getSize();
		shell.setLocation(p.x + (p.width - s.x) / 2, p.y + (p.height - s.y) / 2);
		shell.open();
	}

	public String message() {
		return message;
	}

	public boolean isOpen() {
		return !shell.isDisposed();
	}

	/** Presses Write (as the operator would). */
	public void confirm() {
		write.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** Presses Cancel: nothing is sent. */
	public void cancel() {
		cancel.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	public Shell shell() {
		return shell;
	}
}
