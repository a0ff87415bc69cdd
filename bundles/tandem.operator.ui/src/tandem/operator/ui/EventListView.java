package tandem.operator.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.history.CelFilter;
import tandem.runtime.api.history.CelFilter.Category;
import tandem.runtime.api.history.CelPage;
import tandem.runtime.api.history.PlantHistory;

/**
 * The chronological event list as the serving node holds it: newest first, a page at a time, filtered by time
 * range, category (alarm, operator action, system, role change), user, variable and free text; each entry with its
 * time to the millisecond, category, source (the node for system entries, the variable or alarm otherwise), user
 * and text. Older pages continue strictly after the last entry shown, so entries recorded meanwhile never shift a
 * page.
 */
final class EventListView {

	static final int PAGE = 200;
	private static final String[] RANGES = { "last hour", "last 8 hours", "last 24 hours", "last 7 days", "all" };
	private static final long[] RANGE_MS = { 3_600_000, 8 * 3_600_000, 24 * 3_600_000, 7 * 24 * 3_600_000L, 0 };

	private final Optional<PlantHistory> history;
	private final LongSupplier clock;
	private final DateTimeFormatter time;
	private final Palette palette;
	private final Composite area;
	private final Combo range;
	private final Button[] categories = new Button[Category.values().length];
	private final Text user;
	private final Text subject;
	private final Text text;
	private final Table table;
	private final Label status;
	private final FlatButton older;
	private final FlatButton newer;
	private final Deque<CelFilter> pages = new ArrayDeque<>();
	private CelFilter current;
	private CelPage shown;
	private long asked;

	EventListView(Composite parent, Palette palette, Optional<PlantHistory> history, LongSupplier clock,
			ZoneId zone) {
		this.history = history;
		this.clock = clock;
		this.palette = palette;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(zone);
		area = new Composite(parent, SWT.NONE);
		area.setBackground(palette.panel);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		area.setLayout(layout);

		Composite filters = row(6);
		label(filters, "Time");
		range = new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN);
		range.setItems(RANGES);
		range.select(1);
		range.setFont(palette.normal);
		String[] names = { "Alarms", "Operator actions", "System", "Role changes" };
		for (Category c : Category.values()) {
			Button b = new Button(filters, SWT.CHECK);
			b.setText(names[c.ordinal()]);
			b.setBackground(palette.panel);
			b.setForeground(palette.text);
			b.setFont(palette.normal);
			categories[c.ordinal()] = b;
		}
		Composite fields = row(8);
		label(fields, "User");
		user = field(fields, 110);
		label(fields, "Variable");
		subject = field(fields, 200);
		label(fields, "Text");
		text = field(fields, 260);
		FlatButton apply = new FlatButton(fields, palette, "Filter", true);
		apply.onClick(e -> first());
		FlatButton newest = new FlatButton(fields, palette, "Newest", false);
		newest.onClick(e -> first());

		table = new Table(area, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.MULTI);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setBackground(palette.row);
		table.setForeground(palette.text);
		table.setFont(palette.normal);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setHeaderBackground(palette.header);
		table.setHeaderForeground(palette.textMuted);
		column("Time", 190);
		column("Node", 80);
		column("Category", 90);
		column("Source", 200);
		column("User", 90);
		column("Text", 560);

		Composite paging = row(4);
		newer = new FlatButton(paging, palette, "‹ Newer", false);
		newer.setEnabled(false);
		newer.onClick(e -> newer());
		older = new FlatButton(paging, palette, "Older ›", false);
		older.onClick(e -> older());
		status = new Label(paging, SWT.NONE);
		status.setBackground(palette.panel);
		status.setForeground(palette.textMuted);
		status.setFont(palette.normal);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (Text t : new Text[] { user, subject, text }) {
			t.addListener(SWT.DefaultSelection, e -> first());
		}
	}

	private Composite row(int columns) {
		Composite c = new Composite(area, SWT.NONE);
		c.setBackground(palette.panel);
		c.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout l = new GridLayout(columns, false);
		l.marginWidth = 0;
		l.marginHeight = 2;
		l.horizontalSpacing = 8;
		c.setLayout(l);
		return c;
	}

	private void label(Composite parent, String s) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(s);
		l.setFont(palette.bold);
		l.setForeground(palette.accentText);
		l.setBackground(palette.panel);
	}

	private Text field(Composite parent, int width) {
		Text t = new Text(parent, SWT.BORDER | SWT.SINGLE);
		t.setFont(palette.normal);
		t.setBackground(palette.input);
		t.setForeground(palette.text);
		GridData d = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		d.widthHint = width;
		t.setLayoutData(d);
		return t;
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	/** The filter as the operator set it, for the first (newest) page. */
	CelFilter filter() {
		long now = clock.getAsLong();
		long span = RANGE_MS[Math.max(0, range.getSelectionIndex())];
		Set<Category> chosen = EnumSet.noneOf(Category.class);
		for (Category c : Category.values()) {
			if (categories[c.ordinal()].getSelection()) {
				chosen.add(c);
			}
		}
		return CelFilter.newest(span == 0 ? 0 : now - span, Long.MAX_VALUE, PAGE).withCategories(chosen)
				.withUser(user.getText()).withSubject(subject.getText()).withText(text.getText());
	}

	/** Shows the newest page of the current filter. */
	void first() {
		pages.clear();
		load(filter());
	}

	private void older() {
		if (shown == null || !shown.more() || shown.entries().isEmpty()) {
			return;
		}
		CelEntry last = shown.entries().get(shown.entries().size() - 1);
		pages.push(current);
		load(current.after(last.time(), last.key()));
	}

	private void newer() {
		if (!pages.isEmpty()) {
			load(pages.pop());
		}
	}

	private void load(CelFilter f) {
		current = f;
		if (history.isEmpty()) {
			status.setText("this station has no history connection");
			return;
		}
		long ask = ++asked;
		status.setText("asking the server …");
		history.get().cel(f).whenComplete((page, error) -> area.getDisplay().asyncExec(() -> {
			if (area.isDisposed() || ask != asked) {
				return;
			}
			if (error != null) {
				Throwable cause = error.getCause() != null ? error.getCause() : error;
				status.setText("the event list is not available: " + cause.getMessage());
			} else {
				show(page);
			}
			status.getParent().layout(true);
		}));
	}

	private void show(CelPage page) {
		shown = page;
		table.setRedraw(false);
		table.removeAll();
		for (CelEntry e : page.entries()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { time.format(Instant.ofEpochMilli(e.time())), e.node(), category(e), e.source(),
					e.user(), e.text() });
		}
		table.setRedraw(true);
		older.setEnabled(page.more());
		newer.setEnabled(!pages.isEmpty());
		status.setText("page " + (pages.size() + 1) + " · " + page.entries().size() + " entries, newest first"
				+ (page.more() ? " · older entries follow" : " · no older entries") + " · answered by "
				+ page.node());
	}

	private static String category(CelEntry e) {
		if (e.key().contains(":ROLE-")) {
			return "ROLE";
		}
		return switch (e.category()) {
		case ALARM -> "ALARM";
		case OPERATOR -> "OPERATOR";
		case SYSTEM -> "SYSTEM";
		};
	}

	/** The entries shown, as the table holds them (tests): time, category, source, user, text, node. */
	java.util.List<String[]> rows() {
		java.util.List<String[]> out = new java.util.ArrayList<>();
		for (TableItem i : table.getItems()) {
			out.add(new String[] { i.getText(0), i.getText(2), i.getText(3), i.getText(4), i.getText(5), i.getText(1) });
		}
		return out;
	}

	String statusText() {
		return status.getText();
	}

	/** ‹ Newer, as the operator sees it (tests). */
	FlatButton newerButton() {
		return newer;
	}

	void choose(Set<Category> cats) {
		for (Category c : Category.values()) {
			categories[c.ordinal()].setSelection(cats.contains(c));
		}
	}

	Composite control() {
		return area;
	}
}
