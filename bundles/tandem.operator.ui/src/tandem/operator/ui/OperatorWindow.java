package tandem.operator.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import tandem.hmi.ActionOutcome;
import tandem.hmi.PlantSnapshot;
import tandem.hmi.Tone;
import tandem.hmi.TrendHistory;
import tandem.model.Project;
import tandem.operator.ui.station.AlarmInfo;
import tandem.operator.ui.station.AlarmRows;
import tandem.operator.ui.station.ConnectionBadge;
import tandem.operator.ui.station.PlantCatalog;
import tandem.operator.ui.station.PlantChanges;
import tandem.operator.ui.station.StationLog;
import tandem.operator.ui.station.UpdateAge;
import tandem.operator.ui.station.ValueText;
import tandem.operator.ui.station.VariableInfo;
import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.ConnectionState;
import tandem.runtime.api.client.PlantConnection;
import tandem.runtime.api.client.ServerInfo;

/**
 * The operator's main window: header (plant, user, clock), the project's drawn screens (opening on the start
 * screen), the live values and recipes in tabs, the active alarm list, and a status bar that always states which
 * node serves and whether the picture is live. Everything the connection reports arrives on its threads and is
 * applied here in batches on the UI thread: one picture per batch, whatever the number of changed values.
 */
final class OperatorWindow {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

	private final PlantConnection plant;
	private final Clock clock;
	private final Shell shell;
	private final Palette palette;
	private final ValueText format;
	private final AlarmRows alarmRows;
	private final PlantCatalog catalog;
	private final HeaderBar header;
	private final ScreenView screens;
	private final ValuesView values;
	private final TrendHistory trends = new TrendHistory();
	private final StationLog log = new StationLog();
	private final RecipeView recipes;
	private final TrendView trendView;
	private final EventListView events;
	private final AlarmHistoryView alarmHistory;
	private final CTabFolder tabs;
	private final AlarmView alarms;
	private final StatusBar status;
	private final PlantChanges changes;
	private ConnectionBadge badge = ConnectionBadge.of(null);
	private Instant frozenSince;
	private Instant lastUpdate;
	private DialogFrame dialog;
	/** The shelved and out-of-service alarms as the server last published them. */
	private List<tandem.runtime.api.client.AlarmShelving> shelving = List.of();

	OperatorWindow(Display display, Project project, PlantConnection plant, Clock clock) {
		catalog = new PlantCatalog(project);
		this.plant = plant;
		this.clock = clock;
		palette = new Palette(display);
		format = new ValueText(clock.getZone());
		alarmRows = new AlarmRows(catalog::look, catalog::alarmInfo, clock.getZone());
		shell = new Shell(display, SWT.SHELL_TRIM);
		shell.setText("Tandem Operator — " + catalog.projectName());
		shell.setSize(1280, 1000);
		shell.setBackground(palette.window);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		shell.setLayout(layout);

		header = new HeaderBar(shell, palette, catalog.projectName(), catalog.projectDescription(), clock,
				this::openLogin, this::logout, this::openPassword);
		header.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label accent = new Label(shell, SWT.NONE);
		accent.setBackground(palette.accent);
		GridData accentData = new GridData(SWT.FILL, SWT.TOP, true, false);
		accentData.heightHint = 2;
		accent.setLayoutData(accentData);
		SashForm split = new SashForm(shell, SWT.VERTICAL | SWT.SMOOTH);
		split.setBackground(palette.line);
		split.setSashWidth(4);
		split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tabs = tabs(split);
		screens = new ScreenView(tabs, palette, project, plant, clock.getZone(), this::showAction);
		tab(tabs, "Screens", screens.control());
		values = new ValuesView(tabs, palette, catalog, format, this::openWrite);
		tab(tabs, "Values", values.control());
		recipes = new RecipeView(tabs, palette, catalog, this::currentText, this::download, this::saveRecipe);
		tab(tabs, "Recipes", recipes.control());
		trendView = new TrendView(tabs, palette, project, plant.history(), clock::millis, clock.getZone());
		tab(tabs, "Trends", trendView.control());
		events = new EventListView(tabs, palette, plant.history(), clock::millis, clock.getZone());
		tab(tabs, "Events", events.control());
		alarmHistory = new AlarmHistoryView(tabs, palette, plant.history(),
				new tandem.operator.ui.station.AlarmHistoryRows(catalog::look, clock.getZone()), clock::millis);
		tab(tabs, "Alarm history", alarmHistory.control());
		tabs.addListener(SWT.Selection, e -> {
			if (tabs.getSelection() != null && tabs.getSelection().getControl() == events.control()) {
				events.first();
			}
			if (tabs.getSelection() != null && tabs.getSelection().getControl() == alarmHistory.control()) {
				alarmHistory.load();
			}
		});
		tabs.setSelection(0);
		alarms = new AlarmView(split, palette, catalog.alarmGroups(), catalog.alarmClasses(),
				catalog.alarmPriorities(), this::acknowledge, this::openShelve, this::unshelve);
		split.setWeights(78, 22);
		status = new StatusBar(shell, palette);
		status.control().setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));

		changes = new PlantChanges(() -> display.asyncExec(this::applyChanges));
		plant.addListener(changes);
		showServer(plant.server());
		values.update(plant.values());
		trends.add(plant.values());
		lastUpdate = plant.values().isEmpty() ? null : clock.instant();
		log.alarms(plant.activeAlarms(), clock.millis());
		recipes.refreshCurrent();
		shelving = plant.shelving();
		alarms.show(alarmRows.rows(plant.activeAlarms(), shelving));
		header.showUser(plant.user());
		showScreens();
		screens.onShown(this::fillTrends);
		shell.addDisposeListener(e -> {
			plant.removeListener(changes);
			palette.dispose();
		});
		tick();
	}

	/** Opens the tab of that title (any case); false when there is none. */
	boolean showView(String name) {
		for (CTabItem item : tabs.getItems()) {
			if (item.getText().trim().equalsIgnoreCase(name.trim())) {
				tabs.setSelection(item);
				if (item.getControl() == events.control()) {
					events.first();
				}
				if (item.getControl() == alarmHistory.control()) {
					alarmHistory.load();
				}
				return true;
			}
		}
		return false;
	}

	java.util.List<String> views() {
		return java.util.Arrays.stream(tabs.getItems()).map(i -> i.getText().trim()).toList();
	}

	AlarmHistoryView alarmHistory() {
		return alarmHistory;
	}

	EventListView events() {
		return events;
	}

	TrendView trends() {
		return trendView;
	}

	private CTabFolder tabs(SashForm parent) {
		CTabFolder tabs = new CTabFolder(parent, SWT.FLAT | SWT.TOP);
		tabs.setBackground(palette.window);
		tabs.setForeground(palette.textMuted);
		tabs.setSelectionBackground(palette.panel);
		tabs.setSelectionForeground(palette.text);
		tabs.setFont(palette.bold);
		tabs.setTabHeight(34);
		tabs.setBorderVisible(false);
		return tabs;
	}

	private static void tab(CTabFolder tabs, String title, org.eclipse.swt.widgets.Control content) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText("  " + title + "  ");
		item.setControl(content);
	}

	private void applyChanges() {
		if (shell.isDisposed()) {
			return;
		}
		PlantChanges.Batch batch = changes.take();
		if (batch.server() != null) {
			showServer(batch.server());
			header.showUser(plant.user());
		}
		if (!batch.values().isEmpty()) {
			lastUpdate = clock.instant();
			status.showAge(UpdateAge.of(lastUpdate, lastUpdate));
			values.update(batch.values());
			trends.add(batch.values());
			recipes.refreshCurrent();
		}
		if (batch.shelving() != null) {
			shelving = batch.shelving();
		}
		if (batch.alarms() != null || batch.shelving() != null) {
			alarms.show(alarmRows.rows(batch.alarms() != null ? batch.alarms() : plant.activeAlarms(), shelving));
		}
		if (batch.alarms() != null) {
			log.alarms(batch.alarms(), clock.millis());
		}
		showScreens();
	}

	/**
	 * The cluster activated another project version: the screens show it at once (the screen shown stays if the new
	 * version still has it) and the status bar and the event list say so briefly; an open dialog is not touched.
	 */
	void projectActivated(int version, tandem.model.Project next) {
		if (shell.isDisposed()) {
			return;
		}
		screens.swap(next);
		recipes.replace(new PlantCatalog(next).recipes());
		showScreens();
		showAction(new ActionOutcome("project version " + version + " active", Tone.NORMAL));
		log.action("project version " + version + " active", clock.millis());
	}

	/** Variables whose recorded past is being asked for a screen's trend. */
	private final java.util.Set<String> askingTrends = new java.util.HashSet<>();
	private tandem.model.Screen trendScreen;

	/**
	 * A screen with trend elements shows their whole span at once, not only what came since the station started:
	 * the past of each archived pen is asked from the serving node (decimated to the element's width) once per
	 * variable and span; what cannot be asked now (no server yet) is asked when the station is live again.
	 */
	private void fillTrends(tandem.model.Screen screen) {
		trendScreen = screen;
		java.util.Optional<tandem.runtime.api.history.PlantHistory> history = plant.history();
		if (history.isEmpty() || !(screen.eContainer() instanceof tandem.model.Project project)) {
			return;
		}
		long now = clock.millis();
		for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = screen.eAllContents(); it.hasNext();) {
			if (!(it.next() instanceof tandem.model.Trend trend)) {
				continue;
			}
			long from = now - Math.max(1, trend.getTimeSpanS()) * 1000L;
			int columns = Math.max(60, Math.min(tandem.runtime.api.history.TrendQuery.MAX_COLUMNS, trend.getWidth()));
			for (tandem.model.Variable v : trend.getVariables()) {
				java.util.OptionalLong gap = archiveGap(project, v);
				String name = v.getName();
				if (gap.isEmpty() || trends.knownFrom(name) <= from || !askingTrends.add(name)) {
					continue;
				}
				history.get().trend(new tandem.runtime.api.history.TrendQuery(name, from, now, columns,
						gap.getAsLong())).whenComplete((series, error) -> later(() -> {
							askingTrends.remove(name);
							if (error == null) {
								trends.seed(name, series);
								showScreens();
							}
						}));
			}
		}
	}

	/** How long a silence of an archived variable is a gap (cyclic: three periods; on change: none); empty if none. */
	private static java.util.OptionalLong archiveGap(tandem.model.Project project, tandem.model.Variable v) {
		java.util.OptionalLong gap = java.util.OptionalLong.empty();
		for (tandem.model.Archive a : project.getArchives()) {
			if (a.getVariables().contains(v)) {
				long g = TrendView.gapMs(a);
				gap = java.util.OptionalLong.of(gap.isEmpty() ? g : Math.min(gap.getAsLong(), g));
			}
		}
		return gap;
	}

	/** The screen shown gets what the station knows now: one picture per batch. */
	private void showScreens() {
		screens.update(screenSnapshot());
	}

	/**
	 * What the screens show: the values, and the active alarms without the shelved and out-of-service ones — ISA-18.2
	 * suppresses those from the operator's displays, so a shelved alarm no longer colours or blinks its element (it
	 * is still recorded, and listed in the alarm list's shelved view).
	 */
	PlantSnapshot screenSnapshot() {
		List<tandem.runtime.api.client.AlarmState> active = plant.activeAlarms();
		if (!shelving.isEmpty()) {
			java.util.Set<String> shelved = new java.util.HashSet<>();
			shelving.forEach(x -> shelved.add(x.alarm()));
			active = active.stream().filter(a -> !shelved.contains(a.alarm())).toList();
		}
		return new PlantSnapshot(plant.values(), active, badge.live(), trends, log.events());
	}

	/** An answer in the status bar; a final one (not "sending") also goes to the station's event list. */
	private void showAction(ActionOutcome outcome) {
		status.showAction(outcome);
		if (outcome.tone() != Tone.NORMAL) {
			log.action(outcome.text(), clock.millis());
		}
	}

	private void showServer(ServerInfo info) {
		ConnectionBadge next = ConnectionBadge.of(info);
		if (badge.live() && !next.live() || frozenSince == null && !next.live()) {
			frozenSince = clock.instant();
		}
		boolean cameBack = !badge.live() && next.live();
		badge = next;
		if (cameBack && trendScreen != null) {
			fillTrends(trendScreen); // what could not be asked while no node served
		}
		log.server(info == null ? ServerInfo.none(ConnectionState.CONNECTING) : info, clock.millis());
		status.show(next);
		screens.allowActions(next.writable());
		values.showLive(next.live());
		showBanner();
		alarms.showLive(next.live());
		recipes.allowActions(next.writable());
	}

	private void showBanner() {
		String text = null;
		Tone tone = Tone.NORMAL;
		if (!badge.live()) {
			text = "⚠  " + badge.state() + " — " + badge.meaning() + " (frozen since "
					+ TIME.format(frozenSince.atZone(clock.getZone())) + ")";
			tone = badge.tone() == Tone.ALARM ? Tone.ALARM : Tone.WARNING;
		} else if (!badge.writable()) {
			text = "⚠  " + badge.state() + " — " + badge.meaning();
			tone = Tone.WARNING;
		}
		values.banner(text, tone);
		// the screen's bar is narrow: the state and since when; the status bar says what it means
		screens.banner(text == null ? null : !badge.live() ? "⚠  " + badge.state() + " — values frozen since "
				+ TIME.format(frozenSince.atZone(clock.getZone())) : "⚠  " + badge.state() + " — read-only", tone);
	}

	private void tick() {
		if (shell.isDisposed()) {
			return;
		}
		header.tick();
		status.showAge(UpdateAge.of(lastUpdate, clock.instant()));
		shell.getDisplay().timerExec(1000, this::tick);
	}

	private String currentText(String variable) {
		List<String> row = values.row(variable);
		return row.isEmpty() ? ValueText.NO_VALUE : (row.get(0) + " " + row.get(1)).trim();
	}

	private void openLogin() {
		dialog = new LoginDialog(shell, palette, plant::login, outcome -> {
			status.showAction(outcome);
			header.showUser(plant.user());
		});
		dialog.open();
	}

	private void openPassword() {
		dialog = new PasswordDialog(shell, palette, plant.user(), plant::changePassword, this::showAction);
		dialog.open();
	}

	private void logout() {
		whenAnswered("Log out " + plant.user(), plant.logout(), outcome -> header.showUser(plant.user()));
	}

	private void openWrite(VariableInfo v) {
		if (!v.writable()) {
			status.showAction(new ActionOutcome(v.name() + " is read-only", Tone.NORMAL));
			return;
		}
		if (!badge.writable()) {
			status.showAction(new ActionOutcome(v.name() + " cannot be written now: " + badge.meaning(), Tone.ALARM));
			return;
		}
		ValueText.Cell cell = format.cell(v, plant.values().get(v.name()), badge.live());
		dialog = new WriteDialog(shell, palette, v, cell, value -> plant.write(v.name(), value), this::showAction);
		dialog.open();
	}

	private void acknowledge(List<String> keys) {
		if (keys.isEmpty()) {
			status.showAction(new ActionOutcome("Select an unacknowledged alarm first", Tone.NORMAL));
			return;
		}
		String action = keys.size() == 1 ? "Acknowledge alarm" : "Acknowledge " + keys.size() + " alarms";
		status.showAction(ActionOutcome.sending(action));
		List<CompletableFuture<ActionResult>> answers = keys.stream().map(plant::acknowledge).toList();
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).whenComplete((ok, error) -> later(() -> {
			showAction(error != null ? ActionOutcome.failed(action, error)
					: ActionOutcome.ofAll(action, answers.stream().map(CompletableFuture::join).toList()));
		}));
	}

	private void openShelve(List<AlarmRows.Row> selected) {
		if (selected.isEmpty()) {
			status.showAction(new ActionOutcome("Select an alarm that is not shelved first", Tone.NORMAL));
			return;
		}
		if (!badge.writable()) {
			status.showAction(new ActionOutcome("Alarms cannot be shelved now: " + badge.meaning(), Tone.ALARM));
			return;
		}
		List<AlarmInfo> infos = selected.stream().map(r -> catalog.alarmInfo(r.alarm())).toList();
		boolean inAlarm = selected.stream().allMatch(r -> r.occurrence() && !r.cleared());
		dialog = new ShelveDialog(shell, palette, infos, inAlarm, plant, this::showAction);
		dialog.open();
	}

	private void unshelve(List<AlarmRows.Row> selected) {
		if (selected.isEmpty()) {
			status.showAction(new ActionOutcome("Select a shelved alarm first (state filter: shelved)", Tone.NORMAL));
			return;
		}
		boolean service = selected.stream().allMatch(r -> r.shelving().outOfService());
		String action = (service ? "Return to service " : "Unshelve ")
				+ (selected.size() == 1 ? selected.get(0).alarm() : selected.size() + " alarms");
		status.showAction(ActionOutcome.sending(action));
		List<CompletableFuture<ActionResult>> answers = selected.stream().map(r -> plant.unshelve(r.alarm()))
				.toList();
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).whenComplete((ok, error) -> later(() -> {
			showAction(error != null ? ActionOutcome.failed(action, error)
					: ActionOutcome.ofAll(action, answers.stream().map(CompletableFuture::join).toList()));
		}));
	}

	private void download(String recipe) {
		String action = "Download recipe " + recipe;
		recipes.showResult(ActionOutcome.sending(action));
		whenAnswered(action, plant.downloadRecipe(recipe), recipes::showResult);
	}

	/** An operator's recipe values saved on the running system: the next project version once the server answers. */
	private void saveRecipe(String recipe, java.util.Map<String, String> values) {
		String action = "Save recipe " + recipe;
		recipes.showResult(ActionOutcome.sending(action));
		// the edits stay marked until the new version's recipe holds them (replace): a refusal keeps them to correct
		whenAnswered(action, plant.editRecipe(recipe, values), recipes::showResult);
	}

	/** Shows the answer in the status bar (and hands it to then) once the server has answered. */
	private void whenAnswered(String action, CompletableFuture<ActionResult> answer, Consumer<ActionOutcome> then) {
		status.showAction(ActionOutcome.sending(action));
		answer.whenComplete((result, error) -> later(() -> {
			ActionOutcome outcome = error != null ? ActionOutcome.failed(action, error)
					: ActionOutcome.of(action, result);
			showAction(outcome);
			then.accept(outcome);
		}));
	}

	private void later(Runnable r) {
		if (!shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					r.run();
				}
			});
		}
	}

	void open() {
		shell.open();
	}

	boolean isDisposed() {
		return shell.isDisposed();
	}

	Shell shell() {
		return shell;
	}

	StatusBar status() {
		return status;
	}

	ScreenView screens() {
		return screens;
	}

	ValuesView values() {
		return values;
	}

	AlarmView alarms() {
		return alarms;
	}

	RecipeView recipes() {
		return recipes;
	}

	TrendHistory trendHistory() {
		return trends;
	}

	HeaderBar header() {
		return header;
	}

	/** The dialog opened last (login or write), for tests. */
	DialogFrame dialog() {
		return dialog;
	}
}
