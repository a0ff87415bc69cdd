package tandem.hmi.swt;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

import tandem.hmi.ActionOutcome;
import tandem.hmi.ButtonPress;
import tandem.runtime.api.client.ActionResult;

/**
 * What happens when an operator presses a screen button: a screen switch at once; a write after the prompt when
 * the engineer asked for one; then the action goes out and its answer (confirmed, refused and why, pending) is
 * reported on the UI thread.
 */
final class ButtonPresses {

	private final Control owner;
	private final ScreenActions actions;
	private final Consumer<ActionOutcome> answers;
	private WriteConfirmation confirmation;

	ButtonPresses(Control owner, ScreenActions actions, Consumer<ActionOutcome> answers) {
		this.owner = owner;
		this.actions = actions;
		this.answers = answers;
	}

	void press(ButtonPress press, boolean actionsAllowed) {
		if (press.target() != null) {
			actions.showScreen(press.target());
			return;
		}
		if (!actionsAllowed) {
			answers.accept(new ActionOutcome(press.description() + ": not sent — no server accepts actions now",
					tandem.hmi.Tone.ALARM));
			return;
		}
		if (press.needsConfirmation()) {
			confirmation = new WriteConfirmation(owner.getShell(), press, () -> send(press));
			return;
		}
		send(press);
	}

	private void send(ButtonPress press) {
		answers.accept(ActionOutcome.sending(press.description()));
		CompletableFuture<ActionResult> answer = press.variable() != null
				? actions.write(press.variable(), press.value())
				: actions.acknowledge(press.group());
		answer.whenComplete((result, error) -> {
			ActionOutcome outcome = error != null ? ActionOutcome.failed(press.description(), error)
					: ActionOutcome.of(press.description(), result);
			if (!owner.isDisposed()) {
				owner.getDisplay().asyncExec(() -> {
					if (!owner.isDisposed()) {
						answers.accept(outcome);
					}
				});
			}
		});
	}

	/** The prompt opened last, for tests; null before any. */
	WriteConfirmation confirmation() {
		return confirmation;
	}
}
