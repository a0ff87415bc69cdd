package tandem.hmi;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import tandem.runtime.api.history.TrendColumn;
import tandem.runtime.api.history.TrendGap;
import tandem.runtime.api.history.TrendSeries;

/**
 * The data a trend shows, as CSV for a spreadsheet: one row per pen and pixel column (time of the column's first
 * sample, first, last, minimum, maximum, samples, quality) and one row per gap, so what the operator saw, spikes and
 * gaps included, is what the file holds. Times in ISO 8601 with milliseconds, in the station's zone.
 */
public final class TrendExport {

	private TrendExport() {
	}

	public static String csv(List<TrendPen> pens, List<TrendSeries> series, ZoneId zone) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT).withZone(zone);
		StringBuilder out = new StringBuilder(
				"variable,unit,from,until,first,last,min,max,min_time,max_time,samples,quality\n");
		for (int i = 0; i < pens.size() && i < series.size(); i++) {
			TrendPen pen = pens.get(i);
			TrendSeries s = series.get(i);
			if (s == null) {
				continue;
			}
			String head = quote(pen.variable()) + "," + quote(pen.unit()) + ",";
			for (TrendColumn c : s.columns()) {
				out.append(head).append(time.format(Instant.ofEpochMilli(c.firstTime()))).append(',')
						.append(time.format(Instant.ofEpochMilli(c.lastTime()))).append(',').append(number(c.first()))
						.append(',').append(number(c.last())).append(',').append(number(c.min())).append(',')
						.append(number(c.max())).append(',').append(time.format(Instant.ofEpochMilli(c.minTime())))
						.append(',').append(time.format(Instant.ofEpochMilli(c.maxTime()))).append(',')
						.append(c.count()).append(',').append(c.quality()).append('\n');
			}
			for (TrendGap g : s.gaps()) {
				out.append(head).append(time.format(Instant.ofEpochMilli(g.from()))).append(',')
						.append(time.format(Instant.ofEpochMilli(g.to()))).append(",,,,,,,0,")
						.append(g.noData() ? "NO DATA" : g.quality()).append('\n');
			}
		}
		return out.toString();
	}

	private static String number(double d) {
		return Double.isNaN(d) ? "" : Double.toString(d);
	}

	private static String quote(String s) {
		return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}
}
