package tandem.operator.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import tandem.hmi.ActionOutcome;
import tandem.operator.ui.station.PlantCatalog;
import tandem.operator.ui.station.PlantCatalog.RecipeInfo;
import tandem.operator.ui.station.VariableInfo;

/**
 * Recipe download: pick a recipe, see which setpoints it will write next to their current values, download it and
 * read the server's answer. A user who may edit recipes changes values in place (double-click or Enter on a row;
 * edited values are marked) and saves them to the running project: the server checks them and applies them as the
 * next project version, held by every node. Unsaved edits block the download, so what is written is what is shown.
 */
final class RecipeView {

	private final Palette palette;
	private List<RecipeInfo> recipes;
	private final PlantCatalog catalog;
	private final Function<String, String> currentValue;
	private final Composite area;
	private final Combo choice;
	private final Label description;
	private final Table table;
	private final FlatButton download;
	private final FlatButton save;
	private final FlatButton discard;
	private final Label result;
	private final TableEditor editor;
	/** Variable → value text typed for the selected recipe and not saved yet. */
	private final Map<String, String> edits = new LinkedHashMap<>();
	private boolean actionsAllowed = true;

	/**
	 * @param currentValue variable → current value text with unit
	 * @param onDownload   called with the recipe name
	 * @param onSave       called with the recipe name and its edited values (variable → value text)
	 */
	RecipeView(Composite parent, Palette palette, PlantCatalog catalog, Function<String, String> currentValue,
			Consumer<String> onDownload, BiConsumer<String, Map<String, String>> onSave) {
		this.palette = palette;
		this.catalog = catalog;
		this.recipes = catalog.recipes();
		this.currentValue = currentValue;
		area = new Composite(parent, SWT.NONE);
		area.setBackground(palette.panel);
		GridLayout layout = new GridLayout(6, false);
		layout.marginWidth = 16;
		layout.marginHeight = 14;
		layout.horizontalSpacing = 12;
		layout.verticalSpacing = 10;
		area.setLayout(layout);

		label("Recipe", palette.bold, palette.accentText);
		choice = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		choice.setFont(palette.normal);
		choice.setBackground(palette.input);
		choice.setForeground(palette.text);
		GridData choiceData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		choiceData.widthHint = 320;
		choice.setLayoutData(choiceData);
		fillChoice();
		download = new FlatButton(area, palette, "Download recipe", true);
		download.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		save = new FlatButton(area, palette, "Save values", false);
		save.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		discard = new FlatButton(area, palette, "Discard edits", false);
		discard.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		result = label(recipes.isEmpty() ? "The project has no recipes." : "", palette.bold, palette.text);
		result.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		description = label("", palette.normal, palette.textMuted);
		description.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));

		table = new Table(area, SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
		table.setBackground(palette.row);
		table.setForeground(palette.text);
		table.setFont(palette.normal);
		table.setHeaderVisible(true);
		table.setHeaderBackground(palette.header);
		table.setHeaderForeground(palette.textMuted);
		column("Variable", 280, SWT.LEFT);
		column("Recipe value", 210, SWT.RIGHT);
		column("Current value", 160, SWT.RIGHT);
		column("Description", 400, SWT.LEFT);

		Label hint = label("Double-click a recipe value (or press Enter on its row) to change it; Save values "
				+ "stores the recipe in the running project.", palette.small, palette.textMuted);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));

		editor = new TableEditor(table);
		editor.horizontalAlignment = SWT.RIGHT;
		editor.grabHorizontal = true;
		table.addListener(SWT.DefaultSelection, e -> {
			if (e.item instanceof TableItem item) {
				edit(item);
			}
		});
		choice.addListener(SWT.Selection, e -> {
			edits.clear();
			showSelected();
		});
		download.onClick(e -> selected().ifPresent(r -> onDownload.accept(r.name())));
		save.onClick(e -> selected().ifPresent(r -> {
			if (!edits.isEmpty()) {
				onSave.accept(r.name(), new LinkedHashMap<>(edits));
			}
		}));
		discard.onClick(e -> {
			edits.clear();
			showSelected();
		});
		if (!recipes.isEmpty()) {
			choice.select(0);
		}
		showSelected();
	}

	private void fillChoice() {
		choice.removeAll();
		for (RecipeInfo r : recipes) {
			choice.add(r.group() + " / " + r.name());
		}
	}

	private Label label(String text, org.eclipse.swt.graphics.Font font, org.eclipse.swt.graphics.Color colour) {
		Label l = new Label(area, SWT.WRAP);
		l.setText(text);
		l.setFont(font);
		l.setForeground(colour);
		l.setBackground(palette.panel);
		return l;
	}

	private void column(String title, int width, int alignment) {
		TableColumn c = new TableColumn(table, alignment);
		c.setText(title);
		c.setWidth(width);
	}

	Composite control() {
		return area;
	}

	private java.util.Optional<RecipeInfo> selected() {
		int i = choice.getSelectionIndex();
		return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(recipes.get(i));
	}

	private void showSelected() {
		table.removeAll();
		RecipeInfo r = selected().orElse(null);
		description.setText(r == null ? "" : r.description());
		if (r != null) {
			for (Map.Entry<String, String> e : r.values().entrySet()) {
				TableItem item = new TableItem(table, SWT.NONE);
				VariableInfo v = catalog.variable(e.getKey());
				item.setData(e.getKey());
				item.setText(new String[] { e.getKey(), "", currentValue.apply(e.getKey()), v.description() });
				item.setForeground(3, palette.textMuted);
				item.setFont(1, palette.monoBold);
				item.setFont(2, palette.mono);
				item.setForeground(2, palette.textMuted);
				showValue(item, e.getValue());
			}
		}
		enableButtons();
		area.layout(true);
	}

	/** A recipe value, or the edit typed for it (in the accent colour, with the value it replaces). */
	private void showValue(TableItem item, String stored) {
		String variable = (String) item.getData();
		VariableInfo v = catalog.variable(variable);
		String unit = v.unit().isEmpty() ? "" : " " + v.unit();
		String edited = edits.get(variable);
		item.setText(1, edited == null ? stored + unit : edited + unit + "  (was " + stored + ")");
		item.setForeground(1, edited == null ? palette.text : palette.accentText);
	}

	private void enableButtons() {
		boolean any = selected().isPresent();
		download.setEnabled(actionsAllowed && any && edits.isEmpty());
		save.setEnabled(actionsAllowed && any && !edits.isEmpty());
		discard.setEnabled(!edits.isEmpty());
	}

	/** Opens the in-place editor on a row's recipe value; Enter or leaving the field keeps it, Escape cancels. */
	void edit(TableItem item) {
		RecipeInfo r = selected().orElse(null);
		if (r == null || !actionsAllowed) {
			return;
		}
		String variable = (String) item.getData();
		String stored = r.values().get(variable);
		Text field = new Text(table, SWT.RIGHT | SWT.SINGLE);
		field.setFont(palette.monoBold);
		field.setBackground(palette.input);
		field.setForeground(palette.text);
		field.setText(edits.getOrDefault(variable, stored));
		field.selectAll();
		boolean[] done = { false };
		Runnable keep = () -> {
			if (done[0]) {
				return;
			}
			done[0] = true;
			String typed = field.getText().strip();
			if (typed.isEmpty() || typed.equals(stored)) {
				edits.remove(variable);
			} else {
				edits.put(variable, typed);
			}
			field.dispose();
			if (!item.isDisposed()) {
				showValue(item, stored);
			}
			enableButtons();
		};
		field.addListener(SWT.FocusOut, e -> keep.run());
		field.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
				keep.run();
			} else if (e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
				done[0] = true;
				field.dispose();
			}
		});
		editor.setEditor(field, item, 1);
		field.setFocus();
	}

	/** Sets an edit as if typed into the row of {@code variable} (tests, and a future paste). */
	void setEdit(String variable, String value) {
		for (TableItem item : table.getItems()) {
			if (item.getData().equals(variable)) {
				edits.put(variable, value);
				showValue(item, selected().orElseThrow().values().get(variable));
			}
		}
		enableButtons();
	}

	/**
	 * The recipes of a newly active project version: the selection stays on the same recipe, and an edit that the
	 * new values hold (it was saved) is no longer marked.
	 */
	void replace(List<RecipeInfo> next) {
		String shown = selected().map(RecipeInfo::name).orElse(null);
		recipes = List.copyOf(next);
		fillChoice();
		int at = -1;
		for (int i = 0; i < recipes.size(); i++) {
			if (recipes.get(i).name().equals(shown)) {
				at = i;
			}
		}
		if (at < 0) {
			edits.clear();
			at = recipes.isEmpty() ? -1 : 0;
		}
		if (at >= 0) {
			choice.select(at);
			Map<String, String> now = recipes.get(at).values();
			edits.entrySet().removeIf(e -> e.getValue().equals(now.get(e.getKey())) || !now.containsKey(e.getKey()));
		}
		showSelected();
	}

	Map<String, String> edits() {
		return Map.copyOf(edits);
	}

	FlatButton saveButton() {
		return save;
	}

	Table table() {
		return table;
	}

	/** Refreshes the current values column. */
	void refreshCurrent() {
		for (TableItem item : table.getItems()) {
			item.setText(2, currentValue.apply((String) item.getData()));
		}
	}

	void allowActions(boolean allowed) {
		actionsAllowed = allowed;
		enableButtons();
	}

	void showResult(ActionOutcome outcome) {
		result.setText(outcome.text());
		result.setForeground(palette.tone(outcome.tone()));
		area.layout(true);
	}

	void select(String recipe) {
		for (int i = 0; i < recipes.size(); i++) {
			if (recipes.get(i).name().equals(recipe)) {
				choice.select(i);
				edits.clear();
				showSelected();
			}
		}
	}

	FlatButton downloadButton() {
		return download;
	}

	String resultText() {
		return result.getText();
	}
}
