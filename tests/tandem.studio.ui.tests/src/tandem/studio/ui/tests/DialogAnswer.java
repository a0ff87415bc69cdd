package tandem.studio.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import tandem.ui.testsupport.Screenshots;

/**
 * Answers the next modal dialog as an engineer would: waits (bounded) until a dialog shell other than the
 * workbench window is active, records its title and texts, saves a screenshot and then runs the answer (typically
 * pressing a button). Use {@link #when} before the call that opens the dialog, {@link #seen} after it.
 */
final class DialogAnswer {

	private final AtomicReference<String> seen = new AtomicReference<>("no dialog opened");

	private DialogAnswer() {
	}

	static DialogAnswer when(Shell workbench, String screenshot, Consumer<Shell> answer) {
		DialogAnswer a = new DialogAnswer();
		Display display = workbench.getDisplay();
		long deadline = System.currentTimeMillis() + 15_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell active = display.getActiveShell();
			Shell dialog = active != null && active != workbench ? active : topDialog(display, workbench);
			if (dialog == null) {
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(100, poll[0]);
				}
				return;
			}
			a.seen.set(dialog.getText() + "\n" + String.join("\n", texts(dialog)));
			try {
				if (screenshot != null) {
					Screenshots.save(dialog, screenshot);
				}
				answer.accept(dialog);
			} catch (Exception | AssertionError e) {
				a.seen.set(a.seen.get() + "\nanswer failed: " + e);
				dialog.close();
			}
		};
		display.timerExec(300, poll[0]);
		return a;
	}

	/** Title and texts of the dialog that was answered. */
	String seen() {
		return seen.get();
	}

	static void press(Shell dialog, String label) {
		Button button = find(dialog, label);
		if (button == null) {
			throw new AssertionError("no button '" + label + "' in " + dialog.getText() + ": " + texts(dialog));
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Shell topDialog(Display display, Shell workbench) {
		for (Shell shell : display.getShells()) {
			if (shell != workbench && shell.isVisible() && (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL)) != 0) {
				return shell;
			}
		}
		return null;
	}

	private static Button find(Control control, String label) {
		if (control instanceof Button b && b.getText().replace("&", "").equals(label)) {
			return b;
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				Button found = find(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static List<String> texts(Control control) {
		List<String> texts = new ArrayList<>();
		collect(control, texts);
		return texts;
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof Label l && !l.getText().isEmpty()) {
			texts.add(l.getText());
		} else if (control instanceof Button b && !b.getText().isEmpty()) {
			texts.add("[" + b.getText().replace("&", "") + "]");
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				collect(child, texts);
			}
		}
	}
}
