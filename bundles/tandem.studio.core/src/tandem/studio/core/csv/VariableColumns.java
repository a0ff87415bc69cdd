package tandem.studio.core.csv;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.model.TandemPackage.Literals;

/** The columns of a variable list, in export order; the header names are the model's attribute names. */
enum VariableColumns {
	NAME(Literals.NAMED_ELEMENT__NAME, true),
	DATA_TYPE(Literals.VARIABLE__DATA_TYPE, true),
	DRIVER(Literals.VARIABLE__DRIVER, true),
	ADDRESS(Literals.VARIABLE__ADDRESS, true),
	UNIT(Literals.VARIABLE__UNIT, false),
	RANGE_MIN(Literals.VARIABLE__RANGE_MIN, false),
	RANGE_MAX(Literals.VARIABLE__RANGE_MAX, false),
	INITIAL_VALUE(Literals.VARIABLE__INITIAL_VALUE, false),
	WRITABLE(Literals.VARIABLE__WRITABLE, false),
	RATE_MS(Literals.VARIABLE__RATE_MS, false),
	DESCRIPTION(Literals.VARIABLE__DESCRIPTION, false);

	final EStructuralFeature feature;
	final boolean required;

	VariableColumns(EStructuralFeature feature, boolean required) {
		this.feature = feature;
		this.required = required;
	}

	String header() {
		return feature.getName();
	}

	static VariableColumns forHeader(String header) {
		for (VariableColumns column : values()) {
			if (column.header().toLowerCase(Locale.ROOT).equals(header.strip().toLowerCase(Locale.ROOT))) {
				return column;
			}
		}
		return null;
	}

	static List<String> headers() {
		return java.util.Arrays.stream(values()).map(VariableColumns::header).toList();
	}
}
