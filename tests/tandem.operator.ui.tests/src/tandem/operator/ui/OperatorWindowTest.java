package tandem.operator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.model.Project;
import tandem.ui.testsupport.Screenshots;
import tandem.model.Variable;
import tandem.model.demo.DemoProjectFactory;
import tandem.operator.ui.station.AlarmRows;
import tandem.operator.ui.station.PlantCatalog;
import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.history.AlarmHistoryQuery;
import tandem.runtime.api.history.CelFilter;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.client.ActionResult.Outcome;
import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.client.ConnectionState;
import tandem.runtime.api.client.ServerInfo;

/**
 * Tier 3: the operator window on a real display (Xvfb) with the demo project and an in-memory plant connection
 * that reports from its own thread, as the cluster client does. Screenshots go to target/screenshots.
 */
class OperatorWindowTest {

	private static final long TIMEOUT_MS = 10_000;
	private static final ServerInfo ALPHA = new ServerInfo("alpha", 1, "hash", ConnectionState.CONNECTED);
	private static Display display;
	private static PlantCatalog catalog;
	private static Project project;

	private FakePlant plant;
	private OperatorWindow window;

	@BeforeAll
	static void createDisplay() {
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		project = new DemoProjectFactory().create();
		catalog = new PlantCatalog(project);
	}

	@AfterAll
	static void disposeDisplay() {
		display.dispose();
	}

	@BeforeEach
	void openWindow() {
		plant = new FakePlant(ALPHA);
		plant.publishValues(demoValues(0));
		window = new OperatorWindow(display, project, plant, Clock.systemDefaultZone());
		window.shell().setLocation(0, 0);
		window.open();
		waitFor("the first values", () -> "2.50".equals(value("Chlorine.Residual")));
	}

	@AfterEach
	void closeWindow() {
		window.shell().dispose();
		plant.close();
	}

	@Test
	void theStatusBarFollowsAFailoverAndTheValuesAreStaleWhileTheServerSwitches() throws Exception {
		assertTrue(window.status().text().contains("CONNECTED"), window.status().text());
		assertTrue(window.status().text().contains("Server alpha · epoch 1"), window.status().text());
		assertTrue(window.status().text().contains("last update"), window.status().text());
		assertEquals(List.of("2.50", "m", ""), window.values().row("Tank1.Level"));
		plant.publishAlarms(demoAlarms());
		waitFor("the alarms", () -> window.alarms().rows().size() == 4);
		screenshot("operator-connected");

		plant.publishServer(new ServerInfo("alpha", 1, "hash", ConnectionState.SWITCHING));
		waitFor("SWITCHING in the status bar", () -> window.status().text().contains("SWITCHING"));
		assertEquals("stale", window.values().row("Tank1.Level").get(2));
		assertTrue(window.values().bannerVisible());
		assertTrue(window.values().bannerText().contains("frozen since"), window.values().bannerText());
		assertFalse(window.alarms().acknowledgeAllButton().isEnabled());
		assertTrue(window.alarms().countText().endsWith("FROZEN, not live"), window.alarms().countText());
		screenshot("operator-switching");

		plant.publishServer(new ServerInfo("beta", 2, "hash", ConnectionState.CONNECTED));
		plant.publishValues(demoValues(1));
		waitFor("beta serving", () -> window.status().text().contains("Server beta · epoch 2"));
		waitFor("new values from beta", () -> "2.60".equals(value("Chlorine.Residual")));
		assertEquals(List.of("2.60", "m", ""), window.values().row("Tank1.Level"));
		assertFalse(window.values().bannerVisible());
		assertTrue(window.alarms().acknowledgeAllButton().isEnabled());
		screenshot("operator-after-failover");
	}

	@Test
	void anAlarmThatAppearsIsListedFirstAndCanBeAcknowledged() throws Exception {
		login("operator", "operator");
		plant.publishAlarms(demoAlarms());
		waitFor("four alarms", () -> window.alarms().rows().size() == 4);
		assertEquals("3 unacknowledged", window.alarms().countText().replaceAll(".*· ", ""));

		long raised = System.currentTimeMillis();
		List<AlarmState> withNew = new java.util.ArrayList<>(demoAlarms());
		withNew.add(new AlarmState("Chlorine.Leak@" + raised, "Chlorine.Leak", "Chlorine.LeakDetected", raised, 100,
				"Chlorine gas detected", false, false));
		plant.publishAlarms(withNew);
		waitFor("the new alarm", () -> window.alarms().rows().size() == 5);
		assertEquals("Chlorine gas detected", window.alarms().rows().get(0).text());
		assertTrue(window.alarms().rows().get(0).needsAck());
		assertEquals(SWT.BOLD, window.alarms().table().getItem(0).getFont().getFontData()[0].getStyle() & SWT.BOLD);
		screenshot("operator-alarm-raised");

		window.alarms().table().select(0);
		window.alarms().acknowledgeSelectedButton().click();
		waitFor("the new alarm acknowledged", () -> plant.acknowledged().contains("Chlorine.Leak@" + raised));
		waitFor("the list to show it", () -> window.alarms().rows().stream()
				.filter(r -> r.key().equals("Chlorine.Leak@" + raised)).allMatch(r -> !r.needsAck()));
		waitFor("the confirmation", () -> window.status().actionText().equals("Acknowledge alarm: confirmed"));

		window.alarms().acknowledgeAllButton().click();
		waitFor("all acknowledged", () -> window.alarms().rows().stream().noneMatch(r -> r.needsAck()));
		waitFor("the confirmation", () -> window.status().actionText().equals("Acknowledge 3 alarms: confirmed"));
		assertFalse(window.alarms().acknowledgeAllButton().isEnabled());
		screenshot("operator-alarms-acknowledged");
	}

	/**
	 * ISA-18.2 alarm management: the operator narrows the list to one plant area and acknowledges that area's alarms
	 * at once ("Acknowledge shown"), leaving the others waiting; a state filter shows the alarms whose condition has
	 * gone but that still wait for an acknowledgement.
	 */
	@Test
	void theAlarmListIsFilteredByGroupAndStateAndAcknowledgesWhatItShows() throws Exception {
		login("operator", "operator");
		plant.publishAlarms(demoAlarms());
		waitFor("four alarms", () -> window.alarms().rows().size() == 4);
		pick(window.alarms().groupFilter(), "Treatment");
		assertEquals(List.of("Flocculation tank level high", "Sand filter clogged"),
				window.alarms().rows().stream().map(r -> r.text()).sorted().toList());
		assertTrue(window.alarms().countText().contains("showing 2 (group Treatment)"), window.alarms().countText());
		assertEquals("Acknowledge shown", window.alarms().acknowledgeAllButton().getText());
		screenshot("operator-alarms-filtered");

		window.alarms().acknowledgeAllButton().click();
		waitFor("the group's alarm acknowledged", () -> plant.acknowledged().stream()
				.anyMatch(k -> k.startsWith("Tank1.Level.Limits.HIGH@")));
		assertTrue(plant.acknowledged().stream().noneMatch(k -> k.startsWith("Chlorine.TankLevel")
				|| k.startsWith("Dist.Pump2")), "only the shown group's alarms: " + plant.acknowledged());

		pick(window.alarms().groupFilter(), "All groups");
		pick(window.alarms().stateFilter(), "Gone, unacknowledged");
		waitFor("the gone alarm alone", () -> window.alarms().rows().size() == 1);
		assertEquals("Distribution pump 2 motor fault", window.alarms().rows().get(0).text());
		pick(window.alarms().stateFilter(), "All states");
		assertEquals("Acknowledge all", window.alarms().acknowledgeAllButton().getText());
		waitFor("every alarm again", () -> window.alarms().rows().size() == 4);
	}

	/**
	 * ISA-18.2 shelving: the operator shelves a nuisance alarm for a time with a reason; it leaves the active list
	 * (the count says how many are shelved) and the "shelved" view shows it with who, why and until when; the
	 * dialog checks the input first, the server the permission; unshelving brings it back.
	 */
	@Test
	void anOperatorShelvesANuisanceAlarmWithAReasonAndUnshelvesItAgain() throws Exception {
		login("operator", "operator");
		plant.publishAlarms(demoAlarms());
		waitFor("four alarms", () -> window.alarms().rows().size() == 4);
		assertFalse(window.alarms().shelveButton().isEnabled(), "nothing selected: nothing to shelve");
		selectRow("Order hypochlorite");
		assertTrue(window.alarms().shelveButton().isEnabled());
		window.alarms().shelveButton().click();
		ShelveDialog dialog = assertInstanceOf(ShelveDialog.class, window.dialog());
		dialog.choose(tandem.runtime.api.client.AlarmShelving.Mode.TIMED, "45", "");
		dialog.ok.click();
		assertTrue(dialog.messageText().contains("reason"), dialog.messageText());
		dialog.choose(tandem.runtime.api.client.AlarmShelving.Mode.TIMED, "45", "delivery booked for 14:00");
		screenshot(dialog, "operator-shelve-dialog");
		dialog.ok.click();
		waitFor("the dialog to close", () -> !dialog.isOpen());
		assertEquals(List.of("Chlorine.TankLevel.Limits.LOW TIMED 45 delivery booked for 14:00"),
				plant.shelveRequests());
		waitFor("the alarm to leave the active list", () -> window.alarms().rows().size() == 3);
		assertTrue(window.alarms().countText().startsWith("3 active · 2 unacknowledged · 1 shelved"),
				window.alarms().countText());
		assertFalse(window.screenSnapshot().alarms().stream()
				.anyMatch(a -> a.alarm().equals("Chlorine.TankLevel.Limits.LOW")),
				"a shelved alarm no longer colours the screens' elements");
		assertEquals(3, window.screenSnapshot().alarms().size());

		pick(window.alarms().stateFilter(), "Shelved / out of service");
		waitFor("the shelved view", () -> window.alarms().rows().size() == 1);
		AlarmRows.Row shelved = window.alarms().rows().get(0);
		assertTrue(shelved.state().matches("ACTIVE · SHELVED until \\d\\d:\\d\\d by operator: delivery booked for 14:00"),
				shelved.state());
		window.alarms().table().select(0);
		window.alarms().table().notifyListeners(SWT.Selection, new Event());
		assertEquals("Unshelve", window.alarms().unshelveButton().getText());
		screenshot("operator-alarm-shelved");

		window.alarms().unshelveButton().click();
		waitFor("the shelved view to be empty", () -> window.alarms().rows().isEmpty());
		waitFor("the confirmation", () -> window.status().actionText()
				.equals("Unshelve Chlorine.TankLevel.Limits.LOW: confirmed"));
		pick(window.alarms().stateFilter(), "All states");
		assertEquals(4, window.alarms().rows().size());
		assertEquals(4, window.screenSnapshot().alarms().size(), "unshelved: on the screens again");

		selectRow("Distribution pump 2 motor fault");
		window.alarms().shelveButton().click();
		ShelveDialog service = assertInstanceOf(ShelveDialog.class, window.dialog());
		service.choose(tandem.runtime.api.client.AlarmShelving.Mode.OUT_OF_SERVICE, "", "motor sent for rewinding");
		service.ok.click();
		waitFor("the server's refusal", () -> service.messageText().contains("refused"));
		assertTrue(service.messageText().contains("REMOVE_ALARMS_FROM_SERVICE"), service.messageText());
		assertTrue(service.isOpen(), "a refused request keeps the dialog open");
		service.close();
	}

	private void selectRow(String text) {
		List<AlarmRows.Row> rows = window.alarms().rows();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).text().equals(text)) {
				window.alarms().table().select(i);
				window.alarms().table().notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		fail("no alarm row " + text);
	}

	private static void pick(org.eclipse.swt.widgets.Combo combo, String item) {
		int index = java.util.Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " is offered: " + java.util.Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void aWrongPasswordIsRefusedClearlyAndTheRightOneLogsIn() throws Exception {
		assertEquals("not logged in", window.header().userText());
		window.header().loginButton().click();
		LoginDialog dialog = assertInstanceOf(LoginDialog.class, window.dialog());
		dialog.userField().setText("operator");
		dialog.passwordField().setText("guess");
		dialog.ok.click();
		waitFor("the refusal", () -> dialog.messageText().startsWith("Login refused"));
		assertEquals("Login refused: wrong user name or password.", dialog.messageText());
		assertEquals("", dialog.passwordField().getText());
		screenshot(dialog, "operator-login-refused");

		dialog.passwordField().setText("operator");
		dialog.ok.click();
		waitFor("the dialog to close", () -> !dialog.isOpen());
		assertEquals("operator", window.header().userText());
		assertEquals("Log out", window.header().loginButton().getText());
		assertEquals("Log in operator: confirmed", window.status().actionText());
	}

	@Test
	void aWriteIsCheckedSentAndItsAnswerShown() throws Exception {
		login("operator", "operator");
		WriteDialog dialog = openWrite("Tank1.LevelSetpoint");
		dialog.type("7");
		dialog.ok.click();
		assertEquals("Tank1.LevelSetpoint: 7 is outside the range 0 … 5 m", dialog.messageText());
		assertTrue(plant.writes().isEmpty());
		screenshot(dialog, "operator-write-out-of-range");

		dialog.type("3.5");
		dialog.ok.click();
		waitFor("the dialog to close", () -> !dialog.isOpen());
		assertEquals("Write Tank1.LevelSetpoint = 3.5 m: confirmed", window.status().actionText());
		waitFor("the written value", () -> "3.50".equals(value("Tank1.LevelSetpoint")));

		plant.answerWrites(Outcome.REFUSED, "user operator may not write Tank1.LevelSetpoint");
		WriteDialog refused = openWrite("Tank1.LevelSetpoint");
		refused.type("2");
		refused.ok.click();
		waitFor("the refusal", () -> refused.messageText().contains("refused"));
		assertEquals("Write Tank1.LevelSetpoint = 2 m: refused — user operator may not write Tank1.LevelSetpoint",
				refused.messageText());
		assertTrue(refused.isOpen());
		refused.close();

		plant.answerWrites(Outcome.PENDING, "");
		WriteDialog pending = openWrite("Tank1.LevelSetpoint");
		pending.type("2");
		pending.ok.click();
		waitFor("the dialog to close", () -> !pending.isOpen());
		assertEquals("Write Tank1.LevelSetpoint = 2 m: pending, resent automatically until confirmed",
				window.status().actionText());
	}

	@Test
	void aDegradedServerKeepsValuesLiveButRefusesWritesBeforeAnyDialogOpens() throws Exception {
		plant.publishServer(new ServerInfo("beta", 3, "hash", ConnectionState.DEGRADED));
		waitFor("DEGRADED", () -> window.status().text().contains("DEGRADED · read-only"));
		assertEquals("", window.values().row("Tank1.Level").get(2));
		assertTrue(window.values().bannerVisible());
		doubleClick("Tank1.LevelSetpoint");
		assertTrue(window.status().actionText().startsWith("Tank1.LevelSetpoint cannot be written now"),
				window.status().actionText());
		screenshot("operator-degraded");

		plant.publishServer(ServerInfo.none(ConnectionState.DISCONNECTED));
		waitFor("DISCONNECTED", () -> window.status().text().contains("DISCONNECTED"));
		assertEquals("stale", window.values().row("Tank1.Level").get(2));
		screenshot("operator-disconnected");
	}

	@Test
	void aRecipeDownloadShowsTheServersAnswer() throws Exception {
		CTabFolder tabs = (CTabFolder) window.recipes().control().getParent();
		tabs.setSelection(2);
		window.recipes().downloadButton().click();
		waitFor("the answer", () -> window.recipes().resultText().endsWith("confirmed"));
		assertEquals("Download recipe Summer: confirmed", window.recipes().resultText());
		assertEquals(List.of("Summer"), plant.downloads());
		screenshot("operator-recipes");
	}

	@Test
	void recipeValuesEditedInPlaceAreSavedToTheRunningProjectAndBlockTheDownloadUntilThen() throws Exception {
		CTabFolder tabs = (CTabFolder) window.recipes().control().getParent();
		tabs.setSelection(2);
		RecipeView recipes = window.recipes();
		assertFalse(recipes.saveButton().isEnabled(), "nothing to save yet");
		recipes.edit(recipes.table().getItem(0)); // the in-place editor, as a double-click opens it
		org.eclipse.swt.widgets.Text field = (org.eclipse.swt.widgets.Text) recipes.table().getChildren()[0];
		assertEquals("3.5", field.getText());
		field.setText("3.2");
		field.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());
		assertEquals(Map.of("Tank1.LevelSetpoint", "3.2"), recipes.edits());
		assertEquals("3.2 m  (was 3.5)", recipes.table().getItem(0).getText(1));
		assertFalse(recipes.downloadButton().isEnabled(), "unsaved edits: the download would write other values");
		assertTrue(recipes.saveButton().isEnabled());
		screenshot("operator-recipe-edit");

		recipes.saveButton().click(); // nobody logged in: refused, the edit stays to try again
		waitFor("the refusal", () -> recipes.resultText().contains("refused"));
		assertEquals(Map.of("Tank1.LevelSetpoint", "3.2"), recipes.edits());

		login("engineer", "engineer");
		recipes.saveButton().click();
		waitFor("the answer", () -> recipes.resultText().endsWith("confirmed"));
		assertEquals("Save recipe Summer: confirmed", recipes.resultText());
		assertEquals(List.of("Summer {Tank1.LevelSetpoint=3.2}"), plant.recipeEdits());

		Project next = org.eclipse.emf.ecore.util.EcoreUtil.copy(project); // the version the server activates
		next.getRecipeGroups().get(0).getRecipes().get(0).getValues().get(0).setValue("3.2");
		window.projectActivated(2, next);
		assertEquals(Map.of(), recipes.edits(), "the saved value is the recipe's now");
		assertEquals("3.2 m", recipes.table().getItem(0).getText(1));
		assertTrue(recipes.downloadButton().isEnabled());
	}

	@Test
	void aUserChangesTheOwnPasswordAfterTypingTheNewOneTwice() throws Exception {
		assertFalse(window.header().passwordButton().getVisible(), "nobody logged in: no password to change");
		login("operator", "operator");
		assertTrue(window.header().passwordButton().getVisible());
		window.header().passwordButton().click();
		PasswordDialog d = (PasswordDialog) window.dialog();
		assertEquals("operator", d.userField().getText());
		d.currentField().setText("operator");
		d.passwordField().setText("river-pump-7");
		d.repeatField().setText("river-pump-8");
		d.ok.click();
		assertTrue(d.messageText().contains("differ"), d.messageText());
		d.passwordField().setText("short");
		d.repeatField().setText("short");
		d.ok.click();
		assertTrue(d.messageText().contains("at least 8"), d.messageText());
		assertEquals(List.of(), plant.passwordChanges(), "nothing is sent before the input is complete");
		screenshot("operator-password");
		d.passwordField().setText("river-pump-7");
		d.repeatField().setText("river-pump-7");
		d.ok.click();
		waitFor("the dialog to close", () -> !d.isOpen());
		assertEquals(List.of("operator:river-pump-7"), plant.passwordChanges());
		assertEquals("Change password of operator: confirmed", window.status().actionText());
	}

	@Test
	void aScreensTrendsShowTheirWholeSpanFromTheServersHistoryAskedOncePerVariable() throws Exception {
		long before = System.currentTimeMillis();
		int tab = plant.trendAsked().size(); // the Trends tab asks too
		assertTrue(window.screens().navigate("Trends"));
		java.util.function.Supplier<List<TrendQuery>> screen = () -> plant.trendAsked().subList(tab,
				plant.trendAsked().size());
		waitFor("the levels' past asked", () -> screen.get().stream().anyMatch(q -> q.variable().equals("Tank2.Level")));
		TrendQuery level = screen.get().stream().filter(q -> q.variable().equals("Tank1.Level")).findFirst()
				.orElseThrow();
		assertTrue(Math.abs(level.to() - level.from() - 3_600_000) < 5000, "the element's span of 1 h: " + level);
		assertTrue(level.to() >= before, level.toString());
		assertEquals(610, level.columns(), "one column per pixel of the element");
		assertEquals(30_000, level.maxGapMs(), "three periods of the cyclic archive make a gap");
		List<String> asked = screen.get().stream().map(TrendQuery::variable).toList();
		assertFalse(asked.contains("Tank1.LevelSetpoint"), "not archived, nothing to ask: " + asked);
		assertTrue(asked.contains("Quality.pH"), asked.toString());
		assertEquals(asked.stream().distinct().count(), asked.size(), "each variable once: " + asked);
		waitFor("the past drawn", () -> window.trendHistory().knownFrom("Tank1.Level") <= level.from());
		int count = plant.trendAsked().size();
		window.screens().navigate("Overview");
		window.screens().navigate("Trends");
		assertEquals(count, plant.trendAsked().size(), "a span already known is not asked again");
		screenshot("operator-screen-trends");
	}

	@Test
	void aScreensGroupAcknowledgeAfterADeployCoversTheNewVersionsGroup() throws Exception {
		login("operator", "operator");
		plant.publishAlarms(demoAlarms());
		waitFor("four alarms", () -> window.alarms().rows().size() == 4);
		Project next = org.eclipse.emf.ecore.util.EcoreUtil.copy(project); // the version the server activates:
		tandem.model.AlarmGroup treatment = next.getAlarmGroups().stream().filter(g -> g.getName().equals("Treatment"))
				.findFirst().orElseThrow(); // the chlorine tank's alarm moved to the Treatment group
		next.getAlarms().stream().filter(a -> a.getName().equals("Chlorine.TankLevel.Limits")).findFirst()
				.orElseThrow().setGroup(treatment);
		window.projectActivated(2, next);
		tandem.runtime.api.client.ActionResult r = window.screens().actions().acknowledge(treatment).get(5,
				java.util.concurrent.TimeUnit.SECONDS);
		assertTrue(r.confirmed(), r.outcome() + " " + r.message());
		assertTrue(plant.acknowledged().stream().anyMatch(k -> k.startsWith("Tank1.Level.Limits.HIGH@")),
				"the Treatment alarm of the new version was acknowledged: " + plant.acknowledged());
		assertTrue(plant.acknowledged().stream().anyMatch(k -> k.startsWith("Chlorine.TankLevel.Limits.LOW@")),
				"the alarm the new version put in the group too: " + plant.acknowledged());
		assertFalse(plant.acknowledged().stream().anyMatch(k -> k.startsWith("Dist.")),
				"only that group's: " + plant.acknowledged());
	}

	@Test
	void variablesAreGroupedByPlantSectionWithBadValuesMarked() {
		assertEquals(List.of("Intake", "Tank1", "Filter", "Chlorine", "Tank2", "Dist", "Quality", "Plant"),
				window.values().groupNames());
		assertEquals(List.of("—", "pH", "INVALID"), window.values().row("Quality.pH"));
		assertEquals("BAD", window.values().row("Quality.Conductivity").get(2));
		assertEquals("ON", window.values().row("Intake.Pump1.Running").get(0));
	}

	@Test
	void aDeployedVersionSwapsTheScreenInPlaceAndSaysSoInTheStatusBar() throws Exception {
		ScreenView screens = window.screens();
		assertEquals("Overview", screens.current());
		Project next = new DemoProjectFactory().create();
		tandem.model.Screen overview = next.getScreens().stream().filter(s -> s.getName().equals("Overview"))
				.findFirst().orElseThrow();
		java.util.Iterator<Object> all = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(overview, true);
		tandem.model.Text title = null;
		while (title == null && all.hasNext()) {
			if (all.next() instanceof tandem.model.Text t) {
				title = t;
			}
		}
		title.setText("Version two title");
		window.projectActivated(2, next);
		settle();
		assertEquals("Overview", screens.current(), "the operator stays on the screen shown");
		assertTrue(screens.canvas().screen() == next.getScreens().stream().filter(s -> s.getName().equals("Overview"))
				.findFirst().orElseThrow(), "the canvas draws the new version's Overview");
		assertTrue(window.status().actionText().contains("project version 2 active"), window.status().actionText());
		screenshot("operator-version-2-active");
		Project without = new DemoProjectFactory().create();
		without.getScreens().removeIf(s -> s.getName().equals("Trends"));
		screens.canvas().press("toTrends");
		assertEquals("Trends", screens.current());
		window.projectActivated(3, without);
		settle();
		assertEquals("Overview", screens.current(), "a screen the new version removed gives way to the start screen");
	}

	@Test
	void theClientOpensOnTheStartScreenAndScreenButtonsNavigateWithBackAndForward() throws Exception {
		ScreenView screens = window.screens();
		assertEquals("Overview", screens.current());
		assertEquals("Overview", screens.canvas().screen().getName());
		assertFalse(screens.backButton().isEnabled());
		screens.canvas().press("toTrends");
		assertEquals("Trends", screens.current());
		screens.canvas().press("toAlarms");
		assertEquals("Alarms", screens.canvas().screen().getName());
		screenshot("operator-screen-alarms");
		screens.backButton().click();
		assertEquals("Trends", screens.current());
		screens.backButton().click();
		assertEquals("Overview", screens.current());
		assertTrue(screens.forwardButton().isEnabled());
		screens.forwardButton().click();
		assertEquals("Trends", screens.canvas().screen().getName());
	}

	@Test
	void duringAFailoverTheScreenKeepsItsLastValuesMarkedStaleAndGoesLiveAgainByItself() throws Exception {
		ScreenView screens = window.screens();
		assertEquals("2.50 m", screens.canvas().picture().element("tank1Level").text());
		assertEquals(tandem.hmi.ShownQuality.GOOD, screens.canvas().picture().element("tank1Level").quality());
		plant.publishServer(new ServerInfo("alpha", 1, "hash", ConnectionState.SWITCHING));
		waitFor("the stale picture", () -> screens.canvas().picture().element("tank1Level")
				.quality() == tandem.hmi.ShownQuality.STALE);
		assertEquals("2.50 m", screens.canvas().picture().element("tank1Level").text(), "the last value stays");
		assertTrue(screens.bannerText().contains("frozen since"), screens.bannerText());
		screenshot("operator-screen-switching");
		plant.publishServer(new ServerInfo("beta", 2, "hash", ConnectionState.CONNECTED));
		plant.publishValues(demoValues(1));
		waitFor("the live picture", () -> "2.60 m".equals(screens.canvas().picture().element("tank1Level").text()));
		assertEquals(tandem.hmi.ShownQuality.GOOD, screens.canvas().picture().element("tank1Level").quality());
		assertEquals("", screens.bannerText());
	}

	@Test
	void aScreenButtonWriteGoesThroughThePlantConnectionAndTheAnswerReachesTheStatusBar() throws Exception {
		login("operator", "operator");
		window.screens().canvas().press("modeManual");
		waitFor("the write", () -> !plant.writes().isEmpty());
		assertEquals("Plant.Mode", plant.writes().get(0)[0]);
		assertEquals(2L, plant.writes().get(0)[1]);
		waitFor("the answer", () -> window.status().actionText().equals("Write Plant.Mode = 2: confirmed"));
		screenshot("operator-screen-write-confirmed");
	}

	/**
	 * The alarm history of a shift, asked of the serving node: every occurrence newest first with its
	 * acknowledgement and how long it lasted, and the shift's EEMUA 191 figures — here the shift's average rate
	 * meets the target, but a flood of trips and a chattering level switch do not, and are shown in warning colour.
	 */
	@Test
	void theAlarmHistoryShowsTheShiftsOccurrencesAndItsAlarmStatistics() throws Exception {
		long now = System.currentTimeMillis();
		List<tandem.runtime.api.history.AlarmOccurrence> shift = new java.util.ArrayList<>();
		shift.add(new tandem.runtime.api.history.AlarmOccurrence("Tank1.Level.Limits.HIGH", now - 7 * 3_600_000L, 50,
				"Flocculation tank level high", now - 7 * 3_600_000L + 40_000, "operator", now - 7 * 3_600_000L + 300_000));
		for (int i = 0; i < 12; i++) {
			shift.add(new tandem.runtime.api.history.AlarmOccurrence("Dist.Pump" + (i % 2 + 1) + ".Fault",
					now - 3 * 3_600_000L + i * 20_000, 100, "Distribution pump " + (i % 2 + 1) + " motor fault",
					now - 3 * 3_600_000L + 900_000, "engineer", now - 3 * 3_600_000L + 1_200_000));
		}
		for (int i = 0; i < 4; i++) {
			shift.add(new tandem.runtime.api.history.AlarmOccurrence("Tank2.Level.Limits.HIGH_HIGH",
					now - 3_600_000 + i * 12_000, 100, "Clear-water tank overflow", null, null,
					i == 3 ? null : now - 3_600_000 + i * 12_000 + 4_000));
		}
		shift.add(new tandem.runtime.api.history.AlarmOccurrence("Chlorine.TankLevel.Limits.LOW", now - 30 * 3_600_000L,
				10, "Order hypochlorite", null, null, null));
		plant.answerAlarmHistory(shift);
		assertTrue(window.showView("Alarm history"));
		waitFor("the shift's occurrences", () -> window.alarmHistory().rows().size() == 17);
		waitFor("the shift's statistics", () -> window.alarmHistory().statistics() != null);
		assertEquals("Clear-water tank overflow", window.alarmHistory().rows().get(0).text(), "newest first");
		AlarmHistoryView view = window.alarmHistory();
		assertEquals("operator", view.rows().get(16).ack().split(" ")[0]);
		assertEquals("5 min 0 s", view.rows().get(16).duration());
		assertTrue(view.summaryText().contains("17 alarms raised") && view.summaryText().contains("average 0.35, peak 11")
				&& view.summaryText().contains("— met")
				&& view.summaryText().contains("1 floods") && view.summaryText().contains("1 chattering")
				&& view.summaryText().contains("1 standing"), view.summaryText());
		assertEquals(java.util.Map.entry("Dist.Pump1.Fault", 6), view.statistics().mostFrequent().get(0));
		assertTrue(view.statusText().contains("answered by alpha"), view.statusText());
		assertTrue(plant.alarmsAsked().stream().anyMatch(q -> q.from() <= now - 8 * 3_600_000L - 86_400_000L + 1000),
				"asked a day more, for the alarms that stand in the shift: " + plant.alarmsAsked());
		screenshot("operator-alarm-history");

		view.filter("pump 2", false);
		assertEquals(6, view.rows().size(), "the text filter narrows what the server answered");
		view.filter("", true);
		assertEquals(List.of("Clear-water tank overflow"), view.rows().stream().map(r -> r.text()).toList(),
				"only still active: the standing alarm was raised before the shift and is not a row of it");
		assertTrue(view.rows().get(0).state().startsWith("ACTIVE"), view.rows().get(0).state());
	}

	/**
	 * A flood longer than a page: the alarm history shows the newest 500 occurrences, Older › the next ones — a page
	 * boundary falls inside a second that raised many alarms, and alarms raised while the operator reads do not shift
	 * the older pages — ‹ Newer goes back; the statistics count the whole period, gathered page by page.
	 */
	@Test
	void theAlarmHistoryPagesThroughAFloodWithoutSkippingOrRepeatingAnOccurrence() throws Exception {
		long now = System.currentTimeMillis() / 1000 * 1000;
		List<tandem.runtime.api.history.AlarmOccurrence> flood = new java.util.ArrayList<>();
		for (int i = 0; i < 1230; i++) { // 30 alarms a second for 41 seconds, an hour ago
			flood.add(new tandem.runtime.api.history.AlarmOccurrence(String.format("Flood.A%02d", i % 30),
					now - 3_600_000 + i / 30 * 1000, 100, "flood alarm " + i % 30, null, null, now - 3_000_000));
		}
		plant.answerAlarmHistory(flood);
		assertTrue(window.showView("Alarm history"));
		AlarmHistoryView view = window.alarmHistory();
		waitFor("the newest page", () -> view.rows().size() == 500);
		assertTrue(view.statusText().startsWith("page 1 · 500 occurrences, newest first · older ones follow"),
				view.statusText());
		assertFalse(view.newerButton().isEnabled());
		java.util.Set<String> seen = new java.util.HashSet<>();
		view.rows().forEach(r -> seen.add(r.alarm() + r.raised()));
		List<String> firstPage = view.rows().stream().map(r -> r.alarm() + r.raised()).toList();
		waitFor("the statistics", () -> view.statistics() != null);
		assertEquals(1230, view.statistics().raised(), "statistics over the whole period, not one page");
		screenshot("operator-alarm-history-page-1");

		List<tandem.runtime.api.history.AlarmOccurrence> more = new java.util.ArrayList<>(flood);
		more.add(new tandem.runtime.api.history.AlarmOccurrence("Tank1.Level.Limits.HIGH", now - 1000, 50,
				"raised while the operator reads", null, null, null));
		plant.answerAlarmHistory(more);
		view.olderButton().click();
		waitFor("the second page", () -> view.statusText().startsWith("page 2 · 500 occurrences"));
		List<String> secondPage = view.rows().stream().map(r -> r.alarm() + r.raised()).toList();
		view.rows().forEach(r -> assertTrue(seen.add(r.alarm() + r.raised()), "repeated: " + r.alarm() + r.raised()));
		view.olderButton().click();
		waitFor("the last page", () -> view.statusText().startsWith("page 3 · 230 occurrences, newest first · no older"));
		view.rows().forEach(r -> assertTrue(seen.add(r.alarm() + r.raised()), "repeated: " + r.alarm() + r.raised()));
		assertEquals(1230, seen.size(), "every occurrence of the flood once");
		assertFalse(view.olderButton().isEnabled());
		assertEquals("Flood.A00", view.rows().get(view.rows().size() - 1).alarm(), "the oldest last");
		screenshot("operator-alarm-history-page-3");

		view.newerButton().click();
		waitFor("page 2 again", () -> view.statusText().startsWith("page 2 · 500"));
		assertEquals(secondPage, view.rows().stream().map(r -> r.alarm() + r.raised()).toList(),
				"a page is kept by its key: the alarm raised meanwhile shifts nothing");
		view.newerButton().click();
		waitFor("page 1 again", () -> view.statusText().startsWith("page 1 · 500"));
		assertEquals("Tank1.Level.Limits.HIGH", view.rows().get(0).alarm(), "the newest page shows the new alarm");
		assertEquals(firstPage.subList(0, 499), view.rows().stream().skip(1).map(r -> r.alarm() + r.raised()).toList());
		assertTrue(plant.alarmsAsked().stream().allMatch(q -> q.pageSize() <= AlarmHistoryQuery.MAX_PAGE));
	}

	@Test
	void theEventListShowsTheServersPageNewestFirstAndSendsTheOperatorsFilter() throws Exception {
		long now = System.currentTimeMillis();
		plant.answerCel(List.of(
				new CelEntry("action:3", now - 1000, CelCategory.OPERATOR, "Chlorine.DosingSetpoint", "operator",
						"WRITE Chlorine.DosingSetpoint 1.4", "alpha"),
				new CelEntry("alarm:Tank1.Level.HIGH@1", now - 60_000, CelCategory.ALARM, "Tank1.Level.HIGH", "",
						"RAISED Tank 1 level high", "beta"),
				new CelEntry("system:beta:ROLE-SERVER-2@5", now - 125_000, CelCategory.SYSTEM, "beta", "",
						"beta is SERVER (epoch 2): no server in view", "beta")));
		assertTrue(window.showView("Events"));
		waitFor("the first page", () -> window.events().rows().size() == 3);
		List<String[]> rows = window.events().rows();
		assertEquals("OPERATOR", rows.get(0)[1]);
		assertEquals("operator", rows.get(0)[3]);
		assertEquals("ROLE", rows.get(2)[1], "a role change is told apart from other system entries");
		assertEquals(List.of("alpha", "beta", "beta"), rows.stream().map(r -> r[5]).toList(),
				"each entry names the node that recorded it");
		assertTrue(rows.get(0)[0].matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}"),
				"time to the ms: " + rows.get(0)[0]);
		assertTrue(window.events().statusText().contains("answered by alpha"), window.events().statusText());
		assertFalse(window.events().newerButton().isEnabled(), "the newest page: nothing newer to go back to");
		screenshot("operator-events");

		window.events().choose(java.util.Set.of(CelFilter.Category.OPERATOR));
		window.events().first();
		waitFor("the filtered page", () -> plant.celAsked().size() >= 2);
		CelFilter asked = plant.celAsked().get(plant.celAsked().size() - 1);
		assertEquals(java.util.Set.of(CelFilter.Category.OPERATOR), asked.categories());
		assertEquals(EventListView.PAGE, asked.pageSize());
		assertEquals(Long.MAX_VALUE, asked.beforeTime(), "the newest page");
	}

	@Test
	void theTrendViewAsksTheServerForTheTankLevelsOfTheLastHour() throws Exception {
		assertTrue(window.showView("Trends"));
		waitFor("the tank levels drawn", () -> window.trends().chart().series().stream().allMatch(s -> s != null)
				&& !window.trends().chart().series().isEmpty());
		List<String> pens = window.trends().chart().pens().stream().map(tandem.hmi.TrendPen::variable).toList();
		assertTrue(pens.stream().allMatch(p -> p.endsWith(".Level")) && pens.size() >= 2, pens.toString());
		TrendQuery q = plant.trendAsked().get(plant.trendAsked().size() - 1);
		assertTrue(window.trends().chart().window().live());
		assertEquals(3_600_000, window.trends().chart().window().span());
		assertTrue(q.to() - q.from() >= 2 * 3_600_000, "asked with a span to pan into: " + q);
		screenshot("operator-trends");
	}

	private void login(String user, String password) {
		window.header().loginButton().click();
		LoginDialog dialog = (LoginDialog) window.dialog();
		dialog.userField().setText(user);
		dialog.passwordField().setText(password);
		dialog.ok.click();
		waitFor("login", () -> !dialog.isOpen());
	}

	private WriteDialog openWrite(String variable) {
		doubleClick(variable);
		return assertInstanceOf(WriteDialog.class, window.dialog());
	}

	private void doubleClick(String variable) {
		for (TreeItem group : window.values().tree().getItems()) {
			for (TreeItem item : group.getItems()) {
				if (((tandem.operator.ui.station.VariableInfo) item.getData()).name().equals(variable)) {
					window.values().tree().setSelection(item);
					Event e = new Event();
					e.item = item;
					window.values().tree().notifyListeners(SWT.DefaultSelection, e);
					return;
				}
			}
		}
		fail("no row for " + variable);
	}

	private String value(String variable) {
		List<String> row = window.values().row(variable);
		return row.isEmpty() ? "" : row.get(0);
	}

	/** Runs the event loop until the condition holds; the connection's thread delivers meanwhile. */
	private static void waitFor(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + TIMEOUT_MS + " ms waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	private void screenshot(String name) throws Exception {
		settle();
		Path file = Screenshots.save(window.shell(), name);
		assertTrue(Screenshots.exists(file), file.toString());
	}

	private void screenshot(DialogFrame dialog, String name) throws Exception {
		settle();
		Path file = Screenshots.save(dialog.shell, name);
		assertTrue(Screenshots.exists(file), file.toString());
	}

	/** Lets GTK map and paint the windows before they are captured. */
	private static void settle() {
		long end = System.currentTimeMillis() + 300;
		waitFor("painting", () -> System.currentTimeMillis() > end);
	}

	/** Plausible values for every demo variable; step shifts them so a change is visible. */
	private static Map<String, Value> demoValues(int step) {
		Map<String, Value> out = new HashMap<>();
		long now = System.currentTimeMillis();
		for (Variable v : project.getVariables()) {
			out.put(v.getName(), demoValue(v, step, now));
		}
		out.put("Quality.pH", Value.invalid(now));
		out.put("Quality.Conductivity", new Value(412.0, Quality.BAD, now));
		return out;
	}

	private static Value demoValue(Variable v, int step, long now) {
		Supplier<Double> middle = () -> {
			double min = v.getRangeMin() == null ? 0 : v.getRangeMin();
			double max = v.getRangeMax() == null ? 100 : v.getRangeMax();
			return min + (max - min) * (0.5 + step * 0.02);
		};
		return switch (v.getDataType()) {
		case BOOL -> Value.good(!v.getName().endsWith("Fault") && !v.getName().endsWith("Stop"), now);
		case INT -> Value.good(Math.round(middle.get()), now);
		case FLOAT -> Value.good(middle.get(), now);
		case STRING -> Value.good("Normal operation", now);
		};
	}

	private static List<AlarmState> demoAlarms() {
		long now = System.currentTimeMillis();
		return List.of(
				new AlarmState("Tank1.Level.Limits.HIGH@" + (now - 60_000), "Tank1.Level.Limits.HIGH", "Tank1.Level",
						now - 60_000, 50, "Flocculation tank level high", false, false),
				new AlarmState("Filter.DiffPressure.Limits.HIGH_HIGH@" + (now - 300_000),
						"Filter.DiffPressure.Limits.HIGH_HIGH", "Filter.DiffPressure", now - 300_000, 100,
						"Sand filter clogged", true, false),
				new AlarmState("Chlorine.TankLevel.Limits.LOW@" + (now - 900_000), "Chlorine.TankLevel.Limits.LOW",
						"Chlorine.TankLevel", now - 900_000, 10, "Order hypochlorite", false, false),
				new AlarmState("Dist.Pump2.Fault@" + (now - 1_200_000), "Dist.Pump2.Fault", "Dist.Pump2.Fault",
						now - 1_200_000, 100, "Distribution pump 2 motor fault", false, true));
	}
}
