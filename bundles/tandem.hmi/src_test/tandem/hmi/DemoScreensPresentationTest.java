package tandem.hmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.model.DataType;
import tandem.model.Project;
import tandem.model.Screen;
import tandem.model.Variable;
import tandem.model.demo.DemoProjectFactory;
import tandem.runtime.api.Value;

/** The demo project's screens, the ones a visitor sees first, are presented completely. */
class DemoScreensPresentationTest {

	private final Project project = new DemoProjectFactory().create();

	private ScreenPicture present(String name, Map<String, Value> values) {
		Screen screen = project.getScreens().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
		return new ScreenPresenter(screen, ZoneOffset.UTC).present(PlantSnapshot.of(values, true), 0);
	}

	private Map<String, Value> normalPlant() {
		Map<String, Value> values = new HashMap<>();
		for (Variable v : project.getVariables()) {
			Object data = v.getDataType() == DataType.BOOL ? Boolean.FALSE
					: v.getDataType() == DataType.INT ? (Object) 1L
							: v.getDataType() == DataType.STRING ? "" : (Object) (v.getRangeMax() == null ? 1.0 : v.getRangeMax() / 2);
			values.put(v.getName(), Value.good(data, 0));
		}
		return values;
	}

	@Test
	void theOverviewShowsItsTanksHalfFullAndHidesTheEmergencyStopBannerInNormalOperation() {
		ScreenPicture overview = present("Overview", normalPlant());
		assertEquals(0.5, overview.element("tank1").fill().fraction(), 1e-9);
		assertNull(overview.element("emergencyStopBanner"));
		assertNotNull(overview.element("intakePump1/body"));
		assertTrue(overview.elements().stream().allMatch(e -> e.quality() == ShownQuality.GOOD));
	}

	@Test
	void theEmergencyStopBannerAppearsAndBlinksWhenTheStopIsPressed() {
		Map<String, Value> values = normalPlant();
		values.put("Plant.EmergencyStop", Value.good(true, 0));
		ElementLook banner = present("Overview", values).element("emergencyStopBanner");
		assertNotNull(banner);
		assertTrue(banner.blinks());
	}

	@Test
	void everyDemoScreenIsPresentedWithoutAValueAsWellAsWithValues() {
		for (Screen s : project.getScreens()) {
			ScreenPicture empty = present(s.getName(), Map.of());
			ScreenPicture full = present(s.getName(), normalPlant());
			assertTrue(empty.elements().size() > 5, s.getName());
			assertTrue(full.elements().size() >= empty.elements().size(), s.getName());
		}
	}
}
