package tandem.studio.ui.views;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import tandem.studio.core.ProjectSession;
import tandem.studio.ui.StudioPlugin;

/**
 * The model element a selection names (the first of several), every selected element of the same project, and
 * the open project they belong to.
 */
record SelectedElement(ProjectSession session, EObject element, java.util.List<EObject> elements) {

	static SelectedElement of(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || !(structured.getFirstElement() instanceof EObject element)) {
			return null;
		}
		EObject root = EcoreUtil.getRootContainer(element);
		for (ProjectSession session : StudioPlugin.get().workspace().sessions()) {
			if (session.project() == root) {
				java.util.List<EObject> all = new java.util.ArrayList<>();
				for (Object o : structured.toList()) {
					if (o instanceof EObject e && EcoreUtil.getRootContainer(e) == root) {
						all.add(e);
					}
				}
				return new SelectedElement(session, element, all);
			}
		}
		return null;
	}
}
