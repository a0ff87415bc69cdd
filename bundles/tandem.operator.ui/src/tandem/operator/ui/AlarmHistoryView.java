package tandem.operator.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import tandem.hmi.Tone;
import tandem.operator.ui.station.AlarmHistoryRows;
import tandem.runtime.api.history.AlarmHistory;
import tandem.runtime.api.history.AlarmHistoryQuery;
import tandem.runtime.api.history.AlarmOccurrence;
import tandem.runtime.api.history.AlarmStatistics;
import tandem.runtime.api.history.PlantHistory;

/**
 * The alarm history of a period as the serving node recorded it — every occurrence raised, with its acknowledgement
 * and clearing, newest first — and the period's alarm statistics (EEMUA 191 / ISA-18.2): the rate per 10 minutes
 * against the target, floods, chattering and standing alarms, the most frequent alarms and the priority mix. Only an
 * abnormal figure (a missed target, a flood) is coloured.
 *
 * <p>The table pages through the period as the server answers it, {@link #PAGE} occurrences a page, newest first;
 * <i>Older ›</i> continues strictly after the last occurrence shown (keyset), <i>‹ Newer</i> goes back. The
 * statistics need the whole period (and the day before it, for standing alarms): they are gathered page after page
 * of {@link AlarmHistoryQuery#MAX_PAGE} in the background, up to {@link #STATISTICS_LIMIT} occurrences.
 */
final class AlarmHistoryView {

	private static final String[] RANGES = { "last hour", "last 8 hours (a shift)", "last 24 hours", "last 7 days" };
	private static final long[] RANGE_MS = { 3_600_000, 8 * 3_600_000, 24 * 3_600_000, 7 * 24 * 3_600_000L };

	/** Occurrences per table page. */
	static final int PAGE = 500;
	/** The most occurrences the statistics gather (50 questions); beyond, they cover the newest ones and say so. */
	static final int STATISTICS_LIMIT = 100_000;

	private final Optional<PlantHistory> history;
	private final LongSupplier clock;
	private final AlarmHistoryRows presenter;
	private final Palette palette;
	private final Composite area;
	private final Combo range;
	private final Text contains;
	private final Button onlyActive;
	private final Label[] summary = new Label[3];
	private final Table frequent;
	private final Table table;
	private final Label status;
	private final FlatButton older;
	private final FlatButton newer;
	private final Deque<AlarmHistoryQuery> pages = new ArrayDeque<>();
	private List<AlarmHistoryRows.Row> rows = List.of();
	private AlarmStatistics statistics;
	private boolean statisticsCut;
	private long asked;
	private long askedStatistics;
	private AlarmHistoryQuery current;

	AlarmHistoryView(Composite parent, Palette palette, Optional<PlantHistory> history, AlarmHistoryRows presenter,
			LongSupplier clock) {
		this.history = history;
		this.clock = clock;
		this.palette = palette;
		this.presenter = presenter;
		area = new Composite(parent, SWT.NONE);
		area.setBackground(palette.panel);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		layout.horizontalSpacing = 16;
		area.setLayout(layout);

		Composite filters = new Composite(area, SWT.NONE);
		filters.setBackground(palette.panel);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		GridLayout fl = new GridLayout(6, false);
		fl.marginWidth = 0;
		fl.horizontalSpacing = 8;
		filters.setLayout(fl);
		label(filters, "Time");
		range = new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN);
		range.setItems(RANGES);
		range.select(1);
		range.setFont(palette.normal);
		label(filters, "Alarm");
		contains = new Text(filters, SWT.BORDER | SWT.SINGLE);
		contains.setFont(palette.normal);
		contains.setBackground(palette.input);
		contains.setForeground(palette.text);
		contains.setMessage("text or id contains");
		GridData cd = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		cd.widthHint = 240;
		contains.setLayoutData(cd);
		onlyActive = new Button(filters, SWT.CHECK);
		onlyActive.setText("only still active");
		onlyActive.setBackground(palette.panel);
		onlyActive.setForeground(palette.text);
		onlyActive.setFont(palette.normal);
		FlatButton apply = new FlatButton(filters, palette, "Show", true);
		apply.onClick(e -> load());
		contains.addListener(SWT.DefaultSelection, e -> show());
		onlyActive.addListener(SWT.Selection, e -> show());
		range.addListener(SWT.Selection, e -> load());

		Composite figures = new Composite(area, SWT.NONE);
		figures.setBackground(palette.panel);
		figures.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		GridLayout gl = new GridLayout(1, false);
		gl.marginWidth = 0;
		gl.verticalSpacing = 6;
		figures.setLayout(gl);
		Label heading = new Label(figures, SWT.NONE);
		heading.setText("ALARM STATISTICS (EEMUA 191)");
		heading.setFont(palette.bold);
		heading.setForeground(palette.accentText);
		heading.setBackground(palette.panel);
		for (int i = 0; i < summary.length; i++) {
			summary[i] = new Label(figures, SWT.WRAP);
			summary[i].setFont(i == 0 ? palette.bold : palette.normal);
			summary[i].setForeground(palette.text);
			summary[i].setBackground(palette.panel);
			summary[i].setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
		frequent = table(area, 0);
		GridData fd = new GridData(SWT.FILL, SWT.FILL, false, false);
		fd.widthHint = 440;
		fd.heightHint = 150;
		frequent.setLayoutData(fd);
		column(frequent, "Most frequent", 300);
		column(frequent, "Raised", 70);
		column(frequent, "Share", 60);

		table = table(area, SWT.MULTI);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		column(table, "Raised", 194);
		column(table, "Cleared", 194);
		column(table, "Active for", 100);
		column(table, "Alarm", 280);
		column(table, "Class", 100);
		column(table, "Acknowledged", 120);
		column(table, "State", 225);

		Composite paging = new Composite(area, SWT.NONE);
		paging.setBackground(palette.panel);
		paging.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		GridLayout pl = new GridLayout(3, false);
		pl.marginWidth = 0;
		pl.marginHeight = 2;
		pl.horizontalSpacing = 8;
		paging.setLayout(pl);
		newer = new FlatButton(paging, palette, "‹ Newer", false);
		newer.onClick(e -> newer());
		older = new FlatButton(paging, palette, "Older ›", false);
		older.onClick(e -> older());
		// what the page holds, and failures, beside the buttons that move through the pages
		status = new Label(paging, SWT.NONE);
		status.setBackground(palette.panel);
		status.setForeground(palette.textMuted);
		status.setFont(palette.normal);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		older.setEnabled(false);
		newer.setEnabled(false);
	}

	private Table table(Composite parent, int style) {
		Table t = new Table(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | style);
		t.setBackground(palette.row);
		t.setForeground(palette.text);
		t.setFont(palette.normal);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		t.setHeaderBackground(palette.header);
		t.setHeaderForeground(palette.textMuted);
		return t;
	}

	private static void column(Table t, String title, int width) {
		TableColumn c = new TableColumn(t, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	private void label(Composite parent, String s) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(s);
		l.setFont(palette.bold);
		l.setForeground(palette.accentText);
		l.setBackground(palette.panel);
	}

	private long span() {
		return RANGE_MS[Math.max(0, range.getSelectionIndex())];
	}

	private AlarmHistory answer;
	private long from;
	private long to;

	/**
	 * Asks the serving node for the newest page of the period and gathers the period's statistics. Occurrences raised
	 * up to a day before it are gathered too: an alarm raised yesterday that is still active stands in the period.
	 */
	void load() {
		if (history.isEmpty()) {
			status.setText("this station has no history connection");
			return;
		}
		to = clock.getAsLong() + 1;
		from = to - span();
		pages.clear();
		page(AlarmHistoryQuery.newest(from, to, PAGE));
		long ask = ++askedStatistics;
		statistics = null;
		summary[0].setText("gathering the period's statistics …");
		gather(AlarmHistoryQuery.newest(from - AlarmStatistics.STANDING_MS, to, AlarmHistoryQuery.MAX_PAGE),
				new ArrayList<>(), ask);
	}

	private void older() {
		if (answer == null || !answer.more() || answer.occurrences().isEmpty()) {
			return;
		}
		pages.push(current);
		page(current.after(answer.occurrences().get(answer.occurrences().size() - 1)));
	}

	private void newer() {
		if (!pages.isEmpty()) {
			page(pages.pop());
		}
	}

	private void page(AlarmHistoryQuery q) {
		current = q;
		long ask = ++asked;
		status.setText("asking the server …");
		status.setForeground(palette.textMuted);
		history.get().alarms(q).whenComplete((page, error) -> area.getDisplay().asyncExec(() -> {
			if (area.isDisposed() || ask != asked) {
				return;
			}
			if (error != null) {
				unavailable(error);
			} else {
				answer = page;
				show();
			}
			status.getParent().layout(true);
		}));
	}

	/** One page of the statistics' occurrences after another, each a bounded question, until none is left. */
	private void gather(AlarmHistoryQuery q, List<AlarmOccurrence> so, long ask) {
		history.get().alarms(q).whenComplete((page, error) -> area.getDisplay().asyncExec(() -> {
			if (area.isDisposed() || ask != askedStatistics) {
				return;
			}
			if (error != null) {
				unavailable(error);
				return;
			}
			so.addAll(page.occurrences());
			boolean cut = page.more() && so.size() >= STATISTICS_LIMIT;
			if (page.more() && !cut && !page.occurrences().isEmpty()) {
				summary[0].setText("gathering the period's statistics … " + so.size() + " occurrences so far");
				gather(q.after(page.occurrences().get(page.occurrences().size() - 1)), so, ask);
				return;
			}
			statistics = AlarmStatistics.of(so, cut ? so.get(so.size() - 1).raiseTime() : from, to);
			statisticsCut = cut;
			showStatistics();
		}));
	}

	private void unavailable(Throwable error) {
		Throwable cause = error.getCause() != null ? error.getCause() : error;
		status.setText("the alarm history is not available: " + cause.getMessage());
		status.setForeground(palette.tone(Tone.ALARM));
	}

	/** Applies the text and "only active" filters to the page the server answered (no new question). */
	private void show() {
		if (answer == null) {
			return;
		}
		rows = presenter.rows(answer.occurrences(), from, to, contains.getText(), onlyActive.getSelection(),
				clock.getAsLong());
		table.setRedraw(false);
		table.removeAll();
		for (AlarmHistoryRows.Row r : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { r.raised(), r.cleared(), r.duration(), r.text() + "  (" + r.alarm() + ")",
					r.alarmClass(), r.ack(), r.state() });
			item.setForeground(6, r.active() ? palette.tone(Tone.WARNING) : palette.textMuted);
			item.setForeground(1, palette.textMuted);
		}
		table.setRedraw(true);
		older.setEnabled(answer.more());
		newer.setEnabled(!pages.isEmpty());
		status.setText("page " + (pages.size() + 1) + " · " + rows.size() + " occurrences, newest first"
				+ (answer.more() ? " · older ones follow" : " · no older ones") + " · answered by " + answer.node());
		status.setForeground(palette.textMuted);
		area.layout(true, true);
	}

	private void showStatistics() {
		List<String> lines = AlarmHistoryRows.summary(statistics);
		for (int i = 0; i < summary.length; i++) {
			summary[i].setText(lines.get(i));
		}
		if (statisticsCut) {
			summary[0].setText(lines.get(0) + " · only the newest " + STATISTICS_LIMIT
					+ " occurrences: choose a shorter period");
		}
		summary[0].setForeground(statistics.meetsTarget() && !statisticsCut ? palette.text
				: palette.tone(Tone.WARNING));
		summary[1].setForeground(statistics.floods().isEmpty() && statistics.chattering().isEmpty() ? palette.text
				: palette.tone(Tone.WARNING));
		frequent.removeAll();
		for (Map.Entry<String, Integer> e : statistics.mostFrequent()) {
			TableItem item = new TableItem(frequent, SWT.NONE);
			item.setText(new String[] { e.getKey(), Integer.toString(e.getValue()), String.format(Locale.ROOT,
					"%.0f %%", 100.0 * e.getValue() / Math.max(1, statistics.raised())) });
		}
		area.layout(true, true);
	}

	List<AlarmHistoryRows.Row> rows() {
		return rows;
	}

	AlarmStatistics statistics() {
		return statistics;
	}

	String statusText() {
		return status.getText();
	}

	String summaryText() {
		return summary[0].getText() + "\n" + summary[1].getText() + "\n" + summary[2].getText();
	}

	/** Older › and ‹ Newer, as the operator clicks them (tests). */
	FlatButton olderButton() {
		return older;
	}

	FlatButton newerButton() {
		return newer;
	}

	void filter(String text, boolean active) {
		contains.setText(text);
		onlyActive.setSelection(active);
		show();
	}

	Composite control() {
		return area;
	}
}
