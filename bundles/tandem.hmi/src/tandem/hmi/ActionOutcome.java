package tandem.hmi;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import tandem.runtime.api.client.ActionResult;

/**
 * What the operator is told after an action. An action counts as done only when the standby holds it; a pending one
 * is resent by the station with the same id, and the operator is told so instead of being left guessing.
 *
 * @param text e.g. {@code Write Tank1.LevelSetpoint = 3.5: confirmed}
 * @param tone green for confirmed, amber for pending or confirmed without standby, red for refused or failed
 */
public record ActionOutcome(String text, Tone tone) {

	public static ActionOutcome of(String action, ActionResult result) {
		String reason = result.message() == null || result.message().isBlank() ? "" : " — " + result.message();
		return switch (result.outcome()) {
		case CONFIRMED -> new ActionOutcome(action + ": confirmed", Tone.GOOD);
		case CONFIRMED_WITHOUT_STANDBY -> new ActionOutcome(
				action + ": confirmed by the server (no standby holds a copy)" + reason, Tone.WARNING);
		case REFUSED -> new ActionOutcome(action + ": refused" + (reason.isEmpty() ? "" : reason), Tone.ALARM);
		case PENDING -> new ActionOutcome(action + ": pending, resent automatically until confirmed" + reason,
				Tone.WARNING);
		};
	}

	/** An action whose future failed: the operator learns that it did not go through and why. */
	public static ActionOutcome failed(String action, Throwable error) {
		Throwable cause = error;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof CancellationException) {
			return new ActionOutcome(action + ": cancelled", Tone.ALARM);
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return new ActionOutcome(action + ": failed — " + message, Tone.ALARM);
	}

	/**
	 * One outcome for an action sent several times (acknowledge all): the worst answer decides, and the text says
	 * how many were refused or are still pending.
	 */
	public static ActionOutcome ofAll(String action, List<ActionResult> results) {
		long refused = results.stream().filter(r -> r.outcome() == ActionResult.Outcome.REFUSED).count();
		long pending = results.stream().filter(r -> r.outcome() == ActionResult.Outcome.PENDING).count();
		if (refused > 0) {
			String reason = results.stream().filter(r -> r.outcome() == ActionResult.Outcome.REFUSED)
					.map(ActionResult::message).filter(m -> m != null && !m.isBlank()).findFirst().orElse("");
			return new ActionOutcome(action + ": " + refused + " of " + results.size() + " refused"
					+ (reason.isEmpty() ? "" : " — " + reason), Tone.ALARM);
		}
		if (pending > 0) {
			return new ActionOutcome(action + ": " + pending + " of " + results.size()
					+ " pending, resent automatically until confirmed", Tone.WARNING);
		}
		boolean withoutStandby = results.stream()
				.anyMatch(r -> r.outcome() == ActionResult.Outcome.CONFIRMED_WITHOUT_STANDBY);
		return withoutStandby
				? new ActionOutcome(action + ": confirmed by the server (no standby holds a copy)", Tone.WARNING)
				: new ActionOutcome(action + ": confirmed", Tone.GOOD);
	}

	public static ActionOutcome sending(String action) {
		return new ActionOutcome(action + ": sending…", Tone.NORMAL);
	}
}
