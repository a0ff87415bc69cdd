package tandem.operator.ui;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tandem.hmi.ActionOutcome;
import tandem.hmi.Tone;
import tandem.runtime.api.client.ActionResult;

/**
 * Asks for user and password and lets the server decide. A refusal keeps the dialog open with the reason and an
 * empty password field, so the operator can try again at once.
 */
final class LoginDialog extends DialogFrame {

	private final Text user;
	private final Text password;
	private final BiFunction<String, char[], CompletableFuture<ActionResult>> login;
	private final Consumer<ActionOutcome> done;

	LoginDialog(Shell parent, Palette palette, BiFunction<String, char[], CompletableFuture<ActionResult>> login,
			Consumer<ActionOutcome> done) {
		super(parent, palette, "Log in", "Log in");
		this.login = login;
		this.done = done;
		user = field("User", SWT.NONE);
		password = field("Password", SWT.PASSWORD);
		message("Operator actions are checked against the project's users and roles.", Tone.STALE);
	}

	@Override
	void submit() {
		String name = user.getText().trim();
		if (name.isEmpty()) {
			message("Enter your user name.", Tone.ALARM);
			user.setFocus();
			return;
		}
		char[] secret = password.getTextChars();
		String action = "Log in " + name;
		ok.setEnabled(false);
		message("Checking " + name + " with the server…", Tone.NORMAL);
		CompletableFuture<ActionResult> answer;
		try {
			answer = login.apply(name, secret);
		} finally {
			Arrays.fill(secret, '\0');
		}
		answer.whenComplete((result, error) -> later(() -> answered(action, result, error)));
	}

	private void answered(String action, ActionResult result, Throwable error) {
		ok.setEnabled(true);
		if (error == null && result.confirmed()) {
			done.accept(ActionOutcome.of(action, result));
			close();
			return;
		}
		ActionOutcome outcome = error != null ? ActionOutcome.failed(action, error) : ActionOutcome.of(action, result);
		if (error == null && result.outcome() == ActionResult.Outcome.REFUSED) {
			String reason = result.message() == null || result.message().isBlank() ? "wrong user name or password"
					: result.message();
			message("Login refused: " + reason + ".", Tone.ALARM);
		} else {
			message(outcome.text(), outcome.tone());
		}
		password.setText("");
		password.setFocus();
	}

	Text userField() {
		return user;
	}

	Text passwordField() {
		return password;
	}
}
