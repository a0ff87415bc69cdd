package tandem.studio.core.csv;

import java.util.ArrayList;
import java.util.List;

import tandem.model.Driver;
import tandem.model.Variable;
import tandem.studio.core.op.FeatureValues;

/** Writes variables as CSV, one row per variable, with the header {@link VariableColumns#headers()}. */
public final class VariableCsv {

	private VariableCsv() {
	}

	public static String write(List<Variable> variables) {
		StringBuilder out = new StringBuilder(CsvTable.line(VariableColumns.headers()));
		for (Variable variable : variables) {
			List<String> fields = new ArrayList<>();
			for (VariableColumns column : VariableColumns.values()) {
				Object value = variable.eGet(column.feature);
				fields.add(value instanceof Driver driver ? driver.getName() : FeatureValues.format(value));
			}
			out.append(CsvTable.line(fields));
		}
		return out.toString();
	}
}
