package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.RecipeValue;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.op.AddElementsOperation;
import tandem.studio.core.op.RecipeRowsOperation;
import tandem.studio.core.op.SetFeatureOperation;

/**
 * Recipes as a grid, as operators think of them: for the selected recipe group, one row per variable the group
 * sets and one column per recipe; a cell is that recipe's value, typed in place (an empty cell of a recipe that
 * does not set the variable yet adds the value).
 */
public final class RecipesEditor extends ProjectEditor {

	public static final String ID = "tandem.studio.ui.recipesEditor";

	private ElementTable groups;
	private TableViewer grid;
	private Group gridGroup;

	@Override
	protected void createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Group groupsGroup = new Group(sash, SWT.NONE);
		groupsGroup.setText("Recipe groups");
		groupsGroup.setLayout(new GridLayout(1, false));
		ToolBar groupsBar = new ToolBar(groupsGroup, SWT.FLAT | SWT.RIGHT);
		item(groupsBar, "Add group", this::addGroup);
		item(groupsBar, "Delete…", () -> Deletion.ask(this, groups.selected()));
		groups = new ElementTable(groupsGroup, this, () -> session().project().getRecipeGroups(),
				List.of(FeatureColumn.of("Name", 160, Literals.NAMED_ELEMENT__NAME), FeatureColumn.of("Description", 220, Literals.RECIPE_GROUP__DESCRIPTION)));
		groups.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		gridGroup = new Group(sash, SWT.NONE);
		gridGroup.setLayout(new GridLayout(1, false));
		ToolBar gridBar = new ToolBar(gridGroup, SWT.FLAT | SWT.RIGHT);
		item(gridBar, "Add recipe", () -> {
			RecipeGroup group = shownGroup();
			if (group != null) {
				addRecipe(group.getRecipes().isEmpty() ? null : group.getRecipes().get(group.getRecipes().size() - 1));
			}
		});
		removeRecipeItem(gridBar);
		item(gridBar, "Add variable…", this::chooseVariable);
		item(gridBar, "Remove variable", () -> {
			Object row = ((IStructuredSelection) grid.getSelection()).getFirstElement();
			if (row instanceof Variable variable) {
				removeVariable(variable);
			}
		});
		grid = new TableViewer(gridGroup, SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		grid.getTable().setHeaderVisible(true);
		grid.getTable().setLinesVisible(true);
		grid.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		grid.setContentProvider(ArrayContentProvider.getInstance());
		sash.setWeights(30, 70);
		groups.viewer().addSelectionChangedListener(e -> rebuildGrid());
		getSite().setSelectionProvider(new MergedSelection(List.of(groups.viewer(), grid)));
		if (!session().project().getRecipeGroups().isEmpty()) {
			groups.select(session().project().getRecipeGroups().get(0));
		}
		rebuildGrid();
	}

	private static void item(ToolBar bar, String text, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	/** A drop-down of the shown group's recipes: the chosen one is deleted (asking as any delete does). */
	private void removeRecipeItem(ToolBar bar) {
		ToolItem remove = new ToolItem(bar, SWT.DROP_DOWN);
		remove.setText("Delete recipe");
		Menu menu = new Menu(bar.getShell(), SWT.POP_UP);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem old : menu.getItems()) {
				old.dispose();
			}
			RecipeGroup group = shownGroup();
			for (Recipe recipe : group == null ? List.<Recipe>of() : group.getRecipes()) {
				MenuItem item = new MenuItem(menu, SWT.PUSH);
				item.setText(recipe.getName());
				item.addListener(SWT.Selection, x -> Deletion.ask(this, List.of(recipe)));
			}
		});
		remove.addListener(SWT.Selection, e -> {
			var point = bar.toDisplay(remove.getBounds().x, remove.getBounds().y + remove.getBounds().height);
			menu.setLocation(point);
			menu.setVisible(true);
		});
	}

	private void addGroup() {
		RecipeGroup group = TandemFactory.eINSTANCE.createRecipeGroup();
		group.setName("NewRecipeGroup");
		Recipe first = TandemFactory.eINSTANCE.createRecipe();
		first.setName("Recipe1");
		group.getRecipes().add(first);
		edit(() -> {
			new AddElementsOperation(session(), session().project(), Literals.PROJECT__RECIPE_GROUPS, List.of(group), "Add recipe group").execute();
			groups.refresh();
			groups.select(group);
		});
	}

	/** Adds a recipe (a column) to the shown group with the values of template, as Add recipe does. */
	public Recipe addRecipe(Recipe template) {
		RecipeGroup group = shownGroup();
		Recipe[] added = new Recipe[1];
		edit(() -> added[0] = new RecipeRowsOperation(session(), group).addColumn(template == null ? "Recipe" : template.getName(), template));
		return added[0];
	}

	private void chooseVariable() {
		RecipeGroup group = shownGroup();
		if (group == null) {
			return;
		}
		List<Variable> rows = variables(group);
		VariableChooser chooser = new VariableChooser(getSite().getShell(), "Variable for the recipes of " + group.getName(),
				session().project().getVariables(), v -> v.isWritable() && !rows.contains(v), false);
		if (chooser.open() == org.eclipse.jface.window.Window.OK && !chooser.chosen().isEmpty()) {
			addVariable(chooser.chosen().get(0));
		}
	}

	/** Adds a row for variable: every recipe of the shown group gets a value for it (one undo step). */
	public void addVariable(Variable variable) {
		edit(() -> new RecipeRowsOperation(session(), shownGroup()).addRow(variable));
	}

	/** Removes the row of variable from every recipe of the shown group (one undo step). */
	public void removeVariable(Variable variable) {
		edit(() -> new RecipeRowsOperation(session(), shownGroup()).removeRow(variable));
	}

	/** The grid's table, for tests: what the engineer sees. */
	public org.eclipse.swt.widgets.Table gridTable() {
		return grid.getTable();
	}

	/** The group whose recipes the grid shows. */
	public RecipeGroup shownGroup() {
		Object first = ((IStructuredSelection) groups.viewer().getSelection()).getFirstElement();
		return first instanceof RecipeGroup g ? g : null;
	}

	private void rebuildGrid() {
		for (TableColumn column : grid.getTable().getColumns()) {
			column.dispose();
		}
		RecipeGroup group = shownGroup();
		gridGroup.setText(group == null ? "Recipes (select a group)" : "Recipes of " + group.getName());
		if (group == null) {
			grid.setInput(new Object[0]);
			return;
		}
		TableViewerColumn variableColumn = new TableViewerColumn(grid, SWT.LEFT);
		variableColumn.getColumn().setText("Variable");
		variableColumn.getColumn().setWidth(220);
		variableColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Variable v = (Variable) element;
				return v.getName() + (v.getUnit() == null ? "" : " [" + v.getUnit() + "]");
			}
		});
		for (Recipe recipe : group.getRecipes()) {
			TableViewerColumn column = new TableViewerColumn(grid, SWT.RIGHT);
			column.getColumn().setText(recipe.getName());
			column.getColumn().setWidth(110);
			column.getColumn().setToolTipText(recipe.getDescription());
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					RecipeValue value = valueOf(recipe, (Variable) element);
					return value == null ? "" : value.getValue();
				}
			});
			column.setEditingSupport(new ValueEditing(recipe));
		}
		grid.setInput(variables(group).toArray());
	}

	private static List<Variable> variables(RecipeGroup group) {
		Set<Variable> variables = new LinkedHashSet<>();
		group.getRecipes().forEach(r -> r.getValues().forEach(v -> variables.add(v.getVariable())));
		variables.remove(null);
		return new ArrayList<>(variables);
	}

	static RecipeValue valueOf(Recipe recipe, Variable variable) {
		return recipe.getValues().stream().filter(v -> v.getVariable() == variable).findFirst().orElse(null);
	}

	/** Sets the grid cell of recipe and variable as the engineer types it; for tests too. */
	public void setCell(Recipe recipe, Variable variable, String text) {
		edit(() -> {
			RecipeValue existing = valueOf(recipe, variable);
			if (existing != null) {
				new SetFeatureOperation(session(), existing, Literals.RECIPE_VALUE__VALUE, text).execute();
			} else if (!text.isBlank()) {
				RecipeValue value = TandemFactory.eINSTANCE.createRecipeValue();
				value.setVariable(variable);
				value.setValue(text);
				new AddElementsOperation(session(), recipe, Literals.RECIPE__VALUES, List.of(value),
						"Set " + variable.getName() + " in " + recipe.getName()).execute();
			}
		});
	}

	private final class ValueEditing extends EditingSupport {
		private final Recipe recipe;

		ValueEditing(Recipe recipe) {
			super(grid);
			this.recipe = recipe;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(grid.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			RecipeValue value = valueOf(recipe, (Variable) element);
			return value == null || value.getValue() == null ? "" : value.getValue();
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (!value.equals(getValue(element))) {
				setCell(recipe, (Variable) element, (String) value);
			}
		}
	}

	@Override
	protected void refresh(Collection<?> affected) {
		groups.refresh();
		if (grid.getTable().getColumnCount() - 1 != (shownGroup() == null ? -1 : shownGroup().getRecipes().size())) {
			rebuildGrid();
		} else {
			grid.setInput(shownGroup() == null ? new Object[0] : variables(shownGroup()).toArray());
			grid.refresh(true);
		}
	}

	@Override
	public void select(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof RecipeGroup group) {
				groups.select(group);
				if (element instanceof RecipeValue value && value.getVariable() != null) {
					grid.setSelection(new org.eclipse.jface.viewers.StructuredSelection(value.getVariable()), true);
				}
				return;
			}
		}
	}

	@Override
	public void setFocus() {
		grid.getControl().setFocus();
	}
}
