package tandem.hmi;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tandem.model.BarGraph;
import tandem.model.BlinkBinding;
import tandem.model.Button;
import tandem.model.ColorMode;
import tandem.model.ColorRange;
import tandem.model.DataType;
import tandem.model.DynamicBinding;
import tandem.model.FillColorBinding;
import tandem.model.FillDirection;
import tandem.model.FillLevelBinding;
import tandem.model.Line;
import tandem.model.NumericDisplay;
import tandem.model.Orientation;
import tandem.model.Polyline;
import tandem.model.ScreenElement;
import tandem.model.Text;
import tandem.model.TextAlignment;
import tandem.model.TextBinding;
import tandem.model.Trend;
import tandem.model.Variable;
import tandem.runtime.api.Value;

/**
 * One element's look being worked out: its static attributes first, then each binding applied in the order the
 * engineer gave them. Used once per element and evaluation.
 */
final class LookDraft {

	private final ScreenElement e;
	private final String path;
	private final PlantSnapshot snapshot;
	private final AlarmIndex alarms;
	private final Bounds bounds;
	private final Map<String, Reading> readings = new LinkedHashMap<>();
	private Colour background;
	private Colour blinkColour;
	private int blinkMs;
	private String text = "";
	private Fill fill;
	private ShownQuality quality = ShownQuality.GOOD;

	LookDraft(ScreenElement e, String path, int dx, int dy, PlantSnapshot snapshot, AlarmIndex alarms) {
		this.e = e;
		this.path = path;
		this.snapshot = snapshot;
		this.alarms = alarms;
		this.bounds = new Bounds(e.getX() + dx, e.getY() + dy, e.getWidth(), e.getHeight());
		this.background = Colour.parse(e.getBackground(), null);
	}

	ElementLook look(long nowMs, ZoneId zone) {
		ElementKind kind = kind(e);
		intrinsic();
		for (DynamicBinding b : e.getBindings()) {
			apply(b);
		}
		ElementLook.Content content = new ContentDraft(e, snapshot, alarms, zone, nowMs).content(kind);
		return new ElementLook(path, kind, e, bounds, points(), Colour.parse(e.getForeground(), Colour.BLACK),
				background, blinkColour, blinkMs, Math.max(0, e.getLineWidth()), FontSpec.parse(e.getFont()), text,
				alignment(), fill, quality, List.copyOf(readings.values()), content);
	}

	/** What the element type itself shows: a numeric display its value, a bar graph its bar, a text its text. */
	private void intrinsic() {
		if (e instanceof Text t) {
			text = t.getText() == null ? "" : t.getText();
		} else if (e instanceof Button b) {
			text = b.getText() == null ? "" : b.getText();
			if (b.getTargetVariable() != null) {
				reading(b.getTargetVariable(), null, false); // shown in the tooltip; a button shows no value
			}
		} else if (e instanceof NumericDisplay n && n.getVariable() != null) {
			Value v = reading(n.getVariable(), n.getFormat(), true);
			String unit = unit(n.getVariable());
			text = ValueFormat.format(n.getFormat(), v) + (n.isShowUnit() && !unit.isEmpty() ? " " + unit : "");
		} else if (e instanceof BarGraph g && g.getVariable() != null) {
			Value v = reading(g.getVariable(), null, true);
			FillDirection direction = g.getOrientation() == Orientation.HORIZONTAL ? FillDirection.RIGHT
					: FillDirection.UP;
			fill = fill(v, g.getVariable().getRangeMin(), g.getVariable().getRangeMax(), direction,
					Colour.parse(g.getBarColor(), new Colour(0, 0x60, 0xC0)));
			text = ValueFormat.format(null, v);
		} else if (e instanceof Trend t) {
			for (Variable v : t.getVariables()) {
				reading(v, null, true);
			}
		}
	}

	private void apply(DynamicBinding b) {
		if (b.getVariable() == null) {
			return; // validation reports a binding without variable; it changes nothing here
		}
		Variable variable = b.getVariable();
		if (b instanceof FillLevelBinding f) {
			Value v = reading(variable, null, true);
			fill = fill(v, f.getMin() != null ? f.getMin() : variable.getRangeMin(),
					f.getMax() != null ? f.getMax() : variable.getRangeMax(), f.getDirection(),
					Colour.parse(f.getFillColor(), new Colour(0, 0x60, 0xC0)));
		} else if (b instanceof FillColorBinding c) {
			Value v = reading(variable, null, true);
			Colour chosen = c.getMode() == ColorMode.LIMIT_STATE ? alarms.limitColour(snapshot.alarms(), variable.getName())
					: rangeColour(c, v);
			background = chosen != null ? chosen : Colour.parse(c.getDefaultColor(), background);
		} else if (b instanceof TextBinding t) {
			Value v = reading(variable, t.getFormat(), true);
			text = bindingText(t, variable, v);
		} else if (b instanceof BlinkBinding k) {
			Value v = reading(variable, null, true);
			if (Condition.holds(v, k.getOperator(), k.getValue())) {
				blinkColour = Colour.parse(k.getBlinkColor(), new Colour(255, 0, 0));
				blinkMs = k.getIntervalMs() > 0 ? k.getIntervalMs() : 500;
			}
		} else {
			reading(variable, null, true); // visibility: already decided by the presenter; its value is shown
		}
	}

	private static Colour rangeColour(FillColorBinding c, Value v) {
		if (v == null || v.data() == null) {
			return null;
		}
		double d = v.asDouble();
		for (ColorRange r : c.getRanges()) {
			if (d >= r.getFrom() && d <= r.getTo()) {
				return Colour.parse(r.getColor(), null);
			}
		}
		return null;
	}

	private static String bindingText(TextBinding t, Variable variable, Value v) {
		if (v == null || v.data() == null) {
			return ValueFormat.NO_DATA;
		}
		if (variable.getDataType() == DataType.BOOL || v.data() instanceof Boolean) {
			boolean on = v.asBoolean();
			String chosen = on ? t.getTrueText() : t.getFalseText();
			return chosen != null ? chosen : String.valueOf(on);
		}
		return ValueFormat.format(t.getFormat(), v);
	}

	private static Fill fill(Value v, Double min, Double max, FillDirection direction, Colour colour) {
		if (v == null || v.data() == null || min == null || max == null || !(max > min)) {
			return null;
		}
		double d = v.asDouble();
		if (Double.isNaN(d)) {
			return null;
		}
		double fraction = Math.max(0, Math.min(1, (d - min) / (max - min)));
		return new Fill(fraction, direction == null ? FillDirection.UP : direction, colour);
	}

	/** Notes the variable for the tooltip and (when it counts) the element's quality; returns its value. */
	private Value reading(Variable variable, String format, boolean counts) {
		Value v = snapshot.values().get(variable.getName());
		ShownQuality q = v == null ? ShownQuality.NO_VALUE : ShownQuality.of(v.quality());
		if (!snapshot.live() && v != null) {
			q = ShownQuality.STALE.worse(q);
		}
		if (counts) {
			quality = quality.worse(q);
		}
		readings.putIfAbsent(variable.getName(), new Reading(variable.getName(), ValueFormat.format(format, v),
				unit(variable), q, v == null ? 0 : v.sourceTime()));
		return v;
	}

	private static String unit(Variable v) {
		return v.getUnit() == null ? "" : v.getUnit();
	}

	private int[] points() {
		if (e instanceof Line) {
			return new int[] { bounds.x(), bounds.y(), bounds.x() + bounds.width(), bounds.y() + bounds.height() };
		}
		if (e instanceof Polyline p) {
			return PolylinePoints.parse(p.getPoints(), bounds.x(), bounds.y());
		}
		return new int[0];
	}

	private TextAlignment alignment() {
		if (e instanceof Text t) {
			return t.getAlignment();
		}
		if (e instanceof NumericDisplay n) {
			return n.getAlignment();
		}
		return TextAlignment.CENTER;
	}

	static ElementKind kind(ScreenElement e) {
		String name = e.eClass().getName();
		return switch (name) {
		case "NumericDisplay" -> ElementKind.NUMERIC;
		case "BarGraph" -> ElementKind.BAR_GRAPH;
		case "AlarmList" -> ElementKind.ALARM_LIST;
		case "CelList" -> ElementKind.CEL_LIST;
		case "SymbolInstance" -> ElementKind.GROUP; // drawn as its expansion, a group
		default -> ElementKind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
		};
	}
}
