package tandem.studio.ui.editors;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.model.NamedElement;
import tandem.model.naming.ElementPath;
import tandem.studio.core.op.FeatureValues;

/**
 * One column of an element table: a label, how a row reads, and (when editable) the feature a cell edit sets.
 * Attributes are typed in; enumerations, yes/no and references to other elements are chosen from a list.
 */
public record FeatureColumn(String label, int width, Function<EObject, String> text, EStructuralFeature feature,
		Supplier<List<? extends EObject>> choices) {

	/** A column showing and editing feature. */
	public static FeatureColumn of(String label, int width, EStructuralFeature feature) {
		return new FeatureColumn(label, width, row -> show(row.eGet(feature)), feature, null);
	}

	/** A reference column whose cell offers choices (null first: "none"). */
	public static FeatureColumn reference(String label, int width, EReference feature, Supplier<List<? extends EObject>> choices) {
		return new FeatureColumn(label, width, row -> show(row.eGet(feature)), feature, choices);
	}

	/** A column that is only read. */
	public static FeatureColumn readOnly(String label, int width, Function<EObject, String> text) {
		return new FeatureColumn(label, width, text, null, null);
	}

	public boolean editable() {
		return feature != null;
	}

	/** True when the cell is edited by choosing from a list rather than typing. */
	public boolean isChoice() {
		return feature instanceof EReference || feature instanceof EAttribute a
				&& (a.getEAttributeType() instanceof EEnum || a.getEAttributeType().getInstanceClass() == boolean.class);
	}

	/** The values a choice cell offers. */
	public List<?> choiceValues() {
		if (feature instanceof EReference) {
			java.util.List<Object> values = new java.util.ArrayList<>();
			values.add(null);
			values.addAll(choices.get());
			return values;
		}
		EAttribute attribute = (EAttribute) feature;
		if (attribute.getEAttributeType() instanceof EEnum e) {
			return e.getELiterals().stream().map(l -> l.getInstance()).toList();
		}
		return List.of(Boolean.TRUE, Boolean.FALSE);
	}

	public static String show(Object value) {
		if (value instanceof NamedElement named) {
			return named.getName();
		}
		if (value instanceof EObject object) {
			return ElementPath.label(object);
		}
		if (value instanceof Boolean b) {
			return b ? "yes" : "no";
		}
		return FeatureValues.format(value);
	}
}
