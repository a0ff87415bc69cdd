package tandem.studio.core.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Value;
import tandem.studio.core.OnTheDemo;

/** The preview's plant: the demo's simulated variables read in the studio, changing with time, the same as a runtime would poll. */
class PreviewPlantTest extends OnTheDemo {

	private static final long T0 = 1_760_000_000_000L;

	@Test
	void everySimulatedVariableIsReadAndTheValuesMoveWithTime() {
		try (PreviewPlant plant = new PreviewPlant(project)) {
			assertEquals(project.getVariables().size(), plant.simulated(), "the demo runs on the simulator only");
			Map<String, Value> now = plant.read(T0);
			Map<String, Value> later = plant.read(T0 + 7_000);
			assertEquals(plant.simulated(), now.size());
			assertTrue(now.get("Tank1.Level").data() instanceof Double);
			assertTrue(now.get("Intake.Pump1.Running").data() instanceof Boolean);
			assertNotEquals(now.get("Intake.Flow").data(), later.get("Intake.Flow").data(), "a sine moves in 7 s");
			assertTrue(now.get("Intake.Flow").isGood(), now.get("Intake.Flow").toString());
		}
	}

	@Test
	void theSameMomentReadsTheSameValueAsAnotherPlantOfTheSameProject() {
		try (PreviewPlant a = new PreviewPlant(project); PreviewPlant b = new PreviewPlant(project)) {
			assertEquals(a.read(T0).get("Tank1.Level").data(), b.read(T0).get("Tank1.Level").data());
		}
	}
}
