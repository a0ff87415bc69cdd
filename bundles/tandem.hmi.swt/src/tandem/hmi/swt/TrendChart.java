package tandem.hmi.swt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import tandem.hmi.Colour;
import tandem.hmi.TrendAxis;
import tandem.hmi.TrendExport;
import tandem.hmi.TrendPen;
import tandem.hmi.TrendWindow;
import tandem.runtime.api.history.TrendColumn;
import tandem.runtime.api.history.TrendGap;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;

/**
 * A trend on an SWT canvas: several pens, one value axis per unit, a time axis; live mode that scrolls with the
 * present, historical mode for any range; wheel zoom around the mouse, rubber-band zoom (Shift or right button),
 * pan by dragging, double-click back to live; a cursor that reads every pen's value and quality at its time. The
 * data comes decimated per pixel column ({@link TrendSeries}): each column is drawn as its min-max stroke, so no
 * spike disappears, and no line crosses a gap — bad quality is hatched, a time without data is left open. Asks its
 * {@link Source} for one and a half spans either side of the visible range, so a pan shows data at once and asks
 * again only when it rests. Export of what it shows as CSV ({@link TrendExport}) and PNG.
 */
public final class TrendChart {

	/** Where the chart gets its data: a station's {@code PlantHistory::trend}, or a test's. */
	@FunctionalInterface
	public interface Source {
		CompletableFuture<TrendSeries> trend(TrendQuery query);
	}

	private static final int AXIS_WIDTH = 64;
	private static final int TOP = 34;
	private static final int BOTTOM = 30;
	private static final int RIGHT = 18;
	private static final long LIVE_REFRESH_MS = 2000;
	private static final long[] TIME_STEPS = { 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
			600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
			172_800_000, 604_800_000 };

	private final Canvas canvas;
	private final Source source;
	private final LongSupplier clock;
	private final ZoneId zone;
	private final Map<Colour, Color> colours = new HashMap<>();
	private final Font font;
	private final Font bold;
	private List<TrendPen> pens = List.of();
	private List<TrendAxis> axes = List.of();
	private TrendSeries[] series = new TrendSeries[0];
	private TrendWindow window;
	private long maxGapMs;
	private long generation;
	private long lastQuery;
	private long queriedFrom = Long.MAX_VALUE;
	private long queriedTo = Long.MIN_VALUE;
	private String status = "";
	private Long cursor;
	private int dragX = -1;
	private TrendWindow dragWindow;
	private boolean banding;
	private int bandTo;

	public TrendChart(Composite parent, Source source, LongSupplier clock, ZoneId zone) {
		this.source = source;
		this.clock = clock;
		this.zone = zone;
		this.window = TrendWindow.live(3_600_000, clock.getAsLong());
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		FontData base = canvas.getDisplay().getSystemFont().getFontData()[0];
		font = new Font(canvas.getDisplay(), base.getName(), 9, SWT.NORMAL);
		bold = new Font(canvas.getDisplay(), base.getName(), 10, SWT.BOLD);
		canvas.addListener(SWT.Paint, e -> paint(e.gc, canvas.getClientArea()));
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseDown, this::down);
		canvas.addListener(SWT.MouseMove, this::move);
		canvas.addListener(SWT.MouseUp, this::up);
		canvas.addListener(SWT.MouseDoubleClick, e -> live());
		canvas.addListener(SWT.MouseExit, e -> {
			cursor = null;
			canvas.redraw();
		});
		canvas.addListener(SWT.Resize, e -> query(true));
		canvas.addListener(SWT.Dispose, e -> {
			colours.values().forEach(Color::dispose);
			font.dispose();
			bold.dispose();
		});
		tick();
	}

	public Canvas control() {
		return canvas;
	}

	/** Shows these pens; {@code gapMs} > 0 treats a time without samples longer than that as a gap. */
	public void pens(List<TrendPen> newPens, long gapMs) {
		pens = List.copyOf(newPens);
		axes = TrendAxis.of(pens);
		series = new TrendSeries[pens.size()];
		maxGapMs = gapMs;
		query(true);
	}

	public List<TrendPen> pens() {
		return pens;
	}

	public TrendWindow window() {
		return window;
	}

	/** Shows this range (live: the span up to the present). */
	public void show(TrendWindow w) {
		window = w.at(clock.getAsLong());
		query(true);
	}

	/** Back to live with the current span. */
	public void live() {
		show(TrendWindow.live(window.span(), clock.getAsLong()));
	}

	/** Zooms around the time at plot pixel {@code x} (factor below 1 zooms in). */
	public void zoom(double factor, int x) {
		Rectangle p = plot();
		window = window.zoom(factor, window.timeAt(x - p.x, p.width));
		query(true);
	}

	/** The series shown, one per pen (null while a pen's first answer is on its way). */
	public List<TrendSeries> series() {
		return Arrays.asList(series.clone());
	}

	/** What the chart says about its data: empty, or "loading …", or why a query failed. */
	public String status() {
		return status;
	}

	/** The cursor's readout lines at {@code time}: the time, then one line per pen. */
	public List<String> readout(long time) {
		List<String> lines = new ArrayList<>();
		lines.add(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(zone)
				.format(Instant.ofEpochMilli(time)));
		for (int i = 0; i < pens.size(); i++) {
			TrendPen pen = pens.get(i);
			TrendSeries s = series[i];
			TrendSeries.Reading r = s == null ? null : s.at(time);
			String value;
			if (r == null || r.quality() == null) {
				value = "no data";
			} else if (!r.known()) {
				value = r.quality() + " (no value)";
			} else {
				value = format(r.value()) + (pen.unit().isEmpty() ? "" : " " + pen.unit())
						+ (r.quality() == tandem.runtime.api.Quality.GOOD ? "" : "  " + r.quality());
			}
			lines.add(pen.variable() + ": " + value);
		}
		return lines;
	}

	/** The time at canvas pixel {@code x}. */
	public long timeAt(int x) {
		Rectangle p = plot();
		return window.timeAt(x - p.x, p.width);
	}

	/** The canvas pixel of {@code time}. */
	public int xOf(long time) {
		Rectangle p = plot();
		return p.x + (int) Math.round(window.xOf(time, p.width));
	}

	/** The canvas pixel row of a value on the axis of pen {@code pen}. */
	public int yOf(int pen, double value) {
		Rectangle p = plot();
		TrendAxis axis = axisOf(pens.get(pen));
		return p.y + p.height - (int) Math.round(axis.fraction(value) * p.height);
	}

	/** The plot area inside the axes. */
	public Rectangle plot() {
		Rectangle r = canvas.getClientArea();
		int left = Math.max(1, axes.size()) * AXIS_WIDTH;
		return new Rectangle(r.x + left, r.y + TOP, Math.max(10, r.width - left - RIGHT),
				Math.max(10, r.height - TOP - BOTTOM));
	}

	public void exportCsv(Path file) throws java.io.IOException {
		Files.writeString(file, TrendExport.csv(pens, series(), zone));
	}

	public void exportPng(Path file) throws java.io.IOException {
		Rectangle r = canvas.getClientArea();
		Image image = new Image(canvas.getDisplay(), Math.max(1, r.width), Math.max(1, r.height));
		try {
			GC gc = new GC(image);
			try {
				paint(gc, r);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (org.eclipse.swt.SWTException e) {
			throw new java.io.IOException("cannot write the trend picture " + file + ": " + e.getMessage(), e);
		} finally {
			image.dispose();
		}
	}

	// ---- data ----

	private void tick() {
		if (canvas.isDisposed()) {
			return;
		}
		long now = clock.getAsLong();
		if (window.live()) {
			window = window.at(now);
			query(now - lastQuery >= LIVE_REFRESH_MS);
			canvas.redraw();
		}
		canvas.getDisplay().timerExec(1000, this::tick);
	}

	/** Asks for the visible range and a span either side, unless what is held covers it and {@code force} is off. */
	private void query(boolean force) {
		if (canvas.isDisposed() || pens.isEmpty()) {
			canvas.redraw();
			return;
		}
		long span = window.span();
		if (!force && window.from() >= queriedFrom && window.to() <= queriedTo) {
			return;
		}
		long from = window.from() - span;
		long to = window.live() ? window.to() + 1 : window.to() + span;
		int columns = Math.min(TrendQuery.MAX_COLUMNS, Math.max(1, plot().width) * 3);
		long asked = ++generation;
		lastQuery = clock.getAsLong();
		queriedFrom = from;
		queriedTo = to;
		status = allLoaded() ? status : "loading …";
		List<TrendPen> asking = pens;
		for (int i = 0; i < asking.size(); i++) {
			int index = i;
			TrendQuery q = new TrendQuery(asking.get(i).variable(), from, to, columns, maxGapMs);
			source.trend(q).whenComplete((s, error) -> canvas.getDisplay().asyncExec(() -> {
				if (canvas.isDisposed() || asked != generation || asking != pens) {
					return; // an answer to an older question
				}
				if (error != null) {
					Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
							? error.getCause() : error;
					status = "trend of " + q.variable() + " not available: " + cause.getMessage();
				} else {
					series[index] = s;
					status = allLoaded() ? "" : status;
				}
				canvas.redraw();
			}));
		}
	}

	private boolean allLoaded() {
		return Arrays.stream(series).allMatch(s -> s != null);
	}

	// ---- input ----

	private void wheel(Event e) {
		zoom(e.count > 0 ? 0.8 : 1.25, e.x);
	}

	private void down(Event e) {
		if (e.button == 3 || e.button == 1 && (e.stateMask & SWT.SHIFT) != 0) {
			banding = true;
			dragX = e.x;
			bandTo = e.x;
		} else if (e.button == 1) {
			dragX = e.x;
			dragWindow = window;
		}
	}

	private void move(Event e) {
		cursor = timeAt(e.x);
		if (banding) {
			bandTo = e.x;
		} else if (dragWindow != null) {
			Rectangle p = plot();
			long delta = Math.round((double) (dragX - e.x) / p.width * dragWindow.span());
			window = dragWindow.pan(delta);
			query(false);
		}
		canvas.redraw();
	}

	private void up(Event e) {
		if (banding) {
			banding = false;
			if (Math.abs(e.x - dragX) > 4) {
				window = window.range(timeAt(dragX), timeAt(e.x));
			}
			query(true);
		} else if (dragWindow != null) {
			dragWindow = null;
			query(true);
		}
		dragX = -1;
		canvas.redraw();
	}

	// ---- painting ----

	private void paint(GC gc, Rectangle area) {
		gc.setAntialias(SWT.ON);
		gc.setBackground(colour(new Colour(0xF2, 0xF3, 0xF5)));
		gc.fillRectangle(area);
		Rectangle p = plot();
		gc.setBackground(colour(Colour.WHITE));
		gc.fillRectangle(p);
		timeAxis(gc, p);
		valueAxes(gc, p);
		Rectangle clip = gc.getClipping();
		gc.setClipping(p);
		for (int i = 0; i < pens.size(); i++) {
			if (series[i] != null) {
				gaps(gc, p, series[i]);
			}
		}
		for (int i = 0; i < pens.size(); i++) {
			if (series[i] != null) {
				line(gc, p, i, series[i]);
			}
		}
		gc.setClipping(clip);
		gc.setForeground(colour(new Colour(0xB8, 0xBE, 0xC6)));
		gc.setLineWidth(1);
		gc.drawRectangle(p.x, p.y, p.width - 1, p.height - 1);
		legend(gc, area, p);
		if (banding) {
			gc.setAlpha(50);
			gc.setBackground(colour(new Colour(0x2F, 0x6F, 0xB0)));
			gc.fillRectangle(Math.min(dragX, bandTo), p.y, Math.abs(bandTo - dragX), p.height);
			gc.setAlpha(255);
		}
		if (cursor != null && !banding && dragWindow == null) {
			cursor(gc, p, cursor);
		}
	}

	private void timeAxis(GC gc, Rectangle p) {
		long span = window.span();
		long step = TIME_STEPS[TIME_STEPS.length - 1];
		for (long s : TIME_STEPS) {
			if (span / s <= Math.max(2, p.width / 120)) {
				step = s;
				break;
			}
		}
		long offset = zone.getRules().getOffset(Instant.ofEpochMilli(window.from())).getTotalSeconds() * 1000L;
		DateTimeFormatter f = DateTimeFormatter.ofPattern(span > 2 * 86_400_000L ? "dd.MM. HH:mm"
				: step < 60_000 ? "HH:mm:ss" : "HH:mm", Locale.ROOT).withZone(zone);
		gc.setFont(font);
		long first = Math.floorDiv(window.from() + offset, step) * step - offset + step;
		for (long t = first; t < window.to(); t += step) {
			int x = xOf(t);
			gc.setForeground(colour(new Colour(0xE6, 0xE8, 0xEC)));
			gc.drawLine(x, p.y, x, p.y + p.height);
			gc.setForeground(colour(new Colour(0x55, 0x5B, 0x63)));
			String label = f.format(Instant.ofEpochMilli(t));
			Point size = gc.textExtent(label);
			gc.drawText(label, x - size.x / 2, p.y + p.height + 6, true);
		}
	}

	private void valueAxes(GC gc, Rectangle p) {
		gc.setFont(font);
		for (int a = 0; a < axes.size(); a++) {
			TrendAxis axis = axes.get(a);
			int x = p.x - a * AXIS_WIDTH;
			Color ink = colour(axis.pens().get(0).colour());
			gc.setForeground(ink);
			gc.drawLine(x - 1, p.y, x - 1, p.y + p.height);
			List<Double> ticks = axis.ticks(Math.max(2, p.height / 60));
			int decimals = ticks.size() < 2 ? 1
					: (int) Math.max(0, Math.ceil(-Math.log10(ticks.get(1) - ticks.get(0)) - 1e-9));
			for (double v : ticks) {
				int y = p.y + p.height - (int) Math.round(axis.fraction(v) * p.height);
				if (a == 0) {
					gc.setForeground(colour(new Colour(0xE6, 0xE8, 0xEC)));
					gc.drawLine(p.x, y, p.x + p.width, y);
				}
				gc.setForeground(ink);
				gc.drawLine(x - 5, y, x - 1, y);
				String label = String.format(Locale.ROOT, "%." + decimals + "f", v);
				Point size = gc.textExtent(label);
				gc.drawText(label, x - 7 - size.x, y - size.y / 2, true);
			}
			String unit = axis.unit().isEmpty() ? "—" : axis.unit();
			gc.setFont(bold);
			gc.drawText(unit, x - 6 - gc.textExtent(unit).x, p.y - 18, true);
			gc.setFont(font);
		}
	}

	/** Bad quality hatched in grey, a time without data shaded lightly: never a line across. */
	private void gaps(GC gc, Rectangle p, TrendSeries s) {
		for (TrendGap g : s.gaps()) {
			int x0 = Math.max(p.x, xOf(g.from()));
			int x1 = Math.min(p.x + p.width, xOf(g.to()));
			if (x1 < x0) {
				continue;
			}
			gc.setAlpha(g.noData() ? 40 : 70);
			gc.setBackground(colour(new Colour(0x9E, 0xA4, 0xAC)));
			gc.fillRectangle(x0, p.y, Math.max(1, x1 - x0), p.height);
			gc.setAlpha(255);
			if (!g.noData()) {
				gc.setForeground(colour(new Colour(0x8A, 0x90, 0x98)));
				for (int x = x0 - p.height; x < x1; x += 10) {
					gc.drawLine(Math.max(x0, x), p.y + p.height - Math.max(0, x0 - x),
							Math.min(x1, x + p.height), p.y + Math.max(0, x + p.height - x1));
				}
			}
		}
	}

	/**
	 * One polyline per run between gaps: per column its first sample, its extremes in time order and its last, so
	 * the stroke reaches every spike and consecutive columns join (a pixel column holds several columns' worth of
	 * time when zoomed out; zero-length segments alone would draw nothing).
	 */
	private void line(GC gc, Rectangle p, int pen, TrendSeries s) {
		gc.setForeground(colour(pens.get(pen).colour()));
		gc.setLineWidth(2);
		gc.setLineJoin(SWT.JOIN_ROUND);
		gc.setLineCap(SWT.CAP_ROUND);
		Run run = new Run();
		List<TrendColumn> columns = s.columns();
		if (!Double.isNaN(s.before()) && (columns.isEmpty() || columns.get(0).firstTime() > window.from())) {
			run.add(xOf(Math.max(s.beforeTime(), window.from() - window.span())), yOf(pen, s.before()));
		}
		long lastTime = Long.MIN_VALUE;
		double last = Double.NaN;
		boolean gapAfter = false;
		for (TrendColumn c : columns) {
			run.add(xOf(c.firstTime()), yOf(pen, c.first()));
			boolean minFirst = c.minTime() <= c.maxTime();
			run.add(xOf(minFirst ? c.minTime() : c.maxTime()), yOf(pen, minFirst ? c.min() : c.max()));
			run.add(xOf(minFirst ? c.maxTime() : c.minTime()), yOf(pen, minFirst ? c.max() : c.min()));
			run.add(xOf(c.lastTime()), yOf(pen, c.last()));
			lastTime = c.lastTime();
			last = c.last();
			gapAfter = c.gapAfter();
			if (gapAfter) {
				run.draw(gc);
			}
		}
		boolean open = s.gaps().stream().noneMatch(g -> g.to() >= s.query().to() - 1);
		if (lastTime != Long.MIN_VALUE && !gapAfter && open) { // the last value holds until the end of the data
			long end = Math.min(s.query().to(), clock.getAsLong());
			run.add(Math.max(xOf(lastTime), xOf(end)), yOf(pen, last));
		}
		run.draw(gc);
		gc.setLineWidth(1);
		gc.setLineCap(SWT.CAP_FLAT);
	}

	/** The points of one unbroken stretch of a pen's line. */
	private static final class Run {
		private int[] xy = new int[256];
		private int n;

		void add(int x, int y) {
			if (n >= 2 && xy[n - 2] == x && xy[n - 1] == y) {
				return;
			}
			if (n + 2 > xy.length) {
				xy = Arrays.copyOf(xy, xy.length * 2);
			}
			xy[n++] = x;
			xy[n++] = y;
		}

		void draw(GC gc) {
			if (n == 2) {
				gc.drawLine(xy[0], xy[1], xy[0], xy[1]); // a lone sample: a dot with a round cap
			} else if (n > 2) {
				gc.drawPolyline(Arrays.copyOf(xy, n));
			}
			n = 0;
		}
	}

	private void legend(GC gc, Rectangle area, Rectangle p) {
		gc.setFont(bold);
		int x = p.x;
		for (TrendPen pen : pens) {
			gc.setBackground(colour(pen.colour()));
			gc.fillRectangle(x, 11, 14, 10);
			gc.setForeground(colour(new Colour(0x26, 0x2B, 0x31)));
			String label = pen.variable() + (pen.unit().isEmpty() ? "" : " [" + pen.unit() + "]");
			gc.drawText(label, x + 19, 8, true);
			x += 19 + gc.textExtent(label).x + 22;
		}
		if (pens.isEmpty()) {
			gc.setForeground(colour(new Colour(0x55, 0x5B, 0x63)));
			gc.drawText("choose the variables to trend", p.x, 8, true);
		}
		String mode = window.live() ? "LIVE" : "HISTORY";
		gc.setFont(bold);
		Point modeSize = gc.textExtent(mode);
		int modeX = area.x + area.width - RIGHT - modeSize.x;
		gc.setForeground(colour(window.live() ? new Colour(0x2E, 0x7D, 0x32) : new Colour(0x55, 0x5B, 0x63)));
		gc.drawText(mode, modeX, 8, true);
		if (!status.isEmpty()) {
			gc.setFont(font);
			gc.setForeground(colour(status.startsWith("loading") ? new Colour(0x55, 0x5B, 0x63)
					: new Colour(0xC6, 0x28, 0x28)));
			Point size = gc.textExtent(status);
			gc.drawText(status, modeX - 16 - size.x, 10, true);
		}
	}

	private void cursor(GC gc, Rectangle p, long time) {
		int x = xOf(time);
		if (x < p.x || x > p.x + p.width) {
			return;
		}
		gc.setForeground(colour(new Colour(0x26, 0x2B, 0x31)));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawLine(x, p.y, x, p.y + p.height);
		gc.setLineStyle(SWT.LINE_SOLID);
		List<String> lines = readout(time);
		gc.setFont(font);
		int width = 0;
		int lineHeight = gc.textExtent("Ag").y + 2;
		for (String l : lines) {
			width = Math.max(width, gc.textExtent(l).x + 24);
		}
		int height = lines.size() * lineHeight + 8;
		int bx = x + 12 + width > p.x + p.width ? x - 12 - width : x + 12;
		int by = p.y + 8;
		gc.setBackground(colour(new Colour(0xFF, 0xFF, 0xFF)));
		gc.fillRectangle(bx, by, width, height);
		gc.setForeground(colour(new Colour(0xB8, 0xBE, 0xC6)));
		gc.drawRectangle(bx, by, width, height);
		for (int i = 0; i < lines.size(); i++) {
			int y = by + 4 + i * lineHeight;
			if (i > 0) {
				gc.setBackground(colour(pens.get(i - 1).colour()));
				gc.fillRectangle(bx + 6, y + 3, 10, 9);
			}
			gc.setForeground(colour(new Colour(0x26, 0x2B, 0x31)));
			gc.drawText(lines.get(i), bx + (i > 0 ? 20 : 6), y, true);
		}
	}

	private TrendAxis axisOf(TrendPen pen) {
		for (TrendAxis a : axes) {
			if (a.pens().contains(pen)) {
				return a;
			}
		}
		return axes.get(0);
	}

	private Color colour(Colour c) {
		return colours.computeIfAbsent(c, k -> new Color(canvas.getDisplay(), k.red(), k.green(), k.blue()));
	}

	static String format(double v) {
		double a = Math.abs(v);
		if (a != 0 && (a >= 100_000 || a < 0.01)) {
			return String.format(Locale.ROOT, "%.3g", v);
		}
		return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
	}
}
