package tandem.operator.ui;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The operator's main window: a screen area and a status bar. The status bar is never empty: it shows the
 * serving node or, in red, that the client is not connected, so an operator cannot mistake a frozen
 * picture for a live one.
 */
final class OperatorWindow {

	static final String NOT_CONNECTED = "not connected";

	private final Shell shell;
	private final Label connection;
	private final Color alarmRed;

	OperatorWindow(Display display, Path project) {
		shell = new Shell(display, SWT.SHELL_TRIM);
		shell.setText("Tandem Operator" + (project == null ? "" : " — " + project.getFileName()));
		shell.setSize(1024, 700);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		shell.setLayout(layout);
		alarmRed = new Color(display, 0xc6, 0x28, 0x28);

		Composite screen = new Composite(shell, SWT.NONE);
		screen.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		screen.setBackground(new Color(display, 0x26, 0x32, 0x38));
		screen.setLayout(new GridLayout(1, false));
		Label waiting = new Label(screen, SWT.CENTER);
		waiting.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
		waiting.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
		waiting.setBackground(screen.getBackground());
		FontData big = display.getSystemFont().getFontData()[0];
		big.setHeight(big.getHeight() + 6);
		Font bigFont = new Font(display, big);
		waiting.setFont(bigFont);
		waiting.setText("Waiting for a Tandem server…");

		Composite status = new Composite(shell, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
		GridLayout statusLayout = new GridLayout(2, false);
		statusLayout.marginHeight = 4;
		status.setLayout(statusLayout);
		Label project0 = new Label(status, SWT.NONE);
		project0.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		project0.setText(project == null ? "no project" : "Project: " + project.getFileName());
		connection = new Label(status, SWT.NONE);
		connection.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		showDisconnected();
		shell.addDisposeListener(e -> {
			alarmRed.dispose();
			bigFont.dispose();
			screen.getBackground().dispose();
		});
	}

	void showDisconnected() {
		connection.setForeground(alarmRed);
		connection.setText("● " + NOT_CONNECTED);
		connection.getParent().layout();
	}

	void showConnected(String node) {
		connection.setForeground(connection.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
		connection.setText("● connected to " + node);
		connection.getParent().layout();
	}

	void open() {
		shell.open();
	}

	boolean isDisposed() {
		return shell.isDisposed();
	}
}
