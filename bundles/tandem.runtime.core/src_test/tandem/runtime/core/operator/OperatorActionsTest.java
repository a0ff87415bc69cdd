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

import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.core.RuntimeNode;
import tandem.runtime.core.TestPlant;
import tandem.runtime.core.alarm.ActiveAlarm;
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
}
