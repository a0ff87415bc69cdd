package tandem.studio.core.refs;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tandem.model.naming.ElementPath;

/** One place that refers to an element: owner's feature points to target. */
public record Usage(EObject owner, EReference feature, EObject target) {

	/** E.g. {@code Screen 'Overview' / NumericDisplay 'level' (variable)}. */
	public String describe() {
		return ElementPath.inProject(owner) + " (" + feature.getName() + ")";
	}
}
