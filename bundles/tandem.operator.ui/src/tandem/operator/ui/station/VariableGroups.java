package tandem.operator.ui.station;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups variables by the first segment of their name ({@code Tank1.Level} and {@code Tank1.Inflow} go to
 * {@code Tank1}), keeping the project's order: engineers list variables plant section by plant section, and an
 * operator finds them where the engineer put them.
 */
public final class VariableGroups {

	/** The group for names without a dot. */
	public static final String GENERAL = "General";

	/**
	 * One plant section.
	 *
	 * @param name      the prefix, e.g. {@code Tank1}
	 * @param variables its variables in project order
	 */
	public record Group(String name, List<VariableInfo> variables) {
	}

	private VariableGroups() {
	}

	public static List<Group> of(Collection<VariableInfo> variables) {
		Map<String, List<VariableInfo>> groups = new LinkedHashMap<>();
		for (VariableInfo v : variables) {
			groups.computeIfAbsent(groupOf(v.name()), g -> new ArrayList<>()).add(v);
		}
		List<Group> out = new ArrayList<>();
		groups.forEach((name, members) -> out.add(new Group(name, List.copyOf(members))));
		return out;
	}

	public static String groupOf(String variable) {
		int dot = variable.indexOf('.');
		return dot <= 0 ? GENERAL : variable.substring(0, dot);
	}

	/** The name inside its group: {@code Pump1.Speed} for {@code Intake.Pump1.Speed}. */
	public static String memberName(String variable) {
		int dot = variable.indexOf('.');
		return dot <= 0 || dot == variable.length() - 1 ? variable : variable.substring(dot + 1);
	}
}
