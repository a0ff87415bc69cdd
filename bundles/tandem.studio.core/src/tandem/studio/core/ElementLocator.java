package tandem.studio.core;

import org.eclipse.emf.ecore.EObject;

import tandem.model.Project;
import tandem.model.naming.ElementPath;

/**
 * Finds the element a problem's path names ({@code Project 'x' / Screen 'Overview' / Text 'title'}), so a
 * double-click in the Problems view can select it. Walks down one segment at a time instead of naming every
 * element of a large project.
 */
public final class ElementLocator {

	private ElementLocator() {
	}

	/** The element, or the deepest element found along the path (the project when nothing matches). */
	public static EObject find(Project project, String elementPath) {
		String[] segments = elementPath.split(" / ");
		EObject current = project;
		for (int i = 1; i < segments.length; i++) {
			EObject next = child(current, segments[i]);
			if (next == null) {
				return current;
			}
			current = next;
		}
		return current;
	}

	private static EObject child(EObject parent, String segment) {
		for (EObject child : parent.eContents()) {
			if (ElementPath.label(child).equals(segment)) {
				return child;
			}
		}
		return null;
	}
}
