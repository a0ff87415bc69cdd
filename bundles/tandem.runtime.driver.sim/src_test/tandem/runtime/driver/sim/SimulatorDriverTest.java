package tandem.runtime.driver.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;

class SimulatorDriverTest {

	private static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00Z

	private static final List<DriverTag> TAGS = List.of(
			new DriverTag("Tank1.Level", "tank?min=0&max=100&period=120", 100, TagType.FLOAT, false),
			new DriverTag("Pump1.Running", "pump?period=60", 250, TagType.BOOL, false),
			new DriverTag("Line1.Flow", "flow?min=0&max=50&period=60", 100, TagType.FLOAT, false),
			new DriverTag("Setpoint", "", 1000, TagType.INT, true));

	private static SimulatorDriver driver(long seed, boolean writes) {
		SimulatorDriver d = new SimulatorDriver(new DriverConfiguration("plant", "sim", seed, writes, Map.of()));
		d.connect();
		return d;
	}

	@Test
	void twoSimulatorsPollingAtDifferentMomentsOfTheSameSlotSeeIdenticalFacts() throws DriverException {
		SimulatorDriver a = driver(42, true);
		SimulatorDriver b = driver(42, true);
		for (long t = T0; t < T0 + 600_000; t += 97) {
			assertEquals(a.read(TAGS, t), b.read(TAGS, t));
		}
		List<Value> early = a.read(TAGS, T0 + 1_000);
		List<Value> late = b.read(TAGS, T0 + 1_099);
		assertEquals(early.get(0), late.get(0), "same 100 ms slot, same level and source time");
		assertEquals(T0 + 1_000, late.get(0).sourceTime());
	}

	@Test
	void aLiveDeviceAnswersAPollForAPastSlotWithTheSlotRunningNowAndNeverBackFills() throws DriverException {
		long[] now = { T0 + 10_050 };
		SimulatorDriver live = SimulatorDriver.liveDevice(
				new DriverConfiguration("plant", "sim", 42, false, Map.of()), () -> now[0]);
		live.connect();
		SimulatorDriver replay = driver(42, false);
		List<Value> late = live.read(TAGS, T0 + 2_000); // a poll thread that stalled for 8 s asks for an old slot
		assertEquals(T0 + 10_000, late.get(0).sourceTime(), "the device answers with its current slot");
		assertEquals(replay.read(TAGS, T0 + 10_000), late, "and with the plant's value of that slot");
		assertEquals(false, live.readsPastSlots(), "so the core must not try to catch up through it");
		assertEquals(true, replay.readsPastSlots());
		now[0] = T0 + 10_180;
		assertEquals(T0 + 10_100, live.read(TAGS, T0 + 10_100).get(0).sourceTime());
	}

	@Test
	void anotherProjectSeedGivesAnotherPlant() throws DriverException {
		assertNotEquals(driver(1, true).read(TAGS, T0 + 5_000).get(0), driver(2, true).read(TAGS, T0 + 5_000).get(0));
	}

	@Test
	void tankLevelsReachTheTopOfTheRangeNowAndThenAndPumpsSwitch() throws DriverException {
		SimulatorDriver d = driver(7, true);
		int high = 0;
		int low = 0;
		int pumpChanges = 0;
		Boolean lastPump = null;
		for (long t = T0; t < T0 + 3_600_000; t += 1_000) {
			List<Value> v = d.read(TAGS, t);
			double level = v.get(0).asDouble();
			assertTrue(level >= 0 && level <= 100, "level within range: " + level);
			high += level > 90 ? 1 : 0;
			low += level < 10 ? 1 : 0;
			boolean pump = v.get(1).asBoolean();
			pumpChanges += lastPump != null && lastPump != pump ? 1 : 0;
			lastPump = pump;
		}
		assertTrue(high > 60 && high < 1800, "seconds above 90 %: " + high);
		assertTrue(low > 60 && low < 1800, "seconds below 10 %: " + low);
		assertTrue(pumpChanges > 10, "pump switched " + pumpChanges + " times in an hour");
	}

	@Test
	void eventVariablesAreOnRarelyAndInBlocks() throws DriverException {
		SimulatorDriver d = driver(5, true);
		List<DriverTag> fault = List.of(new DriverTag("Pump1.Fault", "event?period=3600", 1000, TagType.BOOL, false));
		int on = 0;
		int starts = 0;
		boolean last = false;
		for (long t = T0; t < T0 + 24 * 3_600_000L; t += 1_000) {
			boolean now = d.read(fault, t).get(0).asBoolean();
			on += now ? 1 : 0;
			starts += now && !last ? 1 : 0;
			last = now;
		}
		assertTrue(on > 0.01 * 86_400 && on < 0.12 * 86_400, "seconds in fault per day: " + on);
		assertTrue(starts >= 3 && starts < on / 60, "fault episodes: " + starts);
	}

	@Test
	void aWriteHoldsFromTheNextSlotOnAndTheRunningSlotKeepsItsValue() throws DriverException {
		SimulatorDriver a = driver(42, true);
		SimulatorDriver b = driver(42, true);
		DriverTag setpoint = TAGS.get(3);
		Value before = a.read(TAGS, T0 + 10_500).get(3);
		a.write(setpoint, 77L, T0 + 10_500);
		b.write(setpoint, 77L, T0 + 10_500);
		assertEquals(before, a.read(TAGS, T0 + 10_900).get(3));
		assertEquals(Value.good(77L, T0 + 11_000), a.read(TAGS, T0 + 11_000).get(3));
		assertEquals(a.read(TAGS, T0 + 99_000), b.read(TAGS, T0 + 99_000));
	}

	@Test
	void readOnlyVariablesAndShadowModeRefuseWrites() {
		assertThrows(DriverException.class, () -> driver(1, true).write(TAGS.get(0), 5.0, T0));
		assertThrows(DriverException.class, () -> driver(1, false).write(TAGS.get(3), 5L, T0));
	}

	@Test
	void aLostConnectionFailsTheReadSoTheCoreMarksValuesInvalid() {
		SimulatorDriver d = driver(1, true);
		d.setConnected(false);
		assertThrows(DriverException.class, () -> d.read(TAGS, T0));
	}

	@Test
	void anUnknownShapeIsReportedWithTheVariableName() {
		DriverTag bad = new DriverTag("Mixer.Speed", "wobble", 100, TagType.FLOAT, false);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> driver(1, true).read(new ArrayList<>(List.of(bad)), T0));
		assertTrue(e.getMessage().contains("Mixer.Speed") && e.getMessage().contains("wobble"), e.getMessage());
	}
}
