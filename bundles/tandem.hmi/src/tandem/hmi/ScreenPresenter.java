package tandem.hmi;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import tandem.model.DynamicBinding;
import tandem.model.Group;
import tandem.model.Project;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.VisibilityBinding;

/**
 * Turns a screen and what the station knows of the plant into what to draw ({@link ScreenPicture}). Pure: the
 * same screen and snapshot give the same picture; a painter calls it once per batch of value changes and paints
 * the picture as often as it must (blinking only changes with the clock, see {@link ElementLook#blinkPhaseOn}).
 * Elements of a group are placed relative to the group and disappear with it.
 */
public final class ScreenPresenter {

	private final Screen screen;
	private final AlarmIndex alarms;
	private final ZoneId zone;
	private final Colour background;
	private int lastCount = 16;

	/**
	 * @throws IllegalArgumentException naming the screen and element when a colour or font of it is malformed
	 */
	public ScreenPresenter(Screen screen, ZoneId zone) {
		this.screen = screen;
		this.zone = zone;
		this.alarms = new AlarmIndex(screen.eContainer() instanceof Project p ? p : null);
		this.background = colour(screen.getBackground(), new Colour(0xC0, 0xC0, 0xC0), screen.getName());
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
		walk(screen.getElements(), 0, 0, "", snapshot, nowMs, out);
		lastCount = Math.max(16, out.size());
		return new ScreenPicture(screen.getName(), screen.getWidth(), screen.getHeight(), background, out);
	}

	private void walk(List<ScreenElement> elements, int dx, int dy, String prefix, PlantSnapshot snapshot,
			long nowMs, List<ElementLook> out) {
		for (ScreenElement e : elements) {
			if (!visible(e, snapshot)) {
				continue;
			}
			String path = prefix + e.getName();
			try {
				out.add(new LookDraft(e, path, dx, dy, snapshot, alarms).look(nowMs, zone));
			} catch (IllegalArgumentException problem) {
				throw new IllegalArgumentException(
						"screen '" + screen.getName() + "', element '" + path + "': " + problem.getMessage(), problem);
			}
			if (e instanceof Group g) {
				walk(g.getChildren(), dx + g.getX(), dy + g.getY(), path + "/", snapshot, nowMs, out);
			}
		}
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
