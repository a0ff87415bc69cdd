package tandem.operator.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import tandem.hmi.ActionOutcome;
import tandem.operator.ui.station.PlantCatalog;
import tandem.operator.ui.station.PlantCatalog.RecipeInfo;
import tandem.operator.ui.station.VariableInfo;

/**
 * Recipe download: pick a recipe, see which setpoints it will write next to their current values, download it and
 * read the server's answer.
 */
final class RecipeView {

	private final Palette palette;
	private final List<RecipeInfo> recipes;
	private final PlantCatalog catalog;
	private final Function<String, String> currentValue;
	private final Composite area;
	private final Combo choice;
	private final Label description;
	private final Table table;
	private final FlatButton download;
	private final Label result;
	private boolean actionsAllowed = true;

	/**
	 * @param currentValue variable → current value text with unit
	 * @param onDownload   called with the recipe name
	 */
	RecipeView(Composite parent, Palette palette, PlantCatalog catalog, Function<String, String> currentValue,
			Consumer<String> onDownload) {
		this.palette = palette;
		this.catalog = catalog;
		this.recipes = catalog.recipes();
		this.currentValue = currentValue;
		area = new Composite(parent, SWT.NONE);
		area.setBackground(palette.panel);
		GridLayout layout = new GridLayout(4, false);
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
		for (RecipeInfo r : recipes) {
			choice.add(r.group() + " / " + r.name());
		}
		download = new FlatButton(area, palette, "Download recipe", true);
		download.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		result = label(recipes.isEmpty() ? "The project has no recipes." : "", palette.bold, palette.text);
		result.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		description = label("", palette.normal, palette.textMuted);
		description.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));

		table = new Table(area, SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		table.setBackground(palette.row);
		table.setForeground(palette.text);
		table.setFont(palette.normal);
		table.setHeaderVisible(true);
		table.setHeaderBackground(palette.header);
		table.setHeaderForeground(palette.textMuted);
		column("Variable", 280, SWT.LEFT);
		column("Recipe value", 140, SWT.RIGHT);
		column("Current value", 160, SWT.RIGHT);
		column("Description", 400, SWT.LEFT);

		choice.addListener(SWT.Selection, e -> showSelected());
		download.onClick(e -> selected().ifPresent(r -> onDownload.accept(r.name())));
		if (!recipes.isEmpty()) {
			choice.select(0);
		}
		showSelected();
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
				String unit = v.unit().isEmpty() ? "" : " " + v.unit();
				item.setText(new String[] { e.getKey(), e.getValue() + unit, currentValue.apply(e.getKey()),
						v.description() });
				item.setForeground(3, palette.textMuted);
				item.setData(e.getKey());
				item.setFont(1, palette.monoBold);
				item.setFont(2, palette.mono);
				item.setForeground(2, palette.textMuted);
			}
		}
		download.setEnabled(actionsAllowed && r != null);
		area.layout(true);
	}

	/** Refreshes the current values column. */
	void refreshCurrent() {
		for (TableItem item : table.getItems()) {
			item.setText(2, currentValue.apply((String) item.getData()));
		}
	}

	void allowActions(boolean allowed) {
		actionsAllowed = allowed;
		download.setEnabled(allowed && selected().isPresent());
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
