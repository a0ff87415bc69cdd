package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Value;
import tandem.runtime.api.client.ConnectionState;
import tandem.runtime.api.client.ServerInfo;

class PlantChangesTest {

	private final AtomicInteger wakeUps = new AtomicInteger();
	private final PlantChanges changes = new PlantChanges(wakeUps::incrementAndGet);

	@Test
	void aBurstOfChangesWakesTheUiOnceAndArrivesAsOneBatch() {
		for (int i = 0; i < 1000; i++) {
			changes.valuesChanged(Map.of("Tank1.Level", Value.good((double) i, i)));
		}
		changes.serverChanged(new ServerInfo("beta", 2, "h", ConnectionState.CONNECTED));

		assertEquals(1, wakeUps.get());
		PlantChanges.Batch batch = changes.take();
		assertEquals(999.0, batch.values().get("Tank1.Level").data());
		assertEquals("beta", batch.server().node());
		assertNull(batch.alarms());
	}

	@Test
	void aChangeAfterTheBatchWakesTheUiAgain() {
		changes.alarmsChanged(List.of());
		changes.take();
		assertTrue(changes.take().isEmpty());

		changes.valuesChanged(Map.of("Tank1.Level", Value.good(1.0, 1)));

		assertEquals(2, wakeUps.get());
		assertEquals(1, changes.take().values().size());
	}
}
