package tandem.hmi.swt;

import java.util.concurrent.CompletableFuture;

import tandem.model.AlarmGroup;
import tandem.model.Screen;
import tandem.runtime.api.client.ActionResult;

/**
 * What a screen's buttons do outside the canvas. The operator client sends writes and acknowledgements to the
 * server through its plant connection ({@link PlantActions}), so the server checks permissions; a studio preview
 * can answer them itself.
 */
public interface ScreenActions {

	/** Writes value (typed as the variable) and completes with the server's answer. */
	CompletableFuture<ActionResult> write(String variable, Object value);

	/** Acknowledges the unacknowledged alarms of group (every alarm when null); completes with the answer. */
	CompletableFuture<ActionResult> acknowledge(AlarmGroup group);

	/** Shows another screen. */
	void showScreen(Screen screen);
}
