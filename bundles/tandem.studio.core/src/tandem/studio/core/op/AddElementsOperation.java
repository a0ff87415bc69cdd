package tandem.studio.core.op;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;

import tandem.model.NamedElement;
import tandem.studio.core.ProjectSession;

/**
 * Adds new elements (or copies, for paste and duplicate) to a list of the project as one undo step. A name that
 * is taken gets the next free "_n" suffix, so a pasted row never clashes with the row it was copied from.
 * Cross-references of copies still point to the project's elements (a pasted variable keeps its driver).
 */
public final class AddElementsOperation {

	private final ProjectSession session;
	private final EObject owner;
	private final EReference feature;
	private final List<? extends EObject> elements;
	private final String label;

	public AddElementsOperation(ProjectSession session, EObject owner, EReference feature, List<? extends EObject> elements, String label) {
		this.session = session;
		this.owner = owner;
		this.feature = feature;
		this.elements = List.copyOf(elements);
		this.label = label;
	}

	/** Copies of originals, to be added by {@link #execute}: what paste and duplicate add. */
	public static List<EObject> copies(Collection<? extends EObject> originals) {
		List<EObject> copies = new ArrayList<>();
		for (EObject original : originals) {
			copies.add(EcoreUtil.copy(original)); // one copier each: the same row may be pasted twice
		}
		return copies;
	}

	public List<? extends EObject> execute() {
		Set<String> taken = new HashSet<>();
		for (Object existing : (List<?>) owner.eGet(feature)) {
			if (existing instanceof NamedElement named && named.getName() != null) {
				taken.add(named.getName());
			}
		}
		for (EObject element : elements) {
			if (element instanceof NamedElement named) {
				named.setName(freeName(named.getName() == null ? "new" : named.getName(), taken));
				taken.add(named.getName());
			}
		}
		session.execute(label, AddCommand.create(session.editingDomain(), owner, feature, elements));
		return elements;
	}

	static String freeName(String name, Set<String> taken) {
		if (!taken.contains(name)) {
			return name;
		}
		String base = name.replaceFirst("_\\d+$", "");
		for (int n = 2;; n++) {
			String candidate = base + "_" + n;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}
}
