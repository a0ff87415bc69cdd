package tandem.hmi.swt;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import tandem.hmi.AlarmIndex;
import tandem.model.AlarmGroup;
import tandem.model.Screen;
import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.ActionResult.Outcome;
import tandem.runtime.api.client.PlantConnection;

/**
 * Screen actions sent through an operator station's plant connection: the server checks the user's permission for
 * each, exactly as for a write from the value list. Acknowledging a group sends one acknowledgement per alarm;
 * the answer is the worst of theirs.
 */
public final class PlantActions implements ScreenActions {

	private final PlantConnection plant;
	private volatile AlarmIndex alarms;
	private final Consumer<Screen> navigator;

	public PlantActions(PlantConnection plant, AlarmIndex alarms, Consumer<Screen> navigator) {
		this.plant = plant;
		this.alarms = alarms;
		this.navigator = navigator;
	}

	/**
	 * A newly active project version: its alarms and groups decide what a screen's acknowledge button covers (the
	 * button's group is the new version's object, unknown to the index of the version before).
	 */
	public void useAlarms(AlarmIndex next) {
		alarms = next;
	}

	@Override
	public CompletableFuture<ActionResult> write(String variable, Object value) {
		return plant.write(variable, value);
	}

	@Override
	public CompletableFuture<ActionResult> acknowledge(AlarmGroup group) {
		List<String> keys = alarms.toAcknowledge(plant.activeAlarms(), group);
		if (keys.isEmpty()) {
			return CompletableFuture.completedFuture(
					new ActionResult(UUID.randomUUID().toString(), Outcome.CONFIRMED, "nothing to acknowledge"));
		}
		List<CompletableFuture<ActionResult>> answers = keys.stream().map(plant::acknowledge).toList();
		return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).thenApply(done -> {
			List<ActionResult> results = answers.stream().map(CompletableFuture::join).toList();
			return results.stream().filter(r -> r.outcome() == Outcome.REFUSED).findFirst()
					.or(() -> results.stream().filter(r -> r.outcome() == Outcome.PENDING).findFirst())
					.or(() -> results.stream().filter(r -> r.outcome() == Outcome.CONFIRMED_WITHOUT_STANDBY)
							.findFirst())
					.orElse(results.get(0));
		});
	}

	@Override
	public void showScreen(Screen screen) {
		navigator.accept(screen);
	}
}
