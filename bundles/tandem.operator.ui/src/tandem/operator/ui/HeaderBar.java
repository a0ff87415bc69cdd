package tandem.operator.ui;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The top band: which plant this is, who is logged in (with the login button) and the time. */
final class HeaderBar {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private final Composite band;
	private final Label user;
	private final FlatButton login;
	private final FlatButton password;
	private final Label time;
	private final Label date;
	private final Clock clock;
	private boolean loggedIn;

	HeaderBar(Composite parent, Palette palette, String plant, String description, Clock clock, Runnable onLogin,
			Runnable onLogout, Runnable onPassword) {
		this.clock = clock;
		band = new Composite(parent, SWT.NONE);
		band.setBackground(palette.header);
		band.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayout layout = new GridLayout(5, false);
		layout.marginWidth = 16;
		layout.marginHeight = 8;
		layout.horizontalSpacing = 18;
		band.setLayout(layout);

		Composite name = column(band, palette);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		label(name, "TANDEM OPERATOR", palette.small, palette.accentText);
		label(name, plant, palette.title, palette.text);
		label(name, description, palette.small, palette.textMuted);

		Composite who = column(band, palette);
		who.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		label(who, "USER", palette.small, palette.textMuted);
		user = label(who, "", palette.bold, palette.text);
		user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		login = new FlatButton(band, palette, "Log in", false);
		login.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		login.onClick(e -> (loggedIn ? onLogout : onLogin).run());
		password = new FlatButton(band, palette, "Password", false);
		GridData passwordData = new GridData(SWT.END, SWT.CENTER, false, false);
		password.setLayoutData(passwordData);
		password.onClick(e -> onPassword.run());

		Composite when = column(band, palette);
		when.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		time = label(when, "00:00:00", palette.clock, palette.text);
		time.setAlignment(SWT.RIGHT);
		date = label(when, "", palette.small, palette.textMuted);
		date.setAlignment(SWT.RIGHT);
		date.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		showUser("");
		tick();
	}

	private static Composite column(Composite parent, Palette palette) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 1;
		c.setLayout(layout);
		return c;
	}

	private static Label label(Composite parent, String text, org.eclipse.swt.graphics.Font font,
			org.eclipse.swt.graphics.Color colour) {
		Label l = new Label(parent, SWT.NONE);
		l.setFont(font);
		l.setForeground(colour);
		l.setText(text);
		return l;
	}

	Composite control() {
		return band;
	}

	/** Shows the logged-in user, or that nobody is; the button switches between Log in and Log out. */
	void showUser(String name) {
		loggedIn = name != null && !name.isEmpty();
		user.setText(loggedIn ? name : "not logged in");
		login.setText(loggedIn ? "Log out" : "Log in");
		password.setVisible(loggedIn); // only a logged-in user changes a password
		((GridData) password.getLayoutData()).exclude = !loggedIn;
		band.layout(true, true);
	}

	/** Updates the clock; the window calls it every second. */
	void tick() {
		ZonedDateTime now = ZonedDateTime.now(clock);
		time.setText(TIME.format(now));
		date.setText(DATE.format(now));
	}

	String userText() {
		return user.getText();
	}

	String timeText() {
		return time.getText();
	}

	FlatButton loginButton() {
		return login;
	}

	FlatButton passwordButton() {
		return password;
	}
}
