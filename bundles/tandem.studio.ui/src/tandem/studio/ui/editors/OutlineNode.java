package tandem.studio.ui.editors;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** One entry of the Outline: a label, and what choosing it does in the editor (select an element, or filter). */
public record OutlineNode(String label, EObject element, String filter, List<OutlineNode> children) {
}
