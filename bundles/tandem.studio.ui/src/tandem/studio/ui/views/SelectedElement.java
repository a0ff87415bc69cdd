package tandem.studio.ui.views;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import tandem.studio.core.ProjectSession;
import tandem.studio.ui.StudioPlugin;

/** The model element a selection names, and the open project it belongs to. */
record SelectedElement(ProjectSession session, EObject element) {

	static SelectedElement of(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || !(structured.getFirstElement() instanceof EObject element)) {
			return null;
		}
		EObject root = EcoreUtil.getRootContainer(element);
		for (ProjectSession session : StudioPlugin.get().workspace().sessions()) {
			if (session.project() == root) {
				return new SelectedElement(session, element);
			}
		}
		return null;
	}
}
