package tandem.operator.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import tandem.operator.ui.station.PlantCatalog;
import tandem.hmi.Tone;
import tandem.operator.ui.station.ValueText;
import tandem.operator.ui.station.VariableGroups;
import tandem.operator.ui.station.VariableInfo;
import tandem.runtime.api.Value;

/**
 * The live values, one plant section per group. A writable variable carries a pencil and opens the write dialog on
 * double-click. While the picture is not live, a banner says so and every value is greyed and marked stale.
 */
final class ValuesView {

	static final int NAME = 0;
	static final int VALUE = 1;
	static final int UNIT = 2;
	static final int QUALITY = 3;
	static final int TIME = 4;
	static final int DESCRIPTION = 5;
	private static final String WRITABLE_MARK = "  ✎";

	private final Palette palette;
	private final PlantCatalog catalog;
	private final ValueText format;
	private final Composite area;
	private final Label banner;
	private final Tree tree;
	private final Map<String, TreeItem> items = new HashMap<>();
	private final Map<String, TreeItem> groups = new HashMap<>();
	private final Map<String, Value> current = new HashMap<>();
	private boolean live;

	ValuesView(Composite parent, Palette palette, PlantCatalog catalog, ValueText format,
			Consumer<VariableInfo> onWrite) {
		this.palette = palette;
		this.catalog = catalog;
		this.format = format;
		area = new Composite(parent, SWT.NONE);
		area.setBackground(palette.panel);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		area.setLayout(layout);
		banner = new Label(area, SWT.NONE);
		banner.setFont(palette.bold);
		banner.setForeground(palette.onTone());
		banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		tree = new Tree(area, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setBackground(palette.row);
		tree.setForeground(palette.text);
		tree.setFont(palette.normal);
		tree.setHeaderVisible(true);
		tree.setHeaderBackground(palette.header);
		tree.setHeaderForeground(palette.textMuted);
		column("Variable", 250, SWT.LEFT);
		column("Value", 130, SWT.RIGHT);
		column("Unit", 70, SWT.LEFT);
		column("Quality", 100, SWT.LEFT);
		column("Time", 90, SWT.LEFT);
		column("Description", 380, SWT.LEFT);
		for (VariableGroups.Group g : VariableGroups.of(catalog.variables())) {
			for (VariableInfo v : g.variables()) {
				item(v);
			}
		}
		groups.values().forEach(g -> g.setExpanded(true));
		tree.addListener(SWT.DefaultSelection, e -> {
			if (e.item != null && e.item.getData() instanceof VariableInfo v) {
				onWrite.accept(v);
			}
		});
		showLive(true);
		banner(null, Tone.NORMAL);
	}

	private void column(String title, int width, int alignment) {
		TreeColumn c = new TreeColumn(tree, alignment);
		c.setText(title);
		c.setWidth(width);
	}

	Composite control() {
		return area;
	}

	private TreeItem item(VariableInfo v) {
		TreeItem item = items.get(v.name());
		if (item != null) {
			return item;
		}
		String groupName = VariableGroups.groupOf(v.name());
		TreeItem group = groups.computeIfAbsent(groupName, this::groupItem);
		item = new TreeItem(group, SWT.NONE);
		item.setData(v);
		item.setText(NAME, VariableGroups.memberName(v.name()) + (v.writable() ? WRITABLE_MARK : ""));
		item.setText(DESCRIPTION, v.description());
		item.setForeground(DESCRIPTION, palette.textMuted);
		item.setBackground(group.getItemCount() % 2 == 0 ? palette.rowAlternate : palette.row);
		items.put(v.name(), item);
		render(item, v);
		return item;
	}

	private TreeItem groupItem(String name) {
		TreeItem group = new TreeItem(tree, SWT.NONE);
		group.setText(NAME, name);
		group.setFont(palette.bold);
		group.setForeground(palette.accentText);
		group.setBackground(palette.group);
		return group;
	}

	/** Applies changed values; a variable the project does not know is listed under its group anyway. */
	void update(Map<String, Value> changed) {
		current.putAll(changed);
		tree.setRedraw(false);
		try {
			for (String name : changed.keySet()) {
				TreeItem item = items.get(name);
				if (item == null) {
					item = item(catalog.variable(name));
					item.getParentItem().setExpanded(true);
				}
				render(item, (VariableInfo) item.getData());
			}
		} finally {
			tree.setRedraw(true);
		}
	}

	/** Switches between the live picture and the frozen one (greyed, marked stale). */
	void showLive(boolean isLive) {
		live = isLive;
		tree.setRedraw(false);
		try {
			items.values().forEach(item -> render(item, (VariableInfo) item.getData()));
		} finally {
			tree.setRedraw(true);
		}
	}

	/** A line above the values, e.g. why and since when they are frozen; null hides it. */
	void banner(String text, Tone tone) {
		boolean show = text != null;
		banner.setVisible(show);
		((GridData) banner.getLayoutData()).exclude = !show;
		if (show) {
			banner.setText("   " + text);
			banner.setBackground(palette.tone(tone));
		}
		area.layout(true);
	}

	private void render(TreeItem item, VariableInfo v) {
		ValueText.Cell cell = format.cell(v, current.get(v.name()), live);
		item.setText(VALUE, cell.value());
		item.setText(UNIT, cell.unit());
		item.setText(QUALITY, cell.quality());
		item.setText(TIME, cell.time());
		item.setFont(VALUE, palette.monoBold);
		item.setForeground(VALUE, cell.tone() == Tone.NORMAL ? palette.text : palette.tone(cell.tone()));
		item.setForeground(QUALITY, palette.tone(cell.tone() == Tone.NORMAL ? Tone.STALE : cell.tone()));
		item.setForeground(NAME, live ? palette.text : palette.tone(Tone.STALE));
		item.setForeground(UNIT, live ? palette.textMuted : palette.tone(Tone.STALE));
		item.setForeground(TIME, palette.textMuted);
	}

	/** The texts of a variable's row (value, unit, quality), for tests. */
	List<String> row(String variable) {
		TreeItem item = items.get(variable);
		return item == null ? List.of()
				: List.of(item.getText(VALUE), item.getText(UNIT), item.getText(QUALITY));
	}

	boolean bannerVisible() {
		return banner.getVisible();
	}

	String bannerText() {
		return banner.getText().trim();
	}

	Tree tree() {
		return tree;
	}

	List<String> groupNames() {
		return java.util.Arrays.stream(tree.getItems()).map(i -> i.getText(NAME)).toList();
	}
}
