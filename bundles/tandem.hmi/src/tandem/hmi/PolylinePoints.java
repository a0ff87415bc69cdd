package tandem.hmi;

/** The points of a polyline, {@code "x1,y1 x2,y2 ..."} relative to the element, as absolute x,y pairs. */
final class PolylinePoints {

	private PolylinePoints() {
	}

	/** @throws IllegalArgumentException naming the text when a point is not "x,y" with whole numbers */
	static int[] parse(String text, int x, int y) {
		if (text == null || text.isBlank()) {
			return new int[0];
		}
		String[] pairs = text.trim().split("\\s+");
		int[] out = new int[pairs.length * 2];
		for (int i = 0; i < pairs.length; i++) {
			String[] xy = pairs[i].split(",");
			try {
				if (xy.length != 2) {
					throw new NumberFormatException();
				}
				out[2 * i] = x + Integer.parseInt(xy[0].trim());
				out[2 * i + 1] = y + Integer.parseInt(xy[1].trim());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("points '" + text + "': '" + pairs[i] + "' is not x,y");
			}
		}
		return out;
	}
}
