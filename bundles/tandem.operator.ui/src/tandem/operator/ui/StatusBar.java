package tandem.operator.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import tandem.hmi.ActionOutcome;
import tandem.operator.ui.station.ConnectionBadge;
import tandem.operator.ui.station.UpdateAge;

/**
 * The bottom band. It always states the connection: a coloured badge with the state, the serving node with its
 * epoch, and what that means for the values on screen; on the right the outcome of the operator's last action.
 */
final class StatusBar {

	private final Palette palette;
	private final Composite band;
	private final Label badge;
	private final Label server;
	private final Label meaning;
	private final Label age;
	private final Label action;

	StatusBar(Composite parent, Palette palette) {
		this.palette = palette;
		band = new Composite(parent, SWT.NONE);
		band.setBackground(palette.header);
		GridLayout layout = new GridLayout(5, false);
		layout.marginWidth = 10;
		layout.marginHeight = 5;
		layout.horizontalSpacing = 14;
		band.setLayout(layout);
		badge = new Label(band, SWT.CENTER);
		badge.setFont(palette.bold);
		GridData badgeData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		badgeData.minimumWidth = 210;
		badgeData.widthHint = 230;
		badge.setLayoutData(badgeData);
		server = label(palette.monoBold, palette.text);
		meaning = label(palette.normal, palette.textMuted);
		age = label(palette.normal, palette.textMuted);
		action = label(palette.normal, palette.text);
		action.setAlignment(SWT.RIGHT);
		action.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	private Label label(org.eclipse.swt.graphics.Font font, org.eclipse.swt.graphics.Color colour) {
		Label l = new Label(band, SWT.NONE);
		l.setBackground(palette.header);
		l.setFont(font);
		l.setForeground(colour);
		return l;
	}

	Composite control() {
		return band;
	}

	void show(ConnectionBadge state) {
		badge.setText("●  " + state.state());
		badge.setBackground(palette.tone(state.tone()));
		badge.setForeground(palette.onTone());
		server.setText(state.server());
		meaning.setText(state.meaning());
		band.layout(true);
	}

	/** How old the newest value is; amber when the picture has gone silent. */
	void showAge(UpdateAge update) {
		if (!update.text().equals(age.getText())) {
			age.setText("· " + update.text());
			age.setForeground(palette.tone(update.tone()));
			band.layout(true);
		}
	}

	void showAction(ActionOutcome outcome) {
		action.setText(outcome.text());
		action.setToolTipText(outcome.text());
		action.setForeground(palette.tone(outcome.tone()));
		band.layout(true);
	}

	/** The text the operator reads in the status bar, for tests and screen readers. */
	String text() {
		return badge.getText() + " | " + server.getText() + " | " + meaning.getText() + " " + age.getText();
	}

	String actionText() {
		return action.getText();
	}
}
