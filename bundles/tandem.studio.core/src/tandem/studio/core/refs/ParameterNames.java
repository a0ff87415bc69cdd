package tandem.studio.core.refs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tandem.model.Project;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.model.symbol.Parameters;

/**
 * The variables symbol instances name through their parameters: the pump symbol shows {@code $UNIT.Speed}, so an
 * instance with UNIT=Pump3 shows Pump3.Speed. These are names, not references, so {@link CrossReferences} cannot
 * see them, and a rename or delete of the variable has to look here. A symbol placed inside a symbol contributes
 * its names with its own parameter values put in ({@code $SUB.Speed} with SUB={@code $UNIT.Sub} is
 * {@code $UNIT.Sub.Speed}), exactly as the expansion draws it.
 */
public final class ParameterNames {

	/** Text attributes naming a variable, with the reference that wins when it is set (as in SymbolExpansion). */
	private static final Map<EAttribute, EReference> NAMED = Map.of(
			Literals.DYNAMIC_BINDING__VARIABLE_NAME, Literals.DYNAMIC_BINDING__VARIABLE,
			Literals.NUMERIC_DISPLAY__VARIABLE_NAME, Literals.NUMERIC_DISPLAY__VARIABLE,
			Literals.BAR_GRAPH__VARIABLE_NAME, Literals.BAR_GRAPH__VARIABLE,
			Literals.BUTTON__TARGET_VARIABLE_NAME, Literals.BUTTON__TARGET_VARIABLE,
			Literals.TREND__VARIABLE_NAMES, Literals.TREND__VARIABLES);

	/** The text attributes that name a variable, each with the reference that wins over it when set. */
	public static Map<EAttribute, EReference> namingAttributes() {
		return NAMED;
	}

	/** One variable name instance builds: template in its symbol's parameters ("$UNIT.Speed") and the name it gives now. */
	public record NameUse(SymbolInstance instance, String template, String name) {
	}

	private final Project project;

	public ParameterNames(Project project) {
		this.project = project;
	}

	/** The names every instance of the project (on screens and inside symbols) builds from its parameters. */
	public List<NameUse> uses() {
		List<NameUse> uses = new ArrayList<>();
		project.eAllContents().forEachRemaining(o -> {
			if (o instanceof SymbolInstance instance) {
				uses.addAll(uses(instance));
			}
		});
		return uses;
	}

	/** The names instance builds from its parameters, in its symbol's order. */
	public static List<NameUse> uses(SymbolInstance instance) {
		SymbolDefinition symbol = instance.getSymbol();
		if (symbol == null || symbol.eIsProxy()) {
			return List.of();
		}
		Parameters values = Parameters.of(instance);
		List<NameUse> uses = new ArrayList<>();
		for (String template : templates(symbol, new ArrayDeque<>())) {
			if (!Parameters.usedIn(template).isEmpty()) {
				uses.add(new NameUse(instance, template, values.substitute(template)));
			}
		}
		return uses;
	}

	/** The uses of variable by name through parameters, as {@link Usage}s of the instances. */
	public List<Usage> usagesOf(Variable variable) {
		return uses().stream().filter(u -> u.name().equals(variable.getName()))
				.map(u -> Usage.throughParameters(u.instance(), variable, u.template())).distinct().toList();
	}

	/** Every variable name the symbol's elements give, with its parameters as $NAME. */
	@SuppressWarnings("unchecked")
	private static List<String> templates(SymbolDefinition symbol, Deque<SymbolDefinition> stack) {
		List<String> templates = new ArrayList<>();
		if (stack.contains(symbol)) {
			return templates; // a symbol containing itself: validation reports it
		}
		stack.push(symbol);
		for (ScreenElement element : symbol.getElements()) {
			List<EObject> all = new ArrayList<>(List.of(element));
			element.eAllContents().forEachRemaining(all::add);
			for (EObject o : all) {
				for (Map.Entry<EAttribute, EReference> named : NAMED.entrySet()) {
					if (!named.getKey().getEContainingClass().isSuperTypeOf(o.eClass()) || !o.eIsSet(named.getKey())) {
						continue;
					}
					if (named.getKey().isMany()) {
						templates.addAll((List<String>) o.eGet(named.getKey()));
					} else if (o.eGet(named.getValue()) == null) {
						templates.add((String) o.eGet(named.getKey()));
					}
				}
				if (o instanceof SymbolInstance nested && nested.getSymbol() != null && !nested.getSymbol().eIsProxy()) {
					Parameters values = Parameters.of(nested);
					templates(nested.getSymbol(), stack).forEach(t -> templates.add(values.substitute(t)));
				}
			}
		}
		stack.pop();
		return templates;
	}
}
