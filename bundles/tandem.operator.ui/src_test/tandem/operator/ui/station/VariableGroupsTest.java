package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class VariableGroupsTest {

	private static VariableInfo v(String name) {
		return new VariableInfo(name, "", "", VariableInfo.Kind.FLOAT, null, null, false);
	}

	@Test
	void variablesAreGroupedByTheirFirstNameSegmentInProjectOrder() {
		List<VariableGroups.Group> groups = VariableGroups
				.of(List.of(v("Tank2.Level"), v("Intake.Flow"), v("Tank2.Inflow"), v("Intake.Pump1.Speed")));

		assertEquals(List.of("Tank2", "Intake"), groups.stream().map(VariableGroups.Group::name).toList());
		assertEquals(List.of("Tank2.Level", "Tank2.Inflow"),
				groups.get(0).variables().stream().map(VariableInfo::name).toList());
		assertEquals(List.of("Intake.Flow", "Intake.Pump1.Speed"),
				groups.get(1).variables().stream().map(VariableInfo::name).toList());
	}

	@Test
	void aNameWithoutPrefixGoesToTheGeneralGroup() {
		assertEquals(VariableGroups.GENERAL, VariableGroups.of(List.of(v("Alive"))).get(0).name());
		assertEquals(VariableGroups.GENERAL, VariableGroups.groupOf(".hidden"));
	}

	@Test
	void theRowShowsTheNameInsideItsGroup() {
		assertEquals("Pump1.Speed", VariableGroups.memberName("Intake.Pump1.Speed"));
		assertEquals("Alive", VariableGroups.memberName("Alive"));
		assertEquals("Odd.", VariableGroups.memberName("Odd."));
	}
}
