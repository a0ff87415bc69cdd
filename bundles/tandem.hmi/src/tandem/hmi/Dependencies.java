package tandem.hmi;

import java.util.LinkedHashSet;
import java.util.Set;

import tandem.model.BarGraph;
import tandem.model.Button;
import tandem.model.ColorMode;
import tandem.model.DynamicBinding;
import tandem.model.FillColorBinding;
import tandem.model.NumericDisplay;
import tandem.model.ScreenElement;
import tandem.model.Trend;
import tandem.model.Variable;

/**
 * What an element's look depends on besides its model: the variables it shows, whether it shows alarm states
 * (a limit colour), and whether it changes with every snapshot anyway (trends, alarm and event lists).
 */
record Dependencies(String[] variables, boolean alarms, boolean always) {

	static Dependencies of(ScreenElement e) {
		Set<String> names = new LinkedHashSet<>();
		boolean alarms = false;
		for (DynamicBinding b : e.getBindings()) {
			add(names, b.getVariable());
			alarms |= b instanceof FillColorBinding c && c.getMode() == ColorMode.LIMIT_STATE;
		}
		if (e instanceof NumericDisplay n) {
			add(names, n.getVariable());
		} else if (e instanceof BarGraph g) {
			add(names, g.getVariable());
		} else if (e instanceof Button b) {
			add(names, b.getTargetVariable());
		}
		String kind = e.eClass().getName();
		boolean always = e instanceof Trend || kind.equals("AlarmList") || kind.equals("CelList");
		return new Dependencies(names.toArray(String[]::new), alarms, always);
	}

	private static void add(Set<String> names, Variable v) {
		if (v != null) {
			names.add(v.getName());
		}
	}
}
