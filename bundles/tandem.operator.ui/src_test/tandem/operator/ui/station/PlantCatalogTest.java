package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import tandem.model.Project;
import tandem.model.demo.DemoProjectFactory;

class PlantCatalogTest {

	private final Project demo = new DemoProjectFactory().create();
	private final PlantCatalog catalog = new PlantCatalog(demo);

	@Test
	void variablesKeepUnitRangeAndWhetherOperatorsMayWriteThem() {
		VariableInfo setpoint = catalog.variable("Tank1.LevelSetpoint");

		assertEquals("m", setpoint.unit());
		assertEquals(VariableInfo.Kind.FLOAT, setpoint.kind());
		assertEquals(0.0, setpoint.min());
		assertEquals(5.0, setpoint.max());
		assertTrue(setpoint.writable());
		assertEquals(VariableInfo.Kind.BOOL, catalog.variable("Intake.Pump1.Running").kind());
		assertEquals(demo.getVariables().size(), catalog.variables().size());
	}

	@Test
	void aVariableTheProjectDoesNotKnowIsShownReadOnly() {
		VariableInfo unknown = catalog.variable("New.Thing");

		assertEquals("New.Thing", unknown.name());
		assertEquals(false, unknown.writable());
	}

	@Test
	void limitAndBinaryAlarmsLookLikeTheirAlarmClass() {
		assertEquals("Warning", catalog.look("Tank1.Level.Limits.HIGH").alarmClass());
		assertEquals(new Rgb(0xff, 0xa5, 0), catalog.look("Tank1.Level.Limits.HIGH").active());
		assertEquals("Alarm", catalog.look("Tank1.Level.Limits.HIGH_HIGH").alarmClass());
		assertEquals("Alarm", catalog.look("Chlorine.Leak").alarmClass());
		assertEquals(AlarmLook.UNKNOWN, catalog.look("No.Such.Alarm"));
	}

	@Test
	void recipesListTheirSetpoints() {
		PlantCatalog.RecipeInfo summer = catalog.recipes().get(0);

		assertEquals("Summer", summer.name());
		assertEquals("OperatingSeasons", summer.group());
		assertEquals("3.5", summer.values().get("Tank1.LevelSetpoint"));
		assertEquals(2, catalog.recipes().size());
	}

	@Test
	void theStationIsTheFirstClientNodeUnlessOneIsNamed() {
		assertEquals(DemoProjectFactory.CLIENT, catalog.stationNode(Optional.empty()));
		assertEquals("console", catalog.stationNode(Optional.of("console")));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> catalog.stationNode(Optional.of("alpha")));
		assertEquals("project 'water-treatment': node 'alpha' is not a CLIENT node of the topology; "
				+ "CLIENT nodes: [console]", e.getMessage());
	}

	@Test
	void theStartScreenIsKnown() {
		assertEquals("Overview", catalog.startScreen());
	}
}
