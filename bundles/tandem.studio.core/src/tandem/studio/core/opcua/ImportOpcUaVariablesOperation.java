package tandem.studio.core.opcua;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.DataType;
import tandem.model.OpcUaDriver;
import tandem.model.Project;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.runtime.driver.opcua.AddressSpaceBrowser.BrowsedVariable;
import tandem.studio.core.ProjectSession;

/**
 * Adds the chosen variables of an OPC UA browse to the project, bound to the driver, as one undo step. A variable
 * is named after its browse path ({@code Demo/Tank/Level} becomes {@code Demo.Tank.Level}); its address is the
 * node id, its data type and writability those the server reports, its rate the one the engineer chose. A node id
 * that a variable of this driver already reads updates that variable's type and writability instead of adding a
 * second one; a name that another variable already has gets a free suffix ({@code _2}, {@code _3}, ...).
 */
public final class ImportOpcUaVariablesOperation {

	/** What an import did. */
	public record Result(int added, int updated, int unchanged) {
	}

	private final ProjectSession session;
	private final OpcUaDriver driver;
	private final List<BrowsedVariable> chosen;
	private final int rateMs;

	public ImportOpcUaVariablesOperation(ProjectSession session, OpcUaDriver driver, List<BrowsedVariable> chosen,
			int rateMs) {
		this.session = Objects.requireNonNull(session, "session");
		this.driver = Objects.requireNonNull(driver, "driver");
		this.chosen = List.copyOf(chosen);
		if (rateMs < 10) {
			throw new IllegalArgumentException("the sampling rate must be at least 10 ms, not " + rateMs);
		}
		this.rateMs = rateMs;
	}

	public Result execute() {
		Project project = session.project();
		if (!project.getDrivers().contains(driver)) {
			throw new IllegalArgumentException("driver " + driver.getName() + " is not a driver of this project");
		}
		Map<String, Variable> byAddress = new HashMap<>();
		Set<String> names = new HashSet<>();
		for (Variable v : project.getVariables()) {
			names.add(v.getName());
			if (v.getDriver() == driver && v.getAddress() != null) {
				byAddress.put(v.getAddress().strip(), v);
			}
		}
		List<Command> commands = new ArrayList<>();
		List<Variable> added = new ArrayList<>();
		int updated = 0;
		int unchanged = 0;
		for (BrowsedVariable b : chosen) {
			Variable existing = byAddress.get(b.nodeId());
			DataType type = DataType.get(b.type().name());
			if (existing == null) {
				Variable v = TandemFactory.eINSTANCE.createVariable();
				v.setName(freeName(name(b), names));
				v.setDriver(driver);
				v.setAddress(b.nodeId());
				v.setDataType(type);
				v.setWritable(b.writable());
				v.setRateMs(rateMs);
				v.setDescription("OPC UA " + b.path());
				added.add(v);
				byAddress.put(b.nodeId(), v);
			} else if (existing.getDataType() != type || existing.isWritable() != b.writable()) {
				commands.add(SetCommand.create(session.editingDomain(), existing, Literals.VARIABLE__DATA_TYPE, type));
				commands.add(SetCommand.create(session.editingDomain(), existing, Literals.VARIABLE__WRITABLE,
						b.writable()));
				updated++;
			} else {
				unchanged++;
			}
		}
		if (!added.isEmpty()) {
			commands.add(AddCommand.create(session.editingDomain(), project, Literals.PROJECT__VARIABLES, added));
		}
		if (!commands.isEmpty()) {
			session.execute("Import " + (added.size() + updated) + " variables from OPC UA driver " + driver.getName(),
					commands);
		}
		return new Result(added.size(), updated, unchanged);
	}

	/** The browse path with dots, characters other than letters, digits, '.', '_' and '-' as '_'. */
	static String name(BrowsedVariable b) {
		String path = b.path() == null || b.path().isBlank() ? b.nodeId() : b.path();
		String name = path.replace('/', '.').replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return name.isEmpty() ? "Variable" : name;
	}

	private static String freeName(String wanted, Set<String> taken) {
		String name = wanted;
		for (int i = 2; taken.contains(name); i++) {
			name = wanted + "_" + i;
		}
		taken.add(name);
		return name;
	}
}
