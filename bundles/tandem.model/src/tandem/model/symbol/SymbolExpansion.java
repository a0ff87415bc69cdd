package tandem.model.symbol;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.model.BarGraph;
import tandem.model.FillDirection;
import tandem.model.FillLevelBinding;
import tandem.model.Group;
import tandem.model.Line;
import tandem.model.Orientation;
import tandem.model.Polyline;
import tandem.model.Project;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;

/**
 * Turns a symbol instance into what it stands for: a group, at the instance's place and named like it, holding
 * copies of the symbol's elements with the instance's parameter values substituted into every text attribute
 * (variable names, texts, formats), the variables named so resolved against the project, and the geometry
 * mirrored, turned and scaled into the instance's box. Instances inside the symbol are expanded the same way, so
 * the result holds no instance. Pure and SWT-free: the screens of the operator client, the studio's editor and
 * validation all draw or check this same result, which is why a change to a symbol shows in every instance.
 *
 * <p><b>Variables by name.</b> Elements on a screen refer to variables by reference (written by name in the file,
 * {@code variable="var/Tank1.Level"}), and validation checks those references. A symbol's elements cannot refer
 * to the variable of an instance that does not exist yet, so inside a symbol an element or binding may instead
 * name its variable ({@code variableName="$UNIT.Speed"}); the reference wins when both are set. The expansion
 * resolves the name after substitution, and reports a name that is no variable of the project. Files without
 * symbols load and check exactly as before.
 */
public final class SymbolExpansion {

	private static final TandemFactory F = TandemFactory.eINSTANCE;

	/** Text attribute naming a variable, and the reference it fills. */
	static final Map<EStructuralFeature, EStructuralFeature> NAMED_VARIABLES = Map.of(
			Literals.DYNAMIC_BINDING__VARIABLE_NAME, Literals.DYNAMIC_BINDING__VARIABLE,
			Literals.NUMERIC_DISPLAY__VARIABLE_NAME, Literals.NUMERIC_DISPLAY__VARIABLE,
			Literals.BAR_GRAPH__VARIABLE_NAME, Literals.BAR_GRAPH__VARIABLE,
			Literals.BUTTON__TARGET_VARIABLE_NAME, Literals.BUTTON__TARGET_VARIABLE,
			Literals.TREND__VARIABLE_NAMES, Literals.TREND__VARIABLES);

	private final Project project;
	private Map<String, Variable> variables;

	/** Expansion against project's variables (null: names resolve to nothing). */
	public SymbolExpansion(Project project) {
		this.project = project;
	}

	/**
	 * An instance drawn: the group, and what is wrong with it in words (no symbol, a parameter without value, a
	 * variable name that is no variable, a symbol that contains itself), each naming the symbol and element.
	 */
	public record Expanded(Group group, List<String> problems) {
	}

	/**
	 * The size an instance takes on its screen: its own, or where it gives none (0), its symbol's turned by its
	 * rotation; {0, 0} when it names no symbol and gives no size.
	 */
	public static int[] placedSize(SymbolInstance instance) {
		SymbolDefinition symbol = instance.getSymbol();
		if (symbol == null || instance.getWidth() > 0 && instance.getHeight() > 0) {
			return new int[] { instance.getWidth(), instance.getHeight() };
		}
		Placement p = Placement.of(symbol.getWidth(), symbol.getHeight(), instance.getRotation(), instance.isMirrored(),
				instance.getWidth(), instance.getHeight());
		return new int[] { instance.getWidth() > 0 ? instance.getWidth() : p.placedWidth(),
				instance.getHeight() > 0 ? instance.getHeight() : p.placedHeight() };
	}

	public Expanded expand(SymbolInstance instance) {
		List<String> problems = new ArrayList<>();
		Group group = expand(instance, new ArrayDeque<>(), problems);
		return new Expanded(group, List.copyOf(problems));
	}

	private Group expand(SymbolInstance instance, Deque<SymbolDefinition> stack, List<String> problems) {
		Group group = F.createGroup();
		for (EAttribute a : Literals.SCREEN_ELEMENT.getEAllAttributes()) {
			group.eSet(a, instance.eGet(a));
		}
		group.getBindings().addAll(EcoreUtil.copyAll(instance.getBindings()));
		SymbolDefinition symbol = instance.getSymbol();
		if (symbol == null || symbol.eIsProxy()) {
			problems.add("names no symbol" + (symbol == null ? "" : " of the project"));
			return group;
		}
		String where = path(stack, symbol);
		if (stack.contains(symbol)) {
			problems.add("symbol '" + symbol.getName() + "' contains itself (" + where + ")");
			return group;
		}
		Parameters parameters = Parameters.of(instance);
		for (String missing : parameters.missing()) {
			problems.add(where + ": parameter $" + missing + " has no value and no default");
		}
		Placement placement = Placement.of(symbol.getWidth(), symbol.getHeight(), instance.getRotation(), instance.isMirrored(),
				instance.getWidth(), instance.getHeight());
		group.setWidth(instance.getWidth() > 0 ? instance.getWidth() : placement.placedWidth());
		group.setHeight(instance.getHeight() > 0 ? instance.getHeight() : placement.placedHeight());
		stack.push(symbol);
		for (ScreenElement original : symbol.getElements()) {
			ScreenElement copy = EcoreUtil.copy(original);
			substitute(copy, parameters);
			resolve(copy, where, problems);
			place(copy, placement);
			group.getChildren().add(copy);
		}
		expandWithin(group.getChildren(), stack, problems);
		stack.pop();
		return group;
	}

	private void expandWithin(EList<ScreenElement> elements, Deque<SymbolDefinition> stack, List<String> problems) {
		for (int i = 0; i < elements.size(); i++) {
			ScreenElement e = elements.get(i);
			if (e instanceof SymbolInstance nested) {
				elements.set(i, expand(nested, stack, problems));
			} else if (e instanceof Group g) {
				expandWithin(g.getChildren(), stack, problems);
			}
		}
	}

	private static String path(Deque<SymbolDefinition> stack, SymbolDefinition symbol) {
		List<SymbolDefinition> outerFirst = new ArrayList<>(stack);
		java.util.Collections.reverse(outerFirst);
		outerFirst.add(symbol);
		return outerFirst.stream().map(s -> "symbol '" + s.getName() + "'").collect(Collectors.joining(" > "));
	}

	/** Every text attribute of element and what it contains, with the parameters put in. */
	@SuppressWarnings("unchecked")
	private static void substitute(ScreenElement element, Parameters parameters) {
		List<EObject> all = new ArrayList<>();
		all.add(element);
		element.eAllContents().forEachRemaining(all::add);
		for (EObject o : all) {
			for (EAttribute a : o.eClass().getEAllAttributes()) {
				if (a.getEAttributeType() != EcorePackage.Literals.ESTRING || !a.isChangeable() || !o.eIsSet(a)) {
					continue;
				}
				if (a.isMany()) {
					List<String> values = (List<String>) o.eGet(a);
					values.replaceAll(parameters::substitute);
				} else {
					o.eSet(a, parameters.substitute((String) o.eGet(a)));
				}
			}
		}
	}

	/** Fills the variable references left empty from the variable names, reporting names that are no variable. */
	@SuppressWarnings("unchecked")
	private void resolve(ScreenElement element, String where, List<String> problems) {
		List<EObject> all = new ArrayList<>();
		all.add(element);
		element.eAllContents().forEachRemaining(all::add);
		for (EObject o : all) {
			for (Map.Entry<EStructuralFeature, EStructuralFeature> named : NAMED_VARIABLES.entrySet()) {
				if (!named.getKey().getEContainingClass().isSuperTypeOf(o.eClass()) || !o.eIsSet(named.getKey())) {
					continue;
				}
				if (named.getKey().isMany()) {
					List<Variable> target = (List<Variable>) o.eGet(named.getValue());
					for (String name : (List<String>) o.eGet(named.getKey())) {
						Variable v = variable(name, o, element, where, problems);
						if (v != null) {
							target.add(v);
						}
					}
				} else if (o.eGet(named.getValue()) == null) {
					Variable v = variable((String) o.eGet(named.getKey()), o, element, where, problems);
					o.eSet(named.getValue(), v);
				}
			}
		}
	}

	private Variable variable(String name, EObject owner, ScreenElement element, String where, List<String> problems) {
		if (variables == null) {
			variables = new HashMap<>();
			if (project != null) {
				project.getVariables().forEach(v -> variables.putIfAbsent(v.getName(), v));
			}
		}
		Variable v = variables.get(name);
		if (v == null && Parameters.usedIn(name).isEmpty()) { // an unfilled $NAME is already reported as missing
			String what = owner == element ? "" : owner.eClass().getName() + " of ";
			problems.add(where + ", " + what + "element '" + element.getName() + "': variable '" + name
					+ "' does not exist in the project");
		}
		return v;
	}

	/** Moves element (in the symbol's coordinates) to where placement puts it. */
	private static void place(ScreenElement e, Placement placement) {
		if (e instanceof SymbolInstance nested && nested.getSymbol() != null && (e.getWidth() <= 0 || e.getHeight() <= 0)) {
			Placement own = Placement.of(nested.getSymbol().getWidth(), nested.getSymbol().getHeight(), nested.getRotation(),
					nested.isMirrored(), 0, 0);
			e.setWidth(own.placedWidth()); // its size before the turn: the symbol's, turned by its own rotation
			e.setHeight(own.placedHeight());
		}
		if (e instanceof Line) {
			int[] a = placement.point(e.getX(), e.getY());
			int[] b = placement.point(e.getX() + e.getWidth(), e.getY() + e.getHeight());
			setBox(e, a[0], a[1], b[0] - a[0], b[1] - a[1]);
			return;
		}
		Placement inside = placement.within(e.getWidth(), e.getHeight());
		int[] box = placement.rectangle(e.getX(), e.getY(), e.getWidth(), e.getHeight());
		setBox(e, box[0], box[1], box[2], box[3]);
		if (e instanceof Polyline p && p.getPoints() != null) {
			p.setPoints(points(p.getPoints(), inside));
		} else if (e instanceof Group g) {
			for (ScreenElement child : g.getChildren()) {
				place(child, inside);
			}
		} else if (e instanceof SymbolInstance nested) {
			// turn(r) mirror(m) turn(a) mirror(b) = turn(r + (m ? -a : a)) mirror(m xor b)
			int own = nested.getRotation();
			nested.setRotation(Math.floorMod(placement.quarter() * 90 + (placement.mirrored() ? -own : own), 360));
			nested.setMirrored(nested.isMirrored() != placement.mirrored());
		} else if (e instanceof BarGraph bar && placement.quarter() % 2 == 1) {
			bar.setOrientation(bar.getOrientation() == Orientation.VERTICAL ? Orientation.HORIZONTAL : Orientation.VERTICAL);
		}
		for (Iterator<?> it = e.getBindings().iterator(); it.hasNext();) {
			if (it.next() instanceof FillLevelBinding level) {
				level.setDirection(turned(level.getDirection(), placement));
			}
		}
	}

	private static void setBox(ScreenElement e, int x, int y, int width, int height) {
		e.setX(x);
		e.setY(y);
		e.setWidth(width);
		e.setHeight(height);
	}

	/** "x,y x,y ..." placed; a malformed list is left for validation to report. */
	private static String points(String points, Placement inside) {
		String[] pairs = points.trim().split("\\s+");
		StringBuilder out = new StringBuilder(points.length());
		for (String pair : pairs) {
			String[] xy = pair.split(",");
			if (xy.length != 2) {
				return points;
			}
			try {
				int[] p = inside.point(Integer.parseInt(xy[0].trim()), Integer.parseInt(xy[1].trim()));
				out.append(out.length() == 0 ? "" : " ").append(p[0]).append(',').append(p[1]);
			} catch (NumberFormatException e) {
				return points;
			}
		}
		return out.toString();
	}

	private static FillDirection turned(FillDirection direction, Placement placement) {
		int[] d = switch (direction) {
		case UP -> placement.direction(0, -1);
		case DOWN -> placement.direction(0, 1);
		case LEFT -> placement.direction(-1, 0);
		case RIGHT -> placement.direction(1, 0);
		};
		if (d[0] == 0) {
			return d[1] < 0 ? FillDirection.UP : FillDirection.DOWN;
		}
		return d[0] < 0 ? FillDirection.LEFT : FillDirection.RIGHT;
	}
}
