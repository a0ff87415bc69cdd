package tandem.runtime.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;
import tandem.runtime.core.config.VariableDefinition;

class ProcessImageTest {

	private static final long RATE = 100;

	/** Answers like real hardware: with the slot running on its own clock when the read arrives. */
	private static class LiveDevice implements Driver {
		@Override
		public void connect() {
		}

		@Override
		public List<Value> read(List<DriverTag> tags, long pollTime) {
			long slot = System.currentTimeMillis() / RATE * RATE;
			List<Value> out = new ArrayList<>();
			for (int i = 0; i < tags.size(); i++) {
				out.add(new Value((double) slot, Quality.GOOD, slot));
			}
			return out;
		}

		@Override
		public void write(DriverTag tag, Object value, long time) {
		}

		@Override
		public void close() {
		}
	}

	/**
	 * A device that answers one read slowly (or a node whose poll thread got no CPU) makes the next poll late, and a
	 * live device's slots in between are gone. The image says which, on the processing thread: exactly the slots
	 * missing between the values it published, so an engineer (and the fault checker) can tell a slot no node read
	 * from one that was lost.
	 */
	@Test
	void theSlotsALatePollOfALiveDeviceMissedAreReportedExactly() throws Exception {
		int[] reads = { 0 };
		Driver slowOnce = new LiveDevice() {
			@Override
			public List<Value> read(List<DriverTag> tags, long pollTime) {
				List<Value> answer = super.read(tags, pollTime); // the slot the request arrived in
				if (++reads[0] == 5) {
					try {
						Thread.sleep(RATE * 7 / 2); // three slots or four run before the answer comes back
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
				return answer;
			}
		};
		ProcessImage image = new ProcessImage(List.of(new VariableDefinition("Tank.Level", "Plant", "live", RATE,
				TagType.FLOAT, false, null, null, "")), Map.of("Plant", slowOnce), System::currentTimeMillis);
		List<Long> seen = new CopyOnWriteArrayList<>();
		List<Long> reported = new CopyOnWriteArrayList<>();
		image.onDriverHealth(new ProcessImage.DriverHealth() {
			@Override
			public void lost(String driver, String reason, long time) {
			}

			@Override
			public void regained(String driver, long time) {
			}

			@Override
			public void skipped(String driver, long rateMillis, long firstSlot, long lastSlot, long time) {
				assertEquals("Plant", driver);
				assertEquals(RATE, rateMillis);
				for (long slot = firstSlot; slot <= lastSlot; slot += rateMillis) {
					reported.add(slot);
				}
			}
		});
		image.subscribeAll((variable, value) -> seen.add(value.sourceTime()));
		image.start();
		Thread.sleep(20 * RATE);
		image.stop();
		List<Long> missing = new ArrayList<>();
		for (int i = 1; i < seen.size(); i++) {
			for (long slot = seen.get(i - 1) + RATE; slot < seen.get(i); slot += RATE) {
				missing.add(slot);
			}
		}
		assertTrue(missing.size() >= 2, "the slow read made the poll miss slots: " + seen);
		assertEquals(missing, reported, "the slots reported as not read are those missing between the values");
	}

	/**
	 * The history or the cluster can hold up what processes a value for a moment (a flush, a full replication
	 * window). With a live device the poll must still read every slot while it runs: the slot is gone otherwise, on
	 * this node for good. So a listener that stalls for several slots delays the values, and loses none.
	 */
	@Test
	void aListenerThatStallsDelaysTheValuesButNoSlotOfALiveDeviceIsMissed() throws Exception {
		ProcessImage image = new ProcessImage(List.of(new VariableDefinition("Tank.Level", "Plant", "live", RATE,
				TagType.FLOAT, false, null, null, "")), Map.of("Plant", new LiveDevice()), System::currentTimeMillis);
		List<Long> seen = new CopyOnWriteArrayList<>();
		image.subscribeAll((variable, value) -> {
			seen.add(value.sourceTime());
			if (seen.size() == 5) {
				try {
					Thread.sleep(8 * RATE); // eight slots run while this listener is busy
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		});
		image.start();
		Thread.sleep(30 * RATE);
		image.stop();
		assertTrue(seen.size() > 20, "values arrived: " + seen);
		List<Long> gaps = new ArrayList<>();
		for (int i = 1; i < seen.size(); i++) {
			if (seen.get(i) - seen.get(i - 1) != RATE) {
				gaps.add(seen.get(i) - seen.get(i - 1));
			}
		}
		assertEquals(List.of(), gaps, "slots between two values processed one after the other (ms)");
	}
	/** A subscribed device: what it pushed since the previous read, several changes of a variable at once. */
	private static final class SubscribedDevice implements Driver {
		@Override
		public void connect() {
		}

		@Override
		public List<Value> read(List<DriverTag> tags, long pollTime) {
			throw new AssertionError("the core reads the changes, not only the newest value");
		}

		@Override
		public List<List<Value>> readChanges(List<DriverTag> tags, long pollTime) {
			return List.of(List.of(good(1000), good(1200), good(1400)), List.of(good(1100)),
					List.of(good(1300), good(1500)));
		}

		private static Value good(long time) {
			return new Value((double) time, Quality.GOOD, time);
		}

		@Override
		public void write(DriverTag tag, Object value, long time) {
		}

		@Override
		public void close() {
		}
	}

	/**
	 * A late poll of a subscribed device brings several changes of a variable, each with its own source time. Every
	 * one reaches the alarms and archives, in the order of their times (across variables too): a change skipped
	 * for the newest would be an archive slot no later poll can record.
	 */
	@Test
	void everyChangeOfALateReadIsPublishedInTheOrderOfItsSourceTime() {
		List<VariableDefinition> variables = new ArrayList<>();
		for (String name : List.of("A", "B", "C")) {
			variables.add(new VariableDefinition(name, "UA", "ns=1;s=" + name, RATE, TagType.FLOAT, false, null, null,
					""));
		}
		ProcessImage image = new ProcessImage(variables, Map.of("UA", new SubscribedDevice()), System::currentTimeMillis);
		List<String> seen = new ArrayList<>();
		image.subscribeAll((variable, value) -> seen.add(variable + "@" + value.sourceTime()));
		image.pollAll(2000);
		assertEquals(List.of("A@1000", "B@1100", "A@1200", "C@1300", "A@1400", "C@1500"), seen);
		assertEquals(1400, image.read("A").orElseThrow().sourceTime(), "the newest change is the current value");
	}
}
