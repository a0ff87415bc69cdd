package tandem.operator.ui;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tandem.hmi.ActionOutcome;
import tandem.hmi.Tone;
import tandem.runtime.api.client.ActionResult;

/**
 * Changes a password on the running system: the logged-in user's own with the current password, or (a user
 * manager) another user's, whose current password is not asked. The new one is typed twice; the server checks the
 * rest and applies it as the next project version, so the dialog waits for that answer.
 */
final class PasswordDialog extends DialogFrame {

	/** What the dialog asks the plant: user, current password, new password. */
	interface Change {
		CompletableFuture<ActionResult> apply(String user, char[] current, char[] password);
	}

	static final int MIN_LENGTH = 8; // the server's rule too (OperatorActions.MIN_PASSWORD); checked here first

	private final String self;
	private final Text user;
	private final Text current;
	private final Text password;
	private final Text repeat;
	private final Change change;
	private final Consumer<ActionOutcome> done;

	PasswordDialog(Shell parent, Palette palette, String self, Change change, Consumer<ActionOutcome> done) {
		super(parent, palette, "Change password", "Change");
		this.self = self;
		this.change = change;
		this.done = done;
		user = field("User", SWT.NONE);
		user.setText(self);
		current = field("Current password", SWT.PASSWORD);
		password = field("New password", SWT.PASSWORD);
		repeat = field("Repeat new password", SWT.PASSWORD);
		user.addListener(SWT.Modify, e -> current.setEnabled(user.getText().trim().equals(self)));
		message("At least " + MIN_LENGTH + " characters. Another user's password needs the permission to manage "
				+ "users; the change reaches every node as a new project version.", Tone.STALE);
		current.setFocus();
	}

	@Override
	void submit() {
		String name = user.getText().trim();
		char[] next = password.getTextChars();
		char[] again = repeat.getTextChars();
		char[] now = name.equals(self) ? current.getTextChars() : new char[0];
		try {
			String problem = name.isEmpty() ? "Enter the user whose password changes."
					: name.equals(self) && now.length == 0 ? "Enter your current password."
					: next.length < MIN_LENGTH ? "The new password needs at least " + MIN_LENGTH + " characters."
					: !Arrays.equals(next, again) ? "The two new passwords differ." : null;
			if (problem != null) {
				message(problem, Tone.ALARM);
				return;
			}
			ok.setEnabled(false);
			message("Applying the new password of " + name + " on the cluster…", Tone.NORMAL);
			String action = "Change password of " + name;
			change.apply(name, now, next).whenComplete((result, error) -> later(() -> answered(action, result,
					error)));
		} finally {
			Arrays.fill(next, '\0');
			Arrays.fill(again, '\0');
			Arrays.fill(now, '\0');
		}
	}

	private void answered(String action, ActionResult result, Throwable error) {
		ok.setEnabled(true);
		ActionOutcome outcome = error != null ? ActionOutcome.failed(action, error) : ActionOutcome.of(action, result);
		if (error == null && result.confirmed()) {
			done.accept(outcome);
			close();
			return;
		}
		message(outcome.text(), outcome.tone());
		password.setText("");
		repeat.setText("");
	}

	Text userField() {
		return user;
	}

	Text currentField() {
		return current;
	}

	Text passwordField() {
		return password;
	}

	Text repeatField() {
		return repeat;
	}
}
