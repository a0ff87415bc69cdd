package tandem.studio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.Project;
import tandem.model.Variable;
import tandem.model.demo.DemoProjectFactory;

class VariableRowsTest {

	private final Project demo = new DemoProjectFactory().create();

	@Test
	void everyWordOfTheFilterMustAppearInSomeColumnIgnoringCase() {
		List<String> names = VariableRows.filter(demo.getVariables(), "tank1 LEVEL").stream().map(Variable::getName).toList();
		assertEquals(List.of("Tank1.Level", "Tank1.LevelSetpoint"), names);
		assertEquals(demo.getVariables().size(), VariableRows.filter(demo.getVariables(), "  ").size());
		assertEquals(List.of(), VariableRows.filter(demo.getVariables(), "no-such-thing"));
	}

	@Test
	void theFilterLooksAtUnitsAndDescriptionsToo() {
		List<Variable> byUnit = VariableRows.filter(demo.getVariables(), "NTU");
		assertEquals(List.of("Intake.Turbidity", "Filter.Turbidity"), byUnit.stream().map(Variable::getName).toList());
	}

	@Test
	void sortingByAColumnPutsEmptyValuesLastInBothDirections() {
		List<Variable> rows = VariableRows.filter(demo.getVariables(), "");
		VariableRows.sort(rows, VariableRows.Column.MAX, false);
		double largest = demo.getVariables().stream().filter(v -> v.getRangeMax() != null).mapToDouble(Variable::getRangeMax).max().orElseThrow();
		assertEquals(largest, rows.get(0).getRangeMax());
		assertEquals(null, rows.get(rows.size() - 1).getRangeMax());
		VariableRows.sort(rows, VariableRows.Column.NAME, true);
		assertEquals("Chlorine", rows.get(0).getName().substring(0, 8));
	}
}
