package tandem.runtime.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.client.AlarmShelving.Mode;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.core.RuntimeNode;
import tandem.runtime.core.TestPlant;
import tandem.runtime.core.alarm.ActiveAlarm;
import tandem.runtime.core.alarm.AlarmShelf;
import tandem.runtime.driver.sim.SimulatorDriver;
import tandem.runtime.history.h2.CelQuery;

class OperatorActionsTest {

	@TempDir
	Path dir;
	private final AtomicLong clock = new AtomicLong(TestPlant.T0);
	private RuntimeNode node;
	private OperatorActions ops;

	@BeforeEach
	void start() {
		node = TestPlant.node(TestPlant.configuration(), "n1", dir, clock);
		node.start();
		ops = node.operators();
	}

	@AfterEach
	void stop() {
		node.stop();
	}

	private List<CelEntry> operatorCel() {
		node.flushHistory();
		return node.history().cel(CelQuery.between(0, Long.MAX_VALUE).withCategories(Set.of(CelCategory.OPERATOR)));
	}

	private void pollAt(long time) {
		clock.set(time);
		node.pollAll(time);
	}

	@Test
	void aWrongPasswordIsRefusedAndTheRefusalIsInTheCel() {
		ActionRefusedException e = assertThrows(ActionRefusedException.class,
				() -> ops.login("l1", "anna", "guess".toCharArray()));
		assertTrue(e.getMessage().contains("anna"), e.getMessage());
		assertTrue(operatorCel().get(0).text().contains("refused"));
	}

	@Test
	void aUserWithoutWritePermissionCannotWriteEvenWithoutAUi() throws Exception {
		Session victor = ops.login("l1", "victor", TestPlant.PASSWORD.toCharArray());
		ActionRefusedException e = assertThrows(ActionRefusedException.class,
				() -> ops.write("w1", victor.token(), "Tank.Setpoint", "50"));
		assertTrue(e.getMessage().contains("WRITE_VARIABLES"), e.getMessage());
		assertThrows(ActionRefusedException.class, () -> ops.write("w2", "forged-token", "Tank.Setpoint", "50"));
		assertThrows(ActionRefusedException.class, () -> ops.downloadRecipe("r1", victor.token(), "Summer"));
	}

	@Test
	void anAcceptedWriteReachesThePlantFromTheNextSlotAndIsLogged() throws Exception {
		Session anna = ops.login("l1", "anna", TestPlant.PASSWORD.toCharArray());
		pollAt(TestPlant.T0 + 1_050);
		ops.write("w1", anna.token(), "Tank.Setpoint", "42.5");
		pollAt(TestPlant.T0 + 1_100);
		assertEquals(42.5, node.variables().read("Tank.Setpoint").orElseThrow().asDouble());
		assertTrue(operatorCel().stream().anyMatch(c -> c.text().equals("WRITE Tank.Setpoint 42.5")));
	}

	@Test
	void writesOutsideTheRangeOrToReadOnlyVariablesAreRefused() throws Exception {
		Session anna = ops.login("l1", "anna", TestPlant.PASSWORD.toCharArray());
		assertThrows(ActionRefusedException.class, () -> ops.write("w1", anna.token(), "Tank.Setpoint", "81"));
		assertThrows(ActionRefusedException.class, () -> ops.write("w2", anna.token(), "Tank.Level", "10"));
		assertThrows(ActionRefusedException.class, () -> ops.write("w3", anna.token(), "Dosing.Rate", "ten"));
	}

	@Test
	void aRecipeDownloadWritesAllItsValuesOrNoneWhenOneIsOutOfRange() throws Exception {
		Session anna = ops.login("l1", "anna", TestPlant.PASSWORD.toCharArray());
		pollAt(TestPlant.T0 + 1_050);
		// "Broken" holds a valid dosing rate beside an out-of-range setpoint: neither may reach the plant
		assertThrows(ActionRefusedException.class, () -> ops.downloadRecipe("r0", anna.token(), "Broken"));
		pollAt(TestPlant.T0 + 1_100);
		SimulatorDriver untouched = new SimulatorDriver(new DriverConfiguration("Plant", "sim", 42, false, Map.of()));
		for (String variable : List.of("Tank.Setpoint", "Dosing.Rate")) {
			Object plant = untouched.valueAt(node.image().definition(variable).orElseThrow().tag(), TestPlant.T0 + 1_100);
			assertEquals(plant, node.variables().read(variable).orElseThrow().data(),
					variable + " still holds the plant's own value: nothing of the refused recipe was written");
		}
		ops.downloadRecipe("r1", anna.token(), "Summer");
		pollAt(TestPlant.T0 + 1_200);
		assertEquals(70.0, node.variables().read("Tank.Setpoint").orElseThrow().asDouble());
		assertEquals(12L, node.variables().read("Dosing.Rate").orElseThrow().data());
		assertTrue(operatorCel().stream().anyMatch(c -> c.text().startsWith("RECIPE_DOWNLOAD Summer")));
	}

	@Test
	void acknowledgingNeedsThePermissionAndAResentActionIsAppliedOnce() throws Exception {
		TestPlant.pollUntilAnAlarmIsActive(node, clock, TestPlant.T0);
		ActiveAlarm alarm = node.alarms().active().get(0);
		Session victor = ops.login("l1", "victor", TestPlant.PASSWORD.toCharArray());
		assertThrows(ActionRefusedException.class,
				() -> ops.acknowledge("a1", victor.token(), alarm.alarm(), alarm.raiseTime()));
		Session anna = ops.login("l2", "anna", TestPlant.PASSWORD.toCharArray());
		assertTrue(ops.acknowledge("a2", anna.token(), alarm.alarm(), alarm.raiseTime()));
		assertTrue(ops.acknowledge("a2", anna.token(), alarm.alarm(), alarm.raiseTime()), "resent: same outcome");
		assertFalse(ops.acknowledge("a3", anna.token(), alarm.alarm(), alarm.raiseTime()), "a new ack: nothing to do");
		assertEquals(1, operatorCel().stream().filter(c -> c.key().equals("action:a2")).count());
		node.flushHistory();
		assertEquals("anna", node.history().alarms(alarm.raiseTime(), alarm.raiseTime() + 1).get(0).ackUser());
	}

	@Test
	void aResentLoginReturnsTheSameSessionAndLogoutEndsIt() throws Exception {
		Session first = ops.login("l1", "anna", TestPlant.PASSWORD.toCharArray());
		assertSame(first, ops.login("l1", "anna", TestPlant.PASSWORD.toCharArray()));
		ops.logout("o1", first.token());
		assertThrows(ActionRefusedException.class, () -> ops.write("w1", first.token(), "Tank.Setpoint", "5"));
	}

	@Test
	void shelvingNeedsThePermissionAReasonAndATimeWithinTheClassMaximumAndEveryAttemptIsInTheCel() throws Exception {
		String alarm = "Tank.Level.HIGH";
		Session victor = ops.login("l1", "victor", TestPlant.PASSWORD.toCharArray());
		Session anna = ops.login("l2", "anna", TestPlant.PASSWORD.toCharArray());
		Session otto = ops.login("l3", "otto", TestPlant.PASSWORD.toCharArray());
		assertRefused("SHELVE_ALARMS", () -> ops.shelve("s1", victor.token(), alarm, Mode.TIMED, 10, "noise"));
		assertRefused("a reason is required", () -> ops.shelve("s2", anna.token(), alarm, Mode.TIMED, 10, "  "));
		assertRefused("1 to 480 min", () -> ops.shelve("s3", anna.token(), alarm, Mode.TIMED, 481, "long"));
		assertRefused("1 to 480 min", () -> ops.shelve("s4", anna.token(), alarm, Mode.TIMED, 0, "none"));
		assertRefused("at most 200", () -> ops.shelve("s5", anna.token(), alarm, Mode.TIMED, 5, "x".repeat(201)));
		assertRefused("not in alarm", () -> ops.shelve("s6", anna.token(), alarm, Mode.ONE_SHOT, 0, "quiet"));
		assertRefused("does not exist", () -> ops.shelve("s7", anna.token(), "Tank.Nope", Mode.TIMED, 5, "typo"));
		assertRefused("REMOVE_ALARMS_FROM_SERVICE",
				() -> ops.shelve("s8", anna.token(), alarm, Mode.OUT_OF_SERVICE, 0, "repair"));
		assertTrue(ops.shelf().all().isEmpty(), "nothing refused is shelved");

		ops.shelve("s9", otto.token(), alarm, Mode.OUT_OF_SERVICE, 0, "transmitter out for repair");
		assertTrue(ops.shelf().of(alarm).orElseThrow().outOfService());
		assertRefused("out of service", () -> ops.shelve("s10", anna.token(), alarm, Mode.TIMED, 5, "also"));
		assertRefused("REMOVE_ALARMS_FROM_SERVICE", () -> ops.unshelve("u1", anna.token(), alarm));
		ops.unshelve("u2", otto.token(), alarm);
		assertTrue(ops.shelf().all().isEmpty());
		assertRefused("neither shelved nor out of service", () -> ops.unshelve("u3", anna.token(), alarm));

		List<String> cel = operatorCel().stream().map(CelEntry::text).toList();
		assertTrue(cel.contains("REMOVE_FROM_SERVICE alarm:Tank.Level.HIGH transmitter out for repair"), cel.toString());
		assertTrue(cel.contains("RETURN_TO_SERVICE alarm:Tank.Level.HIGH"), cel.toString());
		assertEquals(8, cel.stream().filter(t -> t.startsWith("SHELVE") && t.endsWith("(refused)")).count(),
				"each refused shelving is in the CEL: " + cel);
	}

	@Test
	void aTimedShelvingEndsByItselfAtItsTimeAndAOneShotWhenTheAlarmReturnsToNormal() throws Exception {
		String alarm = "Tank.Level.HIGH";
		Session anna = ops.login("l1", "anna", TestPlant.PASSWORD.toCharArray());
		ops.shelve("s1", anna.token(), alarm, Mode.TIMED, 10, "level sensor recalibrated");
		long shelved = clock.get();
		assertEquals(shelved + 10 * 60_000, ops.shelf().of(alarm).orElseThrow().until());
		assertTrue(ops.shelf().due(shelved + 9 * 60_000, node.alarms()::inAlarm).isEmpty());
		clock.set(shelved + 10 * 60_000);
		ops.shelf().due(clock.get(), node.alarms()::inAlarm).forEach(ops::unshelveAutomatically);
		assertTrue(ops.shelf().all().isEmpty());
		assertTrue(operatorCel().stream().anyMatch(c -> c.key().equals("action:auto-unshelve:s1")
				&& c.text().equals("UNSHELVE alarm:Tank.Level.HIGH automatically: its timed shelving time is up")));

		long raised = TestPlant.pollUntilAnAlarmIsActive(node, clock, clock.get());
		ops.shelve("s2", anna.token(), alarm, Mode.ONE_SHOT, 0, "known, crew on the way");
		assertEquals(raised + 480 * 60_000, ops.shelf().of(alarm).orElseThrow().until(), "one-shot: the class's maximum");
		long t = raised;
		while (node.alarms().inAlarm(alarm)) {
			assertTrue(ops.shelf().due(t, node.alarms()::inAlarm).isEmpty(), "in alarm: still shelved");
			t += 100;
			pollAt(t);
			assertTrue(t < raised + TestPlant.ALARM_WITHIN_MS, "the tank level never fell back");
		}
		List<AlarmShelf.Expiry> due = ops.shelf().due(t, node.alarms()::inAlarm);
		assertEquals(1, due.size());
		assertTrue(due.get(0).why().contains("returned to normal"), due.get(0).why());
	}

	@Test
	void aStandaloneNodeEndsATimedShelvingByItselfAndARestartedOneStillHoldsTheShelf() throws Exception {
		String alarm = "Tank.Level.HIGH";
		Session anna = ops.login("l1", "anna", TestPlant.PASSWORD.toCharArray());
		ops.shelve("s1", anna.token(), alarm, Mode.TIMED, 10, "level sensor recalibrated");
		clock.addAndGet(9 * 60_000);
		assertEquals(0, node.expireShelving());
		clock.addAndGet(60_000);
		assertEquals(1, node.expireShelving());
		assertTrue(ops.shelf().all().isEmpty());
		assertTrue(operatorCel().stream().anyMatch(c -> c.key().equals("action:auto-unshelve:s1")), operatorCel()
				.toString());

		Session otto = ops.login("l2", "otto", TestPlant.PASSWORD.toCharArray());
		ops.shelve("s2", otto.token(), alarm, Mode.OUT_OF_SERVICE, 0, "transmitter replaced");
		node.stop();
		node = TestPlant.node(TestPlant.configuration(), "n1", dir, clock);
		node.start();
		ops = node.operators();
		assertTrue(ops.shelf().of(alarm).orElseThrow().outOfService(),
				"the restarted node holds the shelving its history recorded");
		assertEquals(0, node.expireShelving(), "out of service does not end by itself");
	}

	private static void assertRefused(String because, org.junit.jupiter.api.function.Executable action) {
		ActionRefusedException e = assertThrows(ActionRefusedException.class, action);
		assertTrue(e.getMessage().contains(because), "refused for another reason: " + e.getMessage());
	}

	@Test
	void aRecipeEditNeedsThePermissionAndOnlyTheRecipesVariablesWithValuesTheyAccept() throws Exception {
		Session victor = ops.login("l1", "victor", TestPlant.PASSWORD.toCharArray());
		Session erik = ops.login("l2", "erik", TestPlant.PASSWORD.toCharArray());
		ActionRefusedException e = assertThrows(ActionRefusedException.class,
				() -> ops.checkRecipeEdit("e1", victor.token(), "Summer", Map.of("Tank.Setpoint", "60")));
		assertTrue(e.getMessage().contains("EDIT_RECIPES"), e.getMessage());
		e = assertThrows(ActionRefusedException.class,
				() -> ops.checkRecipeEdit("e2", erik.token(), "Summer", Map.of("Pump.Running", "true")));
		assertTrue(e.getMessage().contains("not part of recipe Summer"), e.getMessage());
		e = assertThrows(ActionRefusedException.class,
				() -> ops.checkRecipeEdit("e3", erik.token(), "Summer", Map.of("Tank.Setpoint", "95")));
		assertTrue(e.getMessage().contains("Tank.Setpoint"), e.getMessage());
		e = assertThrows(ActionRefusedException.class,
				() -> ops.checkRecipeEdit("e4", erik.token(), "Summer", Map.of("Dosing.Rate", "twelve")));
		assertTrue(e.getMessage().contains("twelve"), e.getMessage());
		assertThrows(ActionRefusedException.class,
				() -> ops.checkRecipeEdit("e5", erik.token(), "Winter", Map.of("Dosing.Rate", "5")));

		OperatorActions.RuntimeChange c = ops.checkRecipeEdit("e6", erik.token(), "Summer",
				Map.of("Dosing.Rate", " 15 "));
		assertEquals(Map.of("Dosing.Rate", "15"), c.values());
		assertEquals("erik", c.user());
		assertSame(c, ops.checkRecipeEdit("e6", erik.token(), "Summer", Map.of("Dosing.Rate", "16")),
				"a resent check answers as the first time");
		List<CelEntry> cel = operatorCel();
		assertEquals(5, cel.stream().filter(x -> x.text().contains("refused")).count(), cel.toString());
		assertFalse(cel.stream().anyMatch(x -> x.text().contains("Dosing.Rate=15")),
				"an accepted edit is recorded when it is applied, not when it is checked: " + cel);
		assertEquals("12", node.configuration().recipe("Summer").orElseThrow().values().get("Dosing.Rate"),
				"a check changes nothing");
	}

	@Test
	void aUserChangesTheOwnPasswordWithTheCurrentOneAndAUserManagerSetsAnothersWithout() throws Exception {
		Session anna = ops.login("l1", "anna", TestPlant.PASSWORD.toCharArray());
		Session erik = ops.login("l2", "erik", TestPlant.PASSWORD.toCharArray());
		char[] good = "blue-pump-42".toCharArray();
		ActionRefusedException e = assertThrows(ActionRefusedException.class,
				() -> ops.checkPasswordChange("p1", anna.token(), "anna", "wrong".toCharArray(), good));
		assertTrue(e.getMessage().contains("current password"), e.getMessage());
		e = assertThrows(ActionRefusedException.class, () -> ops.checkPasswordChange("p2", anna.token(), "anna",
				TestPlant.PASSWORD.toCharArray(), "short".toCharArray()));
		assertTrue(e.getMessage().contains("at least " + OperatorActions.MIN_PASSWORD), e.getMessage());
		e = assertThrows(ActionRefusedException.class, () -> ops.checkPasswordChange("p3", anna.token(), "victor",
				new char[0], good));
		assertTrue(e.getMessage().contains("MANAGE_USERS"), e.getMessage());

		OperatorActions.RuntimeChange own = ops.checkPasswordChange("p5", anna.token(), "anna",
				TestPlant.PASSWORD.toCharArray(), good);
		assertTrue(tandem.model.security.PasswordHash.verify(good, own.hash()));
		assertFalse(tandem.model.security.PasswordHash.verify(TestPlant.PASSWORD.toCharArray(), own.hash()));
		OperatorActions.RuntimeChange other = ops.checkPasswordChange("p6", erik.token(), "victor", new char[0], good);
		assertEquals("victor", other.target());
		String detail = OperatorActions.changeOutcome(other, "project version 2", null, 0).detail();
		assertFalse(detail.contains("blue-pump-42") || detail.contains(other.hash()), detail);
		assertTrue(OperatorActions.changeOutcome(other, "", "the standby did not stage it", 0).detail()
				.contains("the standby did not stage it"));
	}
}
