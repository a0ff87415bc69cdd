package tandem.hmi;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import tandem.model.DynamicBinding;
import tandem.model.Group;
import tandem.model.Project;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.VisibilityBinding;
import tandem.model.symbol.SymbolExpansion;

/**
 * Turns a screen and what the station knows of the plant into what to draw ({@link ScreenPicture}). Pure: the
 * same screen and snapshot give the same picture; a painter calls it once per batch of value changes and paints
 * the picture as often as it must (blinking only changes with the clock, see {@link ElementLook#blinkPhaseOn}).
 * Elements of a group are placed relative to the group and disappear with it. A symbol instance is drawn as
 * its {@link SymbolExpansion}: a group (the instance's own look, so a painter or editor finds the instance) with
 * the symbol's elements inside; the expansion is kept until the screen or a symbol of the project changes.
 *
 * <p>An element whose values are the same objects as in the previous snapshot (and whose model did not change)
 * keeps its previous look, so a batch that changes few values costs little however large the screen; the
 * presenter listens to its screen's model for that, so {@link #dispose()} it when it is no longer used.
 */
public final class ScreenPresenter {

	private final Screen screen;
	private final AlarmIndex alarms;
	private final ZoneId zone;
	private final Colour background;
	private int lastCount = 16;
	private Map<ScreenElement, ElementLook> previous = new IdentityHashMap<>();
	private final Map<ScreenElement, Dependencies> dependencies = new IdentityHashMap<>();
	private PlantSnapshot last;
	private final Map<SymbolInstance, Group> expansions = new IdentityHashMap<>();
	private final List<SymbolDefinition> watchedSymbols = new ArrayList<>();
	private final EContentAdapter modelListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				previous.clear();
				dependencies.clear();
				expansions.clear();
			}
		}
	};

	/**
	 * @throws IllegalArgumentException naming the screen and element when a colour or font of it is malformed
	 */
	public ScreenPresenter(Screen screen, ZoneId zone) {
		this.screen = screen;
		this.zone = zone;
		this.alarms = new AlarmIndex(screen.eContainer() instanceof Project p ? p : null);
		this.background = colour(screen.getBackground(), new Colour(0xC0, 0xC0, 0xC0), screen.getName());
		screen.eAdapters().add(modelListener);
	}

	/** Stops listening to the screen's model. */
	public void dispose() {
		screen.eAdapters().remove(modelListener);
		for (SymbolDefinition symbol : watchedSymbols) {
			symbol.eAdapters().remove(modelListener);
		}
		watchedSymbols.clear();
	}

	public Screen screen() {
		return screen;
	}

	public AlarmIndex alarms() {
		return alarms;
	}

	/**
	 * The picture for snapshot at nowMs (epoch ms; trends end there).
	 *
	 * @throws IllegalArgumentException naming the screen and the element whose colour or font is malformed
	 */
	public ScreenPicture present(PlantSnapshot snapshot, long nowMs) {
		List<ElementLook> out = new ArrayList<>(lastCount);
		Map<ScreenElement, ElementLook> next = new IdentityHashMap<>(lastCount * 2);
		walk(screen.getElements(), 0, 0, "", snapshot, nowMs, out, next);
		lastCount = Math.max(16, out.size());
		previous = next;
		last = snapshot;
		return new ScreenPicture(screen.getName(), screen.getWidth(), screen.getHeight(), background, out);
	}

	private void walk(List<ScreenElement> elements, int dx, int dy, String prefix, PlantSnapshot snapshot,
			long nowMs, List<ElementLook> out, Map<ScreenElement, ElementLook> next) {
		for (ScreenElement e : elements) {
			if (!visible(e, snapshot)) {
				continue;
			}
			String path = prefix + e.getName();
			try {
				ElementLook look = unchanged(e, dx, dy, snapshot);
				if (look == null) {
					look = new LookDraft(e, path, dx, dy, snapshot, alarms).look(nowMs, zone);
				}
				out.add(look);
				next.put(e, look);
			} catch (IllegalArgumentException problem) {
				throw new IllegalArgumentException(
						"screen '" + screen.getName() + "', element '" + path + "': " + problem.getMessage(), problem);
			}
			if (e instanceof Group g) {
				walk(g.getChildren(), dx + g.getX(), dy + g.getY(), path + "/", snapshot, nowMs, out, next);
			} else if (e instanceof SymbolInstance instance) {
				walk(expansion(instance).getChildren(), dx + e.getX(), dy + e.getY(), path + "/", snapshot, nowMs, out, next);
			}
		}
	}

	/** The instance's expansion, kept until the model changes; starts watching the project's symbols for that. */
	private Group expansion(SymbolInstance instance) {
		Group group = expansions.get(instance);
		if (group == null) {
			Project project = screen.eContainer() instanceof Project p ? p : null;
			if (project != null) {
				for (SymbolDefinition symbol : project.getSymbols()) {
					if (!symbol.eAdapters().contains(modelListener)) {
						symbol.eAdapters().add(modelListener);
						watchedSymbols.add(symbol);
					}
				}
			}
			group = new SymbolExpansion(project).expand(instance).group();
			expansions.put(instance, group);
		}
		return group;
	}

	/** The previous look of e when nothing it shows has changed since, else null. */
	private ElementLook unchanged(ScreenElement e, int dx, int dy, PlantSnapshot snapshot) {
		ElementLook before = previous.get(e);
		if (before == null || last == null || last.live() != snapshot.live() || before.bounds().x() != e.getX() + dx
				|| before.bounds().y() != e.getY() + dy) {
			return null;
		}
		Dependencies d = dependencies.computeIfAbsent(e, Dependencies::of);
		if (d.always() || d.alarms() && last.alarms() != snapshot.alarms()) {
			return null;
		}
		for (String variable : d.variables()) {
			if (last.values().get(variable) != snapshot.values().get(variable)) {
				return null;
			}
		}
		return before;
	}

	/** Every visibility binding of the element holds (an element without one is always visible). */
	static boolean visible(ScreenElement e, PlantSnapshot snapshot) {
		for (DynamicBinding b : e.getBindings()) {
			if (b instanceof VisibilityBinding v && v.getVariable() != null
					&& !Condition.holds(snapshot.values().get(v.getVariable().getName()), v.getOperator(), v.getValue())) {
				return false;
			}
		}
		return true;
	}

	private static Colour colour(String text, Colour fallback, String screen) {
		try {
			return Colour.parse(text, fallback);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("screen '" + screen + "': background " + e.getMessage(), e);
		}
	}
}
