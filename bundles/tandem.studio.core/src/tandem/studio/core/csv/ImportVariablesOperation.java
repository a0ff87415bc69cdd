package tandem.studio.core.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.Driver;
import tandem.model.Project;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.op.FeatureValues;
import tandem.studio.core.csv.CsvTable.Field;
import tandem.studio.core.csv.CsvTable.Row;

/**
 * Imports a variable list (a tag list from a PLC tool) as one undo step: a row whose name exists updates that
 * variable's columns, any other row adds a variable. The whole file is checked first; with any bad row nothing
 * is imported and every problem is reported with its line, column and what is wrong.
 */
public final class ImportVariablesOperation {

	/** What an import did. */
	public record Result(int added, int updated) {
	}

	private final ProjectSession session;
	private final String content;
	private final String source;

	/** source names the file in messages. */
	public ImportVariablesOperation(ProjectSession session, String content, String source) {
		this.session = session;
		this.content = content;
		this.source = source;
	}

	public Result execute() throws CsvException {
		List<Row> rows = CsvTable.parse(content, source);
		if (rows.isEmpty()) {
			throw new CsvException(source, 1, 1, "the file is empty; expected a header line " + String.join(",", VariableColumns.headers()));
		}
		List<String> problems = new ArrayList<>();
		Map<Integer, VariableColumns> columns = header(rows.get(0), problems);
		if (!problems.isEmpty()) {
			throw new CsvException(problems);
		}
		Project project = session.project();
		Map<String, Variable> existing = new HashMap<>();
		project.getVariables().forEach(v -> existing.put(v.getName(), v));
		Map<String, Integer> seen = new HashMap<>();
		List<Command> commands = new ArrayList<>();
		List<Variable> added = new ArrayList<>();
		int updated = 0;
		for (Row row : rows.subList(1, rows.size())) {
			Map<VariableColumns, Object> values = values(row, columns, problems);
			if (values == null) {
				continue;
			}
			String name = (String) values.get(VariableColumns.NAME);
			Integer earlier = seen.putIfAbsent(name, row.line());
			if (earlier != null) {
				problems.add(where(row.fields().get(0)) + "variable '" + name + "' is listed twice (first on line " + earlier + ")");
				continue;
			}
			Variable variable = existing.get(name);
			if (variable == null) {
				added.add(newVariable(values));
			} else if (update(variable, values, commands)) {
				updated++;
			}
		}
		if (!problems.isEmpty()) {
			throw new CsvException(problems);
		}
		if (!added.isEmpty()) {
			commands.add(AddCommand.create(session.editingDomain(), project, Literals.PROJECT__VARIABLES, added));
		}
		session.execute("Import " + (rows.size() - 1) + " variables from " + source, commands);
		return new Result(added.size(), updated);
	}

	private Map<Integer, VariableColumns> header(Row header, List<String> problems) {
		Map<Integer, VariableColumns> columns = new HashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			Field field = header.fields().get(i);
			VariableColumns column = VariableColumns.forHeader(field.text());
			if (column == null) {
				problems.add(where(field) + "unknown column '" + field.text() + "'; known columns: " + String.join(",", VariableColumns.headers()));
			} else if (columns.containsValue(column)) {
				problems.add(where(field) + "column '" + field.text() + "' appears twice");
			} else {
				columns.put(i, column);
			}
		}
		for (VariableColumns column : VariableColumns.values()) {
			if (column.required && !columns.containsValue(column) && problems.isEmpty()) {
				problems.add(source + ":" + header.line() + ":1: the header has no column '" + column.header() + "'");
			}
		}
		return columns;
	}

	/** The row's values by column, or null (with problems added) when a field is wrong. */
	private Map<VariableColumns, Object> values(Row row, Map<Integer, VariableColumns> columns, List<String> problems) {
		if (row.fields().size() != columns.size()) {
			problems.add(source + ":" + row.line() + ":1: has " + row.fields().size() + " fields, the header " + columns.size());
			return null;
		}
		Map<VariableColumns, Object> values = new EnumMap<>(VariableColumns.class);
		int before = problems.size();
		for (int i = 0; i < row.fields().size(); i++) {
			Field field = row.fields().get(i);
			VariableColumns column = columns.get(i);
			try {
				values.put(column, value(column, field.text()));
			} catch (IllegalArgumentException e) {
				problems.add(where(field) + e.getMessage());
			}
		}
		return problems.size() == before ? values : null;
	}

	private Object value(VariableColumns column, String text) {
		if (column.required && text.isBlank()) {
			throw new IllegalArgumentException(column.header() + " is empty");
		}
		if (column == VariableColumns.DRIVER) {
			return session.project().getDrivers().stream().filter(d -> text.strip().equals(d.getName())).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("driver '" + text.strip() + "' is not defined in the project; drivers: "
							+ session.project().getDrivers().stream().map(Driver::getName).toList()));
		}
		if (column == VariableColumns.NAME) {
			return text.strip();
		}
		return FeatureValues.parse((EAttribute) column.feature, text);
	}

	private static Variable newVariable(Map<VariableColumns, Object> values) {
		Variable variable = TandemFactory.eINSTANCE.createVariable();
		values.forEach((column, value) -> {
			if (value != null) {
				variable.eSet(column.feature, value);
			}
		});
		return variable;
	}

	private boolean update(Variable variable, Map<VariableColumns, Object> values, List<Command> commands) {
		boolean changed = false;
		for (Map.Entry<VariableColumns, Object> entry : values.entrySet()) {
			Object value = entry.getValue();
			if (!Objects.equals(variable.eGet(entry.getKey().feature), value)) {
				commands.add(SetCommand.create(session.editingDomain(), variable, entry.getKey().feature,
						value == null ? SetCommand.UNSET_VALUE : value));
				changed = true;
			}
		}
		return changed;
	}

	private String where(Field field) {
		return source + ":" + field.line() + ":" + field.column() + ": ";
	}
}
