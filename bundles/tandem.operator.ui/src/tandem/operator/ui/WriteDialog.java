package tandem.operator.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tandem.hmi.ActionOutcome;
import tandem.hmi.Tone;
import tandem.operator.ui.station.ValueText;
import tandem.operator.ui.station.VariableInfo;
import tandem.operator.ui.station.WriteInput;
import tandem.runtime.api.client.ActionResult;

/**
 * Writes one variable. The input is checked against type and range before anything is sent; the server's answer is
 * shown: a confirmed or pending write closes the dialog (the status bar keeps the outcome), a refused one stays open
 * with the reason.
 */
final class WriteDialog extends DialogFrame {

	private final VariableInfo variable;
	private final Control input;
	private final Function<Object, CompletableFuture<ActionResult>> write;
	private final Consumer<ActionOutcome> done;

	WriteDialog(Shell parent, Palette palette, VariableInfo variable, ValueText.Cell current,
			Function<Object, CompletableFuture<ActionResult>> write, Consumer<ActionOutcome> done) {
		super(parent, palette, "Write " + variable.name(), "Write");
		this.variable = variable;
		this.write = write;
		this.done = done;
		if (!variable.description().isEmpty()) {
			row("Description", variable.description());
		}
		row("Current value", (current.value() + " " + current.unit()).trim()
				+ (current.quality().isEmpty() ? "" : "  (" + current.quality() + ")"));
		if (!variable.rangeText().isEmpty()) {
			row("Range", variable.rangeText());
		}
		if (variable.kind() == VariableInfo.Kind.BOOL) {
			caption("New value");
			Combo choice = new Combo(form, SWT.READ_ONLY);
			choice.setItems("ON", "OFF");
			choice.setFont(palette.mono);
			choice.select("ON".equals(current.value()) ? 1 : 0);
			choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			input = choice;
		} else {
			Text text = field("New value" + (variable.unit().isEmpty() ? "" : " (" + variable.unit() + ")"),
					SWT.NONE);
			text.setText(ValueText.NO_VALUE.equals(current.value()) ? "" : current.value());
			text.selectAll();
			input = text;
		}
		message("The value is written to the field once the server and its standby hold it.", Tone.STALE);
	}

	@Override
	void submit() {
		Object value;
		try {
			value = WriteInput.parse(variable, typed());
		} catch (IllegalArgumentException e) {
			message(e.getMessage(), Tone.ALARM);
			input.setFocus();
			return;
		}
		String action = "Write " + variable.name() + " = " + typed().trim()
				+ (variable.unit().isEmpty() ? "" : " " + variable.unit());
		ok.setEnabled(false);
		message("Sending…", Tone.NORMAL);
		write.apply(value).whenComplete((result, error) -> later(() -> answered(action, result, error)));
	}

	private void answered(String action, ActionResult result, Throwable error) {
		ok.setEnabled(true);
		ActionOutcome outcome = error != null ? ActionOutcome.failed(action, error) : ActionOutcome.of(action, result);
		if (error == null && result.outcome() != ActionResult.Outcome.REFUSED) {
			done.accept(outcome);
			close();
		} else {
			message(outcome.text(), outcome.tone());
		}
	}

	String typed() {
		return input instanceof Text t ? t.getText() : ((Combo) input).getText();
	}

	void type(String text) {
		if (input instanceof Text t) {
			t.setText(text);
		} else {
			Combo c = (Combo) input;
			c.select(c.indexOf(text));
		}
	}
}
