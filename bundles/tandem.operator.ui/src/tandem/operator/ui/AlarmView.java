package tandem.operator.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import tandem.operator.ui.station.AlarmFilter;
import tandem.operator.ui.station.AlarmRows;
import tandem.hmi.Tone;

/**
 * The active alarm list, always on screen below the values. Unacknowledged alarms come first, in bold, and their
 * class cell blinks until someone acknowledges them; colours are the project's alarm class colours. The operator can
 * narrow the list by group, class, priority and state ({@link AlarmFilter}); "Acknowledge shown" then acknowledges
 * what the filter shows (a group's alarms, say), each acknowledgement checked by the server as a single one is.
 */
final class AlarmView {

	static final int CLASS = 0;
	static final int TIME = 1;
	static final int TEXT = 2;
	static final int VARIABLE = 3;
	static final int STATE = 4;
	private static final int BLINK_MS = 600;

	private final Palette palette;
	private final Composite area;
	private final Label count;
	private final Table table;
	private final FlatButton acknowledgeSelected;
	private final FlatButton acknowledgeAll;
	private final FlatButton shelve;
	private final FlatButton unshelve;
	private final Combo group;
	private final Combo alarmClass;
	private final Combo priority;
	private final Combo state;
	private final List<String> groups;
	private final List<String> classes;
	private final List<Integer> priorities;
	/** Every active alarm; {@link #rows} is what the filter lets through. */
	private List<AlarmRows.Row> all = List.of();
	private List<AlarmRows.Row> rows = List.of();
	private AlarmFilter filter = AlarmFilter.NONE;
	private boolean blinkOn = true;
	private boolean actionsAllowed = true;
	private boolean live = true;

	/**
	 * @param groups     the project's alarm groups, for the group filter
	 * @param classes    the project's alarm classes, for the class filter
	 * @param priorities the classes' priorities, lowest first: the priority filter offers "at least" each
	 */
	AlarmView(Composite parent, Palette palette, List<String> groups, List<String> classes, List<Integer> priorities,
			Consumer<List<String>> onAcknowledge) {
		this(parent, palette, groups, classes, priorities, onAcknowledge, rows -> {
		}, rows -> {
		});
	}

	/**
	 * @param onShelve   the selected alarms to shelve (or take out of service)
	 * @param onUnshelve the selected shelved alarms to unshelve (or return to service)
	 */
	AlarmView(Composite parent, Palette palette, List<String> groups, List<String> classes, List<Integer> priorities,
			Consumer<List<String>> onAcknowledge, Consumer<List<AlarmRows.Row>> onShelve,
			Consumer<List<AlarmRows.Row>> onUnshelve) {
		this.palette = palette;
		this.groups = List.copyOf(groups);
		this.classes = List.copyOf(classes);
		this.priorities = List.copyOf(priorities);
		area = new Composite(parent, SWT.NONE);
		area.setBackground(palette.window);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		area.setLayout(layout);

		Composite bar = new Composite(area, SWT.NONE);
		bar.setBackground(palette.window);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(6, false);
		barLayout.marginWidth = 10;
		barLayout.marginHeight = 4;
		barLayout.verticalSpacing = 2;
		bar.setLayout(barLayout);
		Label title = new Label(bar, SWT.NONE);
		title.setText("ACTIVE ALARMS");
		title.setFont(palette.bold);
		title.setForeground(palette.accentText);
		title.setBackground(palette.window);
		group = choice(bar, "All groups", this.groups);
		alarmClass = choice(bar, "All classes", this.classes);
		priority = choice(bar, "Any priority", this.priorities.stream().map(p -> "priority ≥ " + p).toList());
		state = choice(bar, AlarmFilter.State.ALL.label(), java.util.Arrays.stream(AlarmFilter.State.values()).skip(1)
				.map(AlarmFilter.State::label).toList());
		Label filler = new Label(bar, SWT.NONE);
		filler.setBackground(palette.window);
		filler.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		// second line: the counts (what the filter hides, how many are shelved) and the actions on the list; beside
		// the filters they were cut off at 1280 px
		Composite actions = new Composite(bar, SWT.NONE);
		actions.setBackground(palette.window);
		actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
		GridLayout actionsLayout = new GridLayout(5, false);
		actionsLayout.marginWidth = 0;
		actionsLayout.marginHeight = 0;
		actions.setLayout(actionsLayout);
		count = new Label(actions, SWT.NONE);
		count.setFont(palette.normal);
		count.setForeground(palette.textMuted);
		count.setBackground(palette.window);
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		shelve = new FlatButton(actions, palette, "Shelve…", false);
		unshelve = new FlatButton(actions, palette, "Unshelve", false);
		acknowledgeSelected = new FlatButton(actions, palette, "Acknowledge selected", false);
		acknowledgeAll = new FlatButton(actions, palette, "Acknowledge all", true);

		table = new Table(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setBackground(palette.row);
		table.setForeground(palette.text);
		table.setFont(palette.normal);
		table.setHeaderVisible(true);
		table.setHeaderBackground(palette.header);
		table.setHeaderForeground(palette.textMuted);
		column("Class", 110);
		column("Raised", 200);
		column("Alarm", 330);
		column("Variable", 180);
		column("State", 420);

		acknowledgeSelected.onClick(e -> onAcknowledge.accept(selectedUnacknowledged()));
		acknowledgeAll.onClick(e -> onAcknowledge.accept(filter.toAcknowledge(all)));
		shelve.onClick(e -> onShelve.accept(selected(r -> !r.shelved())));
		unshelve.onClick(e -> onUnshelve.accept(selected(AlarmRows.Row::shelved)));
		table.addListener(SWT.Selection, e -> updateButtons());
		table.addListener(SWT.MouseHover, e -> {
			TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			AlarmRows.Row r = item == null ? null : (AlarmRows.Row) item.getData();
			table.setToolTipText(r == null ? null : r.text() + " (" + r.alarm() + ")\n" + r.state());
		});
		show(List.of());
		blink();
	}

	private Combo choice(Composite bar, String everything, List<String> values) {
		Combo c = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		c.setFont(palette.normal);
		c.add(everything);
		values.forEach(c::add);
		c.select(0);
		c.addListener(SWT.Selection, e -> filterChanged());
		return c;
	}

	private void filterChanged() {
		filter(new AlarmFilter(group.getSelectionIndex() <= 0 ? "" : groups.get(group.getSelectionIndex() - 1),
				alarmClass.getSelectionIndex() <= 0 ? "" : classes.get(alarmClass.getSelectionIndex() - 1),
				priority.getSelectionIndex() <= 0 ? 0 : priorities.get(priority.getSelectionIndex() - 1),
				AlarmFilter.State.values()[Math.max(0, state.getSelectionIndex())]));
	}

	/** Narrows the list (also what the filter bar's choices do). */
	void filter(AlarmFilter next) {
		filter = next;
		acknowledgeAll.setText(next.narrows() ? "Acknowledge shown" : "Acknowledge all");
		show(all);
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	Composite control() {
		return area;
	}

	void show(List<AlarmRows.Row> active) {
		List<String> selected = selectedKeys();
		all = List.copyOf(active);
		List<AlarmRows.Row> newRows = filter.apply(all);
		rows = newRows;
		table.setRedraw(false);
		try {
			table.removeAll();
			List<Integer> reselect = new ArrayList<>();
			for (AlarmRows.Row r : newRows) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setData(r);
				item.setText(new String[] { r.alarmClass(), r.time(), r.text(), r.variable(), r.state() });
				item.setFont(r.needsAck() ? palette.bold : palette.normal);
				item.setForeground(TIME, live ? palette.text : palette.tone(Tone.STALE));
				item.setForeground(TEXT, live ? palette.text : palette.tone(Tone.STALE));
				item.setForeground(STATE, live && r.needsAck() && !r.shelved() ? palette.tone(Tone.WARNING)
						: palette.textMuted);
				item.setForeground(VARIABLE, palette.textMuted);
				paintClassCell(item, r);
				if (selected.contains(r.key())) {
					reselect.add(table.indexOf(item));
				}
			}
			table.select(reselect.stream().mapToInt(Integer::intValue).toArray());
		} finally {
			table.setRedraw(true);
		}
		showCount();
		updateButtons();
	}

	private void showCount() {
		long active = all.stream().filter(r -> r.occurrence() && !r.shelved()).count();
		long open = all.stream().filter(r -> r.needsAck() && !r.shelved()).count();
		long shelved = all.stream().filter(r -> r.shelved() && !r.shelving().outOfService())
				.map(AlarmRows.Row::alarm).distinct().count();
		long outOfService = all.stream().filter(r -> r.shelved() && r.shelving().outOfService())
				.map(AlarmRows.Row::alarm).distinct().count();
		String suppressed = (shelved > 0 ? " · " + shelved + " shelved" : "")
				+ (outOfService > 0 ? " · " + outOfService + " out of service" : "");
		String shown = filter.narrows() ? " · showing " + rows.size() + " (" + filter.describe() + ")" : "";
		count.setText(active + " active · " + open + " unacknowledged" + suppressed + shown
				+ (live ? "" : " · FROZEN, not live"));
		count.setForeground(!live ? palette.tone(Tone.STALE) : open > 0 ? palette.tone(Tone.WARNING)
				: palette.textMuted);
		count.getParent().layout(true);
	}

	/** While the picture is frozen the list may be out of date: it says so, greyed, and cannot be acknowledged. */
	void showLive(boolean isLive) {
		live = isLive;
		actionsAllowed = isLive;
		show(all);
	}

	private void updateButtons() {
		boolean any = rows.stream().anyMatch(AlarmRows.Row::needsAck);
		acknowledgeAll.setEnabled(actionsAllowed && any);
		acknowledgeSelected.setEnabled(actionsAllowed && any);
		List<AlarmRows.Row> shelvedSelection = selected(AlarmRows.Row::shelved);
		shelve.setEnabled(actionsAllowed && !selected(r -> !r.shelved()).isEmpty());
		unshelve.setEnabled(actionsAllowed && !shelvedSelection.isEmpty());
		unshelve.setText(!shelvedSelection.isEmpty() && shelvedSelection.stream()
				.allMatch(r -> r.shelving().outOfService()) ? "Return to service" : "Unshelve");
	}

	/** The selected rows that pass test, one per alarm definition (shelving applies to the definition). */
	private List<AlarmRows.Row> selected(java.util.function.Predicate<AlarmRows.Row> test) {
		java.util.Map<String, AlarmRows.Row> byAlarm = new java.util.LinkedHashMap<>();
		for (TableItem item : table.getSelection()) {
			AlarmRows.Row r = (AlarmRows.Row) item.getData();
			if (test.test(r)) {
				byAlarm.putIfAbsent(r.alarm(), r);
			}
		}
		return List.copyOf(byAlarm.values());
	}

	FlatButton shelveButton() {
		return shelve;
	}

	FlatButton unshelveButton() {
		return unshelve;
	}

	Combo groupFilter() {
		return group;
	}

	Combo stateFilter() {
		return state;
	}

	private void paintClassCell(TableItem item, AlarmRows.Row r) {
		boolean lit = !r.needsAck() || r.shelved() || blinkOn; // a shelved alarm is silenced: it does not blink
		item.setBackground(CLASS, lit ? palette.of(r.colour()) : palette.row);
		item.setForeground(CLASS, lit ? palette.of(r.textColour()) : palette.of(r.colour()));
	}

	/** Unacknowledged alarms blink at a calm rate, so they draw the eye without making the list unreadable. */
	private void blink() {
		if (table.isDisposed()) {
			return;
		}
		blinkOn = !blinkOn;
		for (TableItem item : table.getItems()) {
			AlarmRows.Row r = (AlarmRows.Row) item.getData();
			if (r.needsAck() && !r.shelved()) {
				paintClassCell(item, r);
			}
		}
		table.getDisplay().timerExec(BLINK_MS, this::blink);
	}

	private List<String> selectedKeys() {
		List<String> keys = new ArrayList<>();
		for (TableItem item : table.getSelection()) {
			keys.add(((AlarmRows.Row) item.getData()).key());
		}
		return keys;
	}

	private List<String> selectedUnacknowledged() {
		List<String> keys = new ArrayList<>();
		for (TableItem item : table.getSelection()) {
			AlarmRows.Row r = (AlarmRows.Row) item.getData();
			if (r.needsAck()) {
				keys.add(r.key());
			}
		}
		return keys;
	}

	Table table() {
		return table;
	}

	List<AlarmRows.Row> rows() {
		return rows;
	}

	FlatButton acknowledgeAllButton() {
		return acknowledgeAll;
	}

	FlatButton acknowledgeSelectedButton() {
		return acknowledgeSelected;
	}

	String countText() {
		return count.getText();
	}
}
