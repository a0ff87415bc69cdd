package tandem.studio.core.refs;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tandem.model.TandemPackage.Literals;
import tandem.model.naming.ElementPath;

/**
 * One place that refers to an element: owner's feature points to target; or, when template is set, a symbol
 * instance names the target variable through its parameter values (see {@link ParameterNames}).
 */
public record Usage(EObject owner, EReference feature, EObject target, String template) {

	public Usage(EObject owner, EReference feature, EObject target) {
		this(owner, feature, target, null);
	}

	/** instance names target through its parameters as template ("$UNIT.Speed"). */
	public static Usage throughParameters(EObject instance, EObject target, String template) {
		return new Usage(instance, Literals.SYMBOL_INSTANCE__PARAMETER_VALUES, target, template);
	}

	/** Whether this is a name built from parameter values, not a reference (nothing to clear or remove). */
	public boolean isThroughParameters() {
		return template != null;
	}

	/** E.g. {@code Screen 'Overview' / NumericDisplay 'level' (variable)}, {@code ... / SymbolInstance 'p1' ($UNIT.Speed)}. */
	public String describe() {
		return ElementPath.inProject(owner) + " (" + (template != null ? template : feature.getName()) + ")";
	}
}
