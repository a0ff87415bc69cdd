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
	private static final class LiveDevice implements Driver {
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
}
