package tandem.hmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.ActionResult.Outcome;

class ActionOutcomeTest {

	private static ActionResult result(Outcome outcome, String message) {
		return new ActionResult("id", outcome, message);
	}

	@Test
	void aConfirmedActionIsGreen() {
		assertEquals(new ActionOutcome("Write X = 1: confirmed", Tone.GOOD),
				ActionOutcome.of("Write X = 1", result(Outcome.CONFIRMED, "")));
	}

	@Test
	void aRefusedActionGivesTheServersReasonInRed() {
		assertEquals(new ActionOutcome("Write X = 1: refused — user viewer may not write variables", Tone.ALARM),
				ActionOutcome.of("Write X = 1", result(Outcome.REFUSED, "user viewer may not write variables")));
	}

	@Test
	void aPendingActionSaysItIsResentAndAConfirmationWithoutStandbyIsAmber() {
		ActionOutcome pending = ActionOutcome.of("Write X = 1", result(Outcome.PENDING, null));
		assertEquals(Tone.WARNING, pending.tone());
		assertEquals("Write X = 1: pending, resent automatically until confirmed", pending.text());

		assertEquals(Tone.WARNING,
				ActionOutcome.of("Write X = 1", result(Outcome.CONFIRMED_WITHOUT_STANDBY, null)).tone());
	}

	@Test
	void aFailedFutureNamesTheCauseNotTheWrapper() {
		ActionOutcome failed = ActionOutcome.failed("Write X = 1",
				new CompletionException(new IOException("connection reset")));

		assertEquals(new ActionOutcome("Write X = 1: failed — connection reset", Tone.ALARM), failed);
	}

	@Test
	void severalAnswersAreSummedUpByTheWorstOne() {
		assertEquals(new ActionOutcome("Acknowledge 3 alarms: confirmed", Tone.GOOD), ActionOutcome
				.ofAll("Acknowledge 3 alarms", List.of(result(Outcome.CONFIRMED, ""), result(Outcome.CONFIRMED, ""),
						result(Outcome.CONFIRMED, ""))));
		assertEquals(
				new ActionOutcome("Acknowledge 3 alarms: 1 of 3 refused — not logged in", Tone.ALARM),
				ActionOutcome.ofAll("Acknowledge 3 alarms", List.of(result(Outcome.PENDING, ""),
						result(Outcome.REFUSED, "not logged in"), result(Outcome.CONFIRMED, ""))));
		assertEquals(Tone.WARNING, ActionOutcome.ofAll("Ack",
				List.of(result(Outcome.PENDING, ""), result(Outcome.CONFIRMED, ""))).tone());
	}
}
