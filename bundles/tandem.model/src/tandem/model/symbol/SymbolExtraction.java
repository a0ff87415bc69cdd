package tandem.model.symbol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolParameter;
import tandem.model.TandemFactory;
import tandem.model.Variable;

/**
 * Makes a symbol from elements drawn on a screen ("save selection as symbol"): copies of them in a box just
 * around them, and for each parameter a text it stands for, e.g. UNIT for "Intake.Pump1". A variable whose name
 * contains such a text is then named ({@code $UNIT.Speed}) instead of referred to, and the text is replaced in
 * every text attribute, so an instance with UNIT = Intake.Pump1 shows exactly what the elements showed. Pure: the
 * studio's operation puts the result into the project as one undo step.
 */
public final class SymbolExtraction {

	private SymbolExtraction() {
	}

	/** The symbol of name made from elements; parameters maps a parameter name to the text it stands for. */
	public static SymbolDefinition extract(String name, List<? extends ScreenElement> elements, Map<String, String> parameters) {
		if (elements.isEmpty()) {
			throw new IllegalArgumentException("select at least one element to make symbol '" + name + "' of");
		}
		int[] around = around(elements);
		SymbolDefinition symbol = TandemFactory.eINSTANCE.createSymbolDefinition();
		symbol.setName(name);
		symbol.setWidth(Math.max(1, around[2] - around[0]));
		symbol.setHeight(Math.max(1, around[3] - around[1]));
		parameters.keySet().forEach(p -> {
			SymbolParameter parameter = TandemFactory.eINSTANCE.createSymbolParameter();
			parameter.setName(p);
			symbol.getParameters().add(parameter);
		});
		// the longest text first, so "Pump1.Speed" is not half replaced by a parameter for "Pump1"
		List<Map.Entry<String, String>> texts = new ArrayList<>(parameters.entrySet());
		texts.removeIf(e -> e.getValue() == null || e.getValue().isEmpty());
		texts.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed());
		for (ScreenElement element : elements) {
			ScreenElement copy = EcoreUtil.copy(element);
			copy.setX(copy.getX() - around[0]);
			copy.setY(copy.getY() - around[1]);
			parameterise(copy, texts);
			symbol.getElements().add(copy);
		}
		return symbol;
	}

	/** {minX, minY, maxX, maxY} of the elements' boxes (a line may run left or up). */
	static int[] around(List<? extends ScreenElement> elements) {
		int[] box = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE };
		for (ScreenElement e : elements) {
			int x2 = e.getX() + e.getWidth();
			int y2 = e.getY() + e.getHeight();
			box[0] = Math.min(box[0], Math.min(e.getX(), x2));
			box[1] = Math.min(box[1], Math.min(e.getY(), y2));
			box[2] = Math.max(box[2], Math.max(e.getX(), x2));
			box[3] = Math.max(box[3], Math.max(e.getY(), y2));
		}
		return box;
	}

	@SuppressWarnings("unchecked")
	private static void parameterise(ScreenElement copy, List<Map.Entry<String, String>> texts) {
		List<EObject> all = new ArrayList<>();
		all.add(copy);
		copy.eAllContents().forEachRemaining(all::add);
		for (EObject o : all) {
			for (EAttribute a : o.eClass().getEAllAttributes()) {
				if (a.getEAttributeType() == EcorePackage.Literals.ESTRING && !a.isMany() && o.eIsSet(a)) {
					o.eSet(a, replaced((String) o.eGet(a), texts));
				}
			}
			for (Map.Entry<EStructuralFeature, EStructuralFeature> named : SymbolExpansion.NAMED_VARIABLES.entrySet()) {
				EStructuralFeature nameFeature = named.getKey();
				EStructuralFeature reference = named.getValue();
				if (!reference.getEContainingClass().isSuperTypeOf(o.eClass())) {
					continue;
				}
				if (reference.isMany()) {
					List<Variable> variables = (List<Variable>) o.eGet(reference);
					for (Iterator<Variable> it = variables.iterator(); it.hasNext();) {
						Variable v = it.next();
						String name = replaced(v.getName(), texts);
						if (!name.equals(v.getName())) {
							((List<String>) o.eGet(nameFeature)).add(name);
							it.remove();
						}
					}
				} else if (o.eGet(reference) instanceof Variable v) {
					String name = replaced(v.getName(), texts);
					if (!name.equals(v.getName())) {
						o.eSet(nameFeature, name);
						o.eUnset(reference);
					}
				}
			}
		}
	}

	private static String replaced(String text, List<Map.Entry<String, String>> texts) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (Map.Entry<String, String> t : texts) {
			result = result.replace(t.getValue(), "$" + t.getKey());
		}
		return result;
	}
}
