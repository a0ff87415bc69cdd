package tandem.operator.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import tandem.hmi.ActionOutcome;
import tandem.hmi.PlantSnapshot;
import tandem.hmi.Tone;
import tandem.hmi.swt.PlantActions;
import tandem.hmi.swt.ScreenCanvas;
import tandem.model.Project;
import tandem.model.Screen;
import tandem.operator.ui.station.ScreenHistory;
import tandem.runtime.api.client.PlantConnection;

/**
 * The project's drawn screens, live: a navigation bar (back, forward, the screen menu, the screen's name and,
 * while the picture is not live, why) above the screen canvas. Screen buttons navigate through the same history.
 */
final class ScreenView {

	private final Composite area;
	private Project project;
	private final ScreenCanvas canvas;
	private final ScreenHistory history;
	private final FlatButton back;
	private final FlatButton forward;
	private final FlatButton menuButton;
	private final Label title;
	private final Label banner;
	private final Palette palette;

	ScreenView(Composite parent, Palette palette, Project project, PlantConnection plant, ZoneId zone,
			Consumer<ActionOutcome> answers) {
		this.palette = palette;
		this.project = project;
		area = new Composite(parent, SWT.NONE);
		area.setBackground(palette.panel);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		area.setLayout(layout);
		Composite bar = new Composite(area, SWT.NONE);
		bar.setBackground(palette.header);
		GridLayout barLayout = new GridLayout(5, false);
		barLayout.marginWidth = 8;
		barLayout.marginHeight = 5;
		bar.setLayout(barLayout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		back = new FlatButton(bar, palette, "◀  Back", false);
		forward = new FlatButton(bar, palette, "Forward  ▶", false);
		menuButton = new FlatButton(bar, palette, "Screens  ▾", false);
		title = new Label(bar, SWT.NONE);
		title.setBackground(palette.header);
		title.setForeground(palette.text);
		title.setFont(palette.bold);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		banner = new Label(bar, SWT.RIGHT);
		banner.setFont(palette.bold);
		banner.setForeground(palette.onTone());
		banner.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		actions = new PlantActions(plant, new tandem.hmi.AlarmIndex(project), this::navigate);
		canvas = new ScreenCanvas(area, actions, zone);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.addAnswerListener(answers);
		if (project.eResource() != null && project.eResource().getURI().isFile()) {
			// image symbols are relative to the project file
			canvas.setImageFolder(java.nio.file.Path.of(project.eResource().getURI().toFileString()).getParent());
		}
		history = new ScreenHistory(start().getName());
		back.onClick(e -> history.back().ifPresent(this::display));
		forward.onClick(e -> history.forward().ifPresent(this::display));
		menuButton.onClick(e -> openMenu());
		display(history.current());
		banner(null, Tone.NORMAL);
	}

	private Screen start() {
		List<Screen> screens = project.getScreens();
		return screens.stream().filter(Screen::isStart).findFirst().orElse(screens.isEmpty() ? null : screens.get(0));
	}

	/** Shows screen and remembers it in the history (a screen button or the menu). */
	void navigate(Screen screen) {
		history.show(screen.getName());
		display(screen.getName());
	}

	/** Shows the screen of this name; false when the project has none of that name. */
	boolean navigate(String name) {
		Optional<Screen> screen = find(name);
		screen.ifPresent(this::navigate);
		return screen.isPresent();
	}

	private Optional<Screen> find(String name) {
		return project.getScreens().stream().filter(s -> s.getName().equals(name)).findFirst();
	}

	/** Told each time a screen is shown (navigation, back/forward, a new project version). */
	void onShown(java.util.function.Consumer<Screen> listener) {
		shown = listener;
		find(history.current()).ifPresent(listener);
	}

	private final PlantActions actions;
	private java.util.function.Consumer<Screen> shown = s -> {
	};

	private void display(String name) {
		find(name).ifPresent(screen -> {
			shown.accept(screen);
			try {
				canvas.show(screen);
			} catch (IllegalArgumentException e) {
				banner("⚠  " + e.getMessage(), Tone.ALARM);
			}
		});
		title.setText("   " + name);
		back.setEnabled(history.canGoBack());
		forward.setEnabled(history.canGoForward());
		title.getParent().layout(true);
	}

	private void openMenu() {
		Menu menu = new Menu(menuButton);
		for (Screen s : project.getScreens()) {
			MenuItem item = new MenuItem(menu, SWT.RADIO);
			item.setText(s.getName());
			item.setSelection(s.getName().equals(history.current()));
			item.addListener(SWT.Selection, e -> navigate(s));
		}
		Point p = menuButton.toDisplay(0, menuButton.getSize().y);
		menu.setLocation(p);
		menu.setVisible(true);
	}

	/**
	 * Shows the screens of another project version: the screen shown is drawn anew from the new version, or the
	 * start screen when the new version no longer has it.
	 */
	PlantActions actions() {
		return actions;
	}

	void swap(Project next) {
		project = next;
		actions.useAlarms(new tandem.hmi.AlarmIndex(next));
		String current = history.current();
		if (find(current).isPresent()) {
			display(current);
		} else if (start() != null) {
			navigate(start());
		}
	}

	void update(PlantSnapshot snapshot) {
		canvas.update(snapshot);
	}

	void allowActions(boolean allowed) {
		canvas.setActionsAllowed(allowed);
	}

	void banner(String text, Tone tone) {
		boolean show = text != null;
		banner.setVisible(show);
		banner.setText(show ? "  " + text + "  " : "");
		banner.setBackground(show ? palette.tone(tone) : palette.header);
		banner.getParent().layout(true);
	}

	Composite control() {
		return area;
	}

	ScreenCanvas canvas() {
		return canvas;
	}

	String current() {
		return history.current();
	}

	FlatButton backButton() {
		return back;
	}

	FlatButton forwardButton() {
		return forward;
	}

	String bannerText() {
		return banner.getVisible() ? banner.getText().trim() : "";
	}
}
