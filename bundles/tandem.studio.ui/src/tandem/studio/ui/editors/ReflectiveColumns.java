package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.model.Project;
import tandem.model.TandemPackage.Literals;

/**
 * Table columns for an element type read from the model: the name first, then every single-valued attribute,
 * then references to elements chosen from a short list (drivers, classes, groups, screens). References to
 * variables are not offered as a list (a project can have 100,000); they are set in the Properties view.
 */
final class ReflectiveColumns {

	private ReflectiveColumns() {
	}

	static List<FeatureColumn> of(EClass type, Project project) {
		List<FeatureColumn> columns = new ArrayList<>();
		if (Literals.NAMED_ELEMENT.isSuperTypeOf(type)) {
			columns.add(FeatureColumn.of("Name", 180, Literals.NAMED_ELEMENT__NAME));
		}
		if (type.isAbstract()) {
			columns.add(FeatureColumn.readOnly("Kind", 120, row -> row.eClass().getName()));
		}
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			if (feature == Literals.NAMED_ELEMENT__NAME || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			if (feature.isMany()) {
				if (feature instanceof EReference reference && !reference.isContainment()) {
					columns.add(FeatureColumn.readOnly(header(reference.getName()), 260, row -> summary((List<?>) row.eGet(reference))));
				}
				continue;
			}
			if (feature instanceof EAttribute attribute) {
				columns.add(FeatureColumn.of(header(attribute.getName()), width(attribute), attribute));
			} else if (feature instanceof EReference reference && !reference.isContainment() && !reference.isContainer()
					&& reference.getEReferenceType() != Literals.VARIABLE) {
				columns.add(FeatureColumn.reference(header(reference.getName()), 140, reference, () -> instances(project, reference.getEReferenceType())));
			}
		}
		return columns;
	}

	/** "13: Intake.Flow, Tank1.Level, …" (edited in the Properties view). */
	private static String summary(List<?> elements) {
		return elements.size() + ": " + String.join(", ", elements.stream().limit(4).map(FeatureColumn::show).toList())
				+ (elements.size() > 4 ? ", …" : "");
	}

	static List<EObject> instances(Project project, EClass type) {
		List<EObject> found = new ArrayList<>();
		for (EObject child : project.eContents()) {
			if (type.isInstance(child)) {
				found.add(child);
			}
		}
		if (project.getTopology() != null && type == Literals.NODE) {
			found.addAll(project.getTopology().getNodes());
		}
		return found;
	}

	/** "failureDetectionTimeoutMs" reads "Failure detection timeout (ms)". */
	static String header(String name) {
		String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		spaced = spaced.endsWith(" ms") ? spaced.substring(0, spaced.length() - 3) + " (ms)" : spaced;
		spaced = spaced.endsWith(" s") ? spaced.substring(0, spaced.length() - 2) + " (s)" : spaced;
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static int width(EAttribute attribute) {
		Class<?> c = attribute.getEAttributeType().getInstanceClass();
		return c == String.class ? 160 : 90;
	}
}
