package tandem.studio.core.refs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.model.Project;

/**
 * "Used by": every non-containment reference in the project that points to an element (a variable shown on
 * screens, archived, alarmed, set by recipes; an alarm class, group, screen, role, driver, node). Computed on
 * demand in one pass over the project, not kept up to date by an adapter on the whole model.
 */
public final class CrossReferences {

	private final Project project;

	public CrossReferences(Project project) {
		this.project = project;
	}

	/** Every use of target, in model order. */
	public List<Usage> usagesOf(EObject target) {
		return usagesOf(List.of(target)).getOrDefault(target, List.of());
	}

	/** The uses of each of targets (uses from inside targets themselves included). */
	public Map<EObject, List<Usage>> usagesOf(Collection<? extends EObject> targets) {
		Map<EObject, Collection<EStructuralFeature.Setting>> found = EcoreUtil.UsageCrossReferencer.findAll(targets, project);
		Map<EObject, List<Usage>> usages = new java.util.LinkedHashMap<>();
		for (EObject target : targets) {
			List<Usage> list = new ArrayList<>();
			for (EStructuralFeature.Setting setting : found.getOrDefault(target, Set.of())) {
				if (setting.getEStructuralFeature() instanceof EReference reference && !reference.isContainment()
						&& !reference.isContainer()) {
					list.add(new Usage(setting.getEObject(), reference, target));
				}
			}
			usages.put(target, list);
		}
		return usages;
	}
}
