package tandem.operator.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import tandem.hmi.Colour;
import tandem.hmi.TrendPen;
import tandem.hmi.TrendWindow;
import tandem.hmi.swt.TrendChart;
import tandem.model.Archive;
import tandem.model.ArchiveMode;
import tandem.model.Project;
import tandem.model.Variable;
import tandem.runtime.api.history.PlantHistory;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.operator.ui.station.Rgb;

/**
 * The trend view: the archived variables to pick pens from, the trend widget, ranges from ten minutes to a week,
 * back to live, and export of what is shown. Data comes from whichever node serves ({@link PlantHistory}); without
 * a history connection the chart says so.
 */
final class TrendView {

	private static final Colour[] PEN_COLOURS = { new Colour(0x1F, 0x5F, 0xBF), new Colour(0xD0, 0x70, 0x10),
			new Colour(0x2E, 0x7D, 0x32), new Colour(0x8E, 0x24, 0xAA), new Colour(0x00, 0x83, 0x8F),
			new Colour(0xA0, 0x52, 0x2D), new Colour(0x54, 0x6E, 0x7A), new Colour(0xC2, 0x18, 0x5B) };
	private static final long[][] RANGES = { { 600_000 }, { 3_600_000 }, { 8 * 3_600_000 }, { 24 * 3_600_000 },
			{ 7 * 24 * 3_600_000L } };
	private static final String[] RANGE_NAMES = { "10 min", "1 h", "8 h", "24 h", "7 days" };

	private final Composite area;
	private final Table pens;
	private final TrendChart chart;
	private final Label note;
	private final List<Variable> archived = new ArrayList<>();
	private final List<Long> gaps = new ArrayList<>();
	private final Palette palette;

	TrendView(Composite parent, Palette palette, Project project, java.util.Optional<PlantHistory> history,
			LongSupplier clock, ZoneId zone) {
		this.palette = palette;
		area = new Composite(parent, SWT.NONE);
		area.setBackground(palette.panel);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		layout.horizontalSpacing = 12;
		area.setLayout(layout);

		pens = new Table(area, SWT.CHECK | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		GridData pensData = new GridData(SWT.FILL, SWT.FILL, false, true, 1, 3);
		pensData.widthHint = 250;
		pens.setLayoutData(pensData);
		pens.setBackground(palette.row);
		pens.setForeground(palette.text);
		pens.setFont(palette.normal);
		pens.setHeaderVisible(true);
		pens.setHeaderBackground(palette.header);
		pens.setHeaderForeground(palette.textMuted);
		TableColumn name = new TableColumn(pens, SWT.LEFT);
		name.setText("Archived variable");
		name.setWidth(180);
		TableColumn unit = new TableColumn(pens, SWT.LEFT);
		unit.setText("Unit");
		unit.setWidth(60);

		Composite bar = new Composite(area, SWT.NONE);
		bar.setBackground(palette.panel);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(RANGES.length + 4, false);
		barLayout.marginWidth = 0;
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		Label range = new Label(bar, SWT.NONE);
		range.setText("Range");
		range.setFont(palette.bold);
		range.setForeground(palette.accentText);
		range.setBackground(palette.panel);

		PlantHistory source = history.orElse(null);
		chart = new TrendChart(area, source == null ? TrendView::unavailable : source::trend, clock, zone);
		chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (int i = 0; i < RANGES.length; i++) {
			long span = RANGES[i][0];
			FlatButton b = new FlatButton(bar, palette, RANGE_NAMES[i], false);
			b.onClick(e -> chart.show(chart.window().live() ? TrendWindow.live(span, clock.getAsLong())
					: new TrendWindow(chart.window().to() - span, chart.window().to(), false)));
		}
		FlatButton live = new FlatButton(bar, palette, "Live", true);
		live.onClick(e -> chart.live());
		FlatButton csv = new FlatButton(bar, palette, "Export CSV…", false);
		csv.onClick(e -> export("csv"));
		FlatButton png = new FlatButton(bar, palette, "Export PNG…", false);
		png.onClick(e -> export("png"));
		note = new Label(area, SWT.NONE);
		note.setBackground(palette.panel);
		note.setForeground(palette.textMuted);
		note.setFont(palette.small);
		note.setText("wheel: zoom · drag: pan · Shift+drag or right drag: zoom to a range · double-click: back to live"
				+ " · the cursor reads every pen");
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		fillPens(project);
		pens.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				showChecked();
			}
		});
		showChecked();
	}

	private static CompletableFuture<TrendSeries> unavailable(TrendQuery q) {
		return CompletableFuture.failedFuture(new IllegalStateException("this station has no history connection"));
	}

	/** How long a silence of an archive's variable is a gap: three periods of a cyclic archive, none on change. */
	static long gapMs(Archive a) {
		return a.getMode() == ArchiveMode.CYCLIC ? 3L * Math.max(1000, a.getPeriodMs()) : 0;
	}

	/** Every variable an archive records, once; the tank levels are shown at first. */
	private void fillPens(Project project) {
		for (Archive a : project.getArchives()) {
			for (Variable v : a.getVariables()) {
				int at = archived.indexOf(v);
				long gap = gapMs(a);
				if (at < 0) {
					archived.add(v);
					gaps.add(gap);
					TableItem item = new TableItem(pens, SWT.NONE);
					item.setText(new String[] { v.getName(), v.getUnit() == null ? "" : v.getUnit() });
					item.setChecked(v.getName().endsWith(".Level"));
				} else if (gap == 0) {
					gaps.set(at, 0L); // recorded on change somewhere: a silence is no gap
				}
			}
		}
	}

	private void showChecked() {
		List<TrendPen> shown = new ArrayList<>();
		long gap = Long.MAX_VALUE;
		for (int i = 0; i < pens.getItemCount(); i++) {
			TableItem item = pens.getItem(i);
			Colour c = PEN_COLOURS[shown.size() % PEN_COLOURS.length];
			if (item.getChecked()) {
				Variable v = archived.get(i);
				double min = v.getRangeMin() == null ? 0 : v.getRangeMin();
				double max = v.getRangeMax() == null ? 100 : v.getRangeMax();
				shown.add(new TrendPen(v.getName(), v.getUnit(), c, min, max));
				gap = Math.min(gap, gaps.get(i));
				item.setForeground(palette.of(new Rgb(c.red(), c.green(), c.blue())));
			} else {
				item.setForeground(palette.text);
			}
		}
		chart.pens(shown, gap == Long.MAX_VALUE ? 0 : gap);
	}

	private void export(String kind) {
		FileDialog dialog = new FileDialog(area.getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + kind });
		dialog.setFileName("trend-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
				.format(java.time.LocalDateTime.now()) + "." + kind);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			if (kind.equals("csv")) {
				chart.exportCsv(Path.of(file));
			} else {
				chart.exportPng(Path.of(file));
			}
			note.setText("written: " + file);
		} catch (java.io.IOException | RuntimeException ex) {
			note.setText("not written: " + ex.getMessage());
		}
		note.getParent().layout(true);
	}

	TrendChart chart() {
		return chart;
	}

	Composite control() {
		return area;
	}
}
