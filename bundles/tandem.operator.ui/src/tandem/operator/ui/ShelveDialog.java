package tandem.operator.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;

import tandem.hmi.ActionOutcome;
import tandem.hmi.Tone;
import tandem.operator.ui.station.AlarmInfo;
import tandem.operator.ui.station.ShelveInput;
import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.PlantConnection;

/**
 * Shelves the selected alarms (one-shot or timed, up to their class's maximum) or takes them out of service, with a
 * reason the CEL keeps. The input is checked here ({@link ShelveInput}) and again by the server, which also checks
 * the permission; a refused request keeps the dialog open with the server's reason.
 */
final class ShelveDialog extends DialogFrame {

	private final List<AlarmInfo> alarms;
	private final PlantConnection plant;
	private final Consumer<ActionOutcome> done;
	private final Combo mode;
	private final Text minutes;
	private final Text reason;
	private final int max;

	/** @param inAlarm whether every selected alarm is in alarm now (one-shot shelving needs that) */
	ShelveDialog(org.eclipse.swt.widgets.Shell parent, Palette palette, List<AlarmInfo> alarms, boolean inAlarm,
			PlantConnection plant, Consumer<ActionOutcome> done) {
		super(parent, palette, alarms.size() == 1 ? "Shelve alarm" : "Shelve " + alarms.size() + " alarms",
				"Shelve");
		this.alarms = List.copyOf(alarms);
		this.plant = plant;
		this.done = done;
		this.max = ShelveInput.maxMinutes(alarms);
		row(alarms.size() == 1 ? "Alarm" : "Alarms", String.join("\n", alarms.stream()
				.map(a -> a.text() + "  (" + a.id() + ")").limit(6).toList())
				+ (alarms.size() > 6 ? "\n… and " + (alarms.size() - 6) + " more" : ""));
		caption("Shelve");
		mode = new Combo(form, SWT.READ_ONLY);
		mode.setFont(palette.normal);
		mode.setItems(ShelveInput.ONE_SHOT_LABEL, ShelveInput.TIMED_LABEL, ShelveInput.OUT_OF_SERVICE_LABEL);
		mode.select(max == 0 ? 2 : inAlarm ? 0 : 1);
		mode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		minutes = field("For (minutes)", SWT.NONE);
		minutes.setText(Integer.toString(Math.min(60, Math.max(max, 1))));
		reason = field("Reason", SWT.NONE);
		reason.setTextLimit(ShelveInput.MAX_REASON);
		mode.addListener(SWT.Selection, e -> explain());
		explain();
		reason.setFocus();
	}

	private AlarmShelving.Mode selectedMode() {
		return AlarmShelving.Mode.values()[Math.max(0, mode.getSelectionIndex())];
	}

	private void explain() {
		AlarmShelving.Mode m = selectedMode();
		minutes.setEnabled(m == AlarmShelving.Mode.TIMED);
		ok.setText(m == AlarmShelving.Mode.OUT_OF_SERVICE ? "Take out of service" : "Shelve");
		message(ShelveInput.explain(m, max), Tone.STALE);
	}

	@Override
	void submit() {
		ShelveInput.Terms terms;
		try {
			terms = ShelveInput.parse(selectedMode(), minutes.getText(), reason.getText(), max);
		} catch (IllegalArgumentException e) {
			message(e.getMessage(), Tone.ALARM);
			return;
		}
		String action = (terms.mode() == AlarmShelving.Mode.OUT_OF_SERVICE ? "Take out of service " : "Shelve ")
				+ (alarms.size() == 1 ? alarms.get(0).id() : alarms.size() + " alarms");
		ok.setEnabled(false);
		message("Sending…", Tone.NORMAL);
		List<CompletableFuture<ActionResult>> answers = alarms.stream()
				.map(a -> plant.shelve(a.id(), terms.mode(), terms.minutes(), terms.reason())).toList();
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).whenComplete((ok2, error) -> later(() -> {
			ok.setEnabled(true);
			ActionOutcome outcome = error != null ? ActionOutcome.failed(action, error)
					: ActionOutcome.ofAll(action, answers.stream().map(CompletableFuture::join).toList());
			boolean refused = error != null || answers.stream().map(CompletableFuture::join)
					.anyMatch(r -> r.outcome() == ActionResult.Outcome.REFUSED);
			if (refused) {
				message(outcome.text(), outcome.tone());
			} else {
				done.accept(outcome);
				close();
			}
		}));
	}

	void choose(AlarmShelving.Mode m, String forMinutes, String why) {
		mode.select(m.ordinal());
		explain();
		minutes.setText(forMinutes);
		reason.setText(why);
	}
}
