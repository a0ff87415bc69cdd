package tandem.studio.ui.editors;

import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.model.TandemPackage.Literals;
import tandem.studio.core.VariableRows;

/** The columns of the variables table: header, width, sort key and the feature an in-place edit sets. */
public enum VariableColumn {
	NAME("Name", 220, VariableRows.Column.NAME, Literals.NAMED_ELEMENT__NAME),
	TYPE("Type", 70, VariableRows.Column.TYPE, Literals.VARIABLE__DATA_TYPE),
	UNIT("Unit", 60, VariableRows.Column.UNIT, Literals.VARIABLE__UNIT),
	MIN("Min", 70, VariableRows.Column.MIN, Literals.VARIABLE__RANGE_MIN),
	MAX("Max", 70, VariableRows.Column.MAX, Literals.VARIABLE__RANGE_MAX),
	DRIVER("Driver", 100, VariableRows.Column.DRIVER, Literals.VARIABLE__DRIVER),
	ADDRESS("Address", 200, VariableRows.Column.ADDRESS, Literals.VARIABLE__ADDRESS),
	RATE("Rate (ms)", 75, VariableRows.Column.RATE, Literals.VARIABLE__RATE_MS),
	WRITABLE("Writable", 70, VariableRows.Column.WRITABLE, Literals.VARIABLE__WRITABLE),
	DESCRIPTION("Description", 300, VariableRows.Column.DESCRIPTION, Literals.VARIABLE__DESCRIPTION);

	final String header;
	final int width;
	final VariableRows.Column sortKey;
	final EStructuralFeature feature;

	VariableColumn(String header, int width, VariableRows.Column sortKey, EStructuralFeature feature) {
		this.header = header;
		this.width = width;
		this.sortKey = sortKey;
		this.feature = feature;
	}
}
