package tandem.runtime.driver.sim;

import java.util.Locale;

import tandem.runtime.driver.sim.PlantFunction.Shape;

/**
 * A simulator address {@code shape?min=0&max=100&period=600}. Every part is optional; an empty address means
 * a sine (numbers) or a pump (booleans) over 0..100 with a 60 s period.
 */
record SimAddress(Shape shape, double min, double max, double periodSeconds) {

	static SimAddress parse(String variable, String address) {
		String text = address == null ? "" : address.trim();
		int q = text.indexOf('?');
		String shapeName = q < 0 ? text : text.substring(0, q);
		Shape shape = null;
		if (!shapeName.isEmpty()) {
			try {
				shape = Shape.valueOf(shapeName.toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("variable " + variable + ": unknown simulator shape '" + shapeName
						+ "' in address '" + address + "' (known: tank, flow, pump, event, sine, ramp, noise)", e);
			}
		}
		double min = 0;
		double max = 100;
		double period = 60;
		if (q >= 0) {
			for (String pair : text.substring(q + 1).split("&")) {
				if (pair.isBlank()) {
					continue;
				}
				String[] kv = pair.split("=", 2);
				double v = number(variable, address, kv);
				switch (kv[0].trim()) {
				case "min" -> min = v;
				case "max" -> max = v;
				case "period" -> period = v;
				default -> throw new IllegalArgumentException("variable " + variable + ": unknown simulator parameter '"
						+ kv[0] + "' in address '" + address + "' (known: min, max, period)");
				}
			}
		}
		if (!(max > min) || !(period > 0)) {
			throw new IllegalArgumentException(
					"variable " + variable + ": address '" + address + "' needs min < max and period > 0");
		}
		return new SimAddress(shape, min, max, period);
	}

	private static double number(String variable, String address, String[] kv) {
		try {
			return Double.parseDouble(kv.length == 2 ? kv[1].trim() : "");
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(
					"variable " + variable + ": parameter '" + kv[0] + "' in address '" + address + "' is not a number",
					e);
		}
	}
}
