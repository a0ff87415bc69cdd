package tandem.operator.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tandem.hmi.Tone;

/**
 * The frame shared by the operator's dialogs: a dark modal shell with a title, a form of label/field rows, a message
 * line and Cancel / OK buttons. The dialog does not run its own event loop: the window's loop keeps the plant picture
 * live while a dialog is open, and the answer of the server arrives as a callback.
 */
abstract class DialogFrame {

	final Palette palette;
	final Shell shell;
	final Composite form;
	private final Label message;
	final FlatButton ok;

	DialogFrame(Shell parent, Palette palette, String title, String okText) {
		this.palette = palette;
		shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
		shell.setText(title);
		shell.setBackground(palette.panel);
		shell.setBackgroundMode(SWT.INHERIT_DEFAULT);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 20;
		layout.marginHeight = 16;
		layout.verticalSpacing = 12;
		shell.setLayout(layout);
		Label heading = new Label(shell, SWT.NONE);
		heading.setText(title);
		heading.setFont(palette.title);
		heading.setForeground(palette.text);
		form = new Composite(shell, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout formLayout = new GridLayout(2, false);
		formLayout.marginWidth = 0;
		formLayout.horizontalSpacing = 14;
		formLayout.verticalSpacing = 8;
		form.setLayout(formLayout);
		message = new Label(shell, SWT.WRAP);
		message.setFont(palette.bold);
		GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		messageData.widthHint = 480;
		message.setLayoutData(messageData);
		Composite buttons = new Composite(shell, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		GridLayout buttonLayout = new GridLayout(2, true);
		buttonLayout.marginWidth = 0;
		buttons.setLayout(buttonLayout);
		FlatButton cancel = new FlatButton(buttons, palette, "Cancel", false);
		cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		cancel.onClick(e -> shell.close());
		ok = new FlatButton(buttons, palette, okText, true);
		ok.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ok.onClick(e -> submit());
		shell.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
				submit();
			}
		});
	}

	abstract void submit();

	/** A label / value row in the form. */
	Label row(String label, String value) {
		caption(label);
		Label v = new Label(form, SWT.WRAP);
		v.setText(value);
		v.setFont(palette.normal);
		v.setForeground(palette.text);
		return v;
	}

	void caption(String label) {
		Label l = new Label(form, SWT.NONE);
		l.setText(label);
		l.setFont(palette.normal);
		l.setForeground(palette.textMuted);
	}

	Text field(String label, int style) {
		caption(label);
		Text t = new Text(form, SWT.BORDER | SWT.SINGLE | style);
		t.setFont(palette.mono);
		t.setBackground(palette.input);
		t.setForeground(palette.text);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 260;
		t.setLayoutData(data);
		return t;
	}

	void message(String text, Tone tone) {
		message.setText(text);
		message.setForeground(palette.tone(tone));
		shell.layout(true, true);
		Point size = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		if (size.y > shell.getSize().y) {
			shell.setSize(shell.getSize().x, size.y);
		}
	}

	String messageText() {
		return message.getText();
	}

	/** Opens centred over the parent window. */
	void open() {
		shell.pack();
		Point size = shell.getSize();
		Rectangle p = shell.getParent().getBounds();
		shell.setLocation(p.x + (p.width - size.x) / 2, p.y + (p.height - size.y) / 3);
		shell.open();
	}

	boolean isOpen() {
		return !shell.isDisposed();
	}

	void close() {
		if (!shell.isDisposed()) {
			shell.close();
		}
	}

	/** Runs on the UI thread unless the dialog has been closed meanwhile. */
	void later(Runnable r) {
		if (!shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					r.run();
				}
			});
		}
	}
}
