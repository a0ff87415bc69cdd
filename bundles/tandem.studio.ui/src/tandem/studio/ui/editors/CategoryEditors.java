package tandem.studio.ui.editors;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import tandem.studio.core.Category;
import tandem.studio.core.ProjectSession;

/**
 * Which editor opens a category, read from the extension point {@code tandem.studio.ui.categoryEditors}: a later
 * bundle (the screen editor) contributes its editor for its category without changes here; a contribution with
 * a higher {@code priority} replaces the default.
 */
public final class CategoryEditors {

	public static final String EXTENSION_POINT = "tandem.studio.ui.categoryEditors";

	private CategoryEditors() {
	}

	public static String editorId(Category category) {
		Map<Category, IConfigurationElement> best = new EnumMap<>(Category.class);
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			Category c = Category.valueOf(element.getAttribute("category"));
			IConfigurationElement current = best.get(c);
			if (current == null || priority(element) > priority(current)) {
				best.put(c, element);
			}
		}
		IConfigurationElement chosen = best.get(category);
		if (chosen == null) {
			throw new IllegalStateException("no editor is registered for " + category.label() + " (extension point " + EXTENSION_POINT + ")");
		}
		return chosen.getAttribute("editorId");
	}

	private static int priority(IConfigurationElement element) {
		String p = element.getAttribute("priority");
		return p == null ? 0 : Integer.parseInt(p);
	}

	/** Opens (or brings up) the editor of category and, when element is given, selects it there. */
	public static IEditorPart open(IWorkbenchPage page, ProjectSession session, Category category, EObject element) throws PartInitException {
		IEditorPart editor = page.openEditor(new CategoryEditorInput(session, category), editorId(category));
		if (element != null && editor instanceof ProjectEditor projectEditor) {
			projectEditor.select(element);
		}
		return editor;
	}
}
