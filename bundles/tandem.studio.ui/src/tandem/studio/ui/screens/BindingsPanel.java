package tandem.studio.ui.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import tandem.model.ColorRange;
import tandem.model.DataType;
import tandem.model.DynamicBinding;
import tandem.model.FillColorBinding;
import tandem.model.ScreenElement;
import tandem.model.SymbolInstance;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.screen.BindingOperation;
import tandem.studio.ui.editors.FormFields;
import tandem.studio.ui.editors.VariableChooser;

/**
 * The screen editor's Bindings panel, right of the canvas: the selected element's dynamic bindings, one section per
 * binding kind of the metamodel (fill colour with its ranges, fill level, visibility, text, blink). Each section
 * lists the element's bindings of that kind with their variable (chosen with the {@link VariableChooser}) and
 * attributes, and adds or removes one; every edit is one command on the project's stack. The widgets are built
 * again only when the bindings themselves come or go; a value edit only refreshes the fields.
 */
public final class BindingsPanel {

	private final ScreensEditor editor;
	private final ScrolledComposite scroll;
	private Composite content;
	private ScreenElement element;
	private List<Object> structure = List.of();
	private final List<FormFields> fields = new ArrayList<>();
	private final List<Runnable> refreshers = new ArrayList<>();
	/** Every attribute field shown, by what it edits: for {@link #type}. */
	private final List<Field> shownFields = new ArrayList<>();
	private Label problem;
	private boolean readOnly;

	BindingsPanel(Composite parent, ScreensEditor editor) {
		this.editor = editor;
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> fitWidth());
		rebuild();
	}

	Control control() {
		return scroll;
	}

	/** Shows the bindings of the one selected element (several or none selected: a hint instead). */
	void show(List<ScreenElement> selection) {
		ScreenElement shown = selection.size() == 1 ? selection.get(0) : null;
		if (shown != element || !structure.equals(structureOf(shown))) {
			element = shown;
			rebuild();
		} else {
			refresh();
		}
	}

	/** In preview the bindings can be read but not changed. */
	void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
		rebuild();
	}

	/** Values only: fields being typed in are left alone. */
	void refresh() {
		if (element != null && element.eContainer() == null) {
			show(List.of());
			return;
		}
		fields.forEach(FormFields::refresh);
		refreshers.forEach(Runnable::run);
	}

	private static List<Object> structureOf(ScreenElement e) {
		List<Object> s = new ArrayList<>();
		if (e instanceof SymbolInstance instance) {
			s.add(instance.getSymbol());
			if (instance.getSymbol() != null) {
				instance.getSymbol().getParameters().forEach(p -> s.add("$" + p.getName()));
			}
		}
		if (e != null) {
			for (DynamicBinding b : e.getBindings()) {
				s.add(b);
				if (b instanceof FillColorBinding c) {
					s.addAll(c.getRanges());
				}
			}
		}
		return s;
	}

	private void rebuild() {
		if (content != null) {
			content.dispose();
		}
		fields.clear();
		refreshers.clear();
		shownFields.clear();
		structure = structureOf(element);
		content = new Composite(scroll, SWT.NONE);
		content.setLayout(new GridLayout(1, false));
		scroll.setContent(content);
		Label title = new Label(content, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		problem = new Label(content, SWT.WRAP);
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		problem.setForeground(scroll.getDisplay().getSystemColor(SWT.COLOR_RED));
		if (element == null) {
			title.setText("Bindings\n\nSelect one element to see and edit its dynamic bindings.");
		} else {
			title.setText("Bindings of " + element.getName() + " (" + element.eClass().getName() + ")" + (readOnly ? " — preview, read-only" : ""));
			refreshers.add(this::showProblem);
			if (element instanceof SymbolInstance instance) {
				new InstanceSection(this, editor).create(content, instance);
			}
			for (EClass kind : BindingOperation.KINDS) {
				section(kind);
			}
		}
		refresh();
		fitWidth();
	}

	/** Lays the panel out as wide as it is shown (fields and texts wrap instead of running off to the right). */
	private void fitWidth() {
		int width = Math.max(200, scroll.getClientArea().width);
		scroll.setMinSize(content.computeSize(width, SWT.DEFAULT));
		content.layout(true, true);
	}

	private void showProblem() {
		String message = element == null ? null : editor.problemOf(element);
		String text = message == null ? "" : "⚠ " + message;
		if (!text.equals(problem.getText())) {
			problem.setText(text);
			fitWidth();
		}
	}

	private void section(EClass kind) {
		String words = BindingOperation.kindLabel(kind);
		Group group = new Group(content, SWT.NONE);
		group.setText(Character.toUpperCase(words.charAt(0)) + words.substring(1));
		group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		group.setLayout(new GridLayout(1, false));
		for (DynamicBinding binding : element.getBindings()) {
			if (binding.eClass() == kind) {
				binding(group, binding);
			}
		}
		Button add = new Button(group, SWT.PUSH);
		add.setText("Add " + words + " binding");
		add.setEnabled(!readOnly);
		add.addListener(SWT.Selection, e -> addBinding(kind));
	}

	private void binding(Composite group, DynamicBinding binding) {
		Composite form = new Composite(group, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		form.setLayout(new GridLayout(2, false));
		variableRow(form, binding);
		FormFields attributes = new FormFields(editor, () -> binding);
		for (EAttribute attribute : binding.eClass().getEAllAttributes()) {
			field(binding, words(attribute.getName()) + ":", attributes.add(form, words(attribute.getName()) + ":", attribute));
		}
		fields.add(attributes);
		if (binding instanceof FillColorBinding color) {
			ranges(form, color);
		}
		Button remove = new Button(form, SWT.PUSH);
		remove.setText("Remove binding");
		remove.setEnabled(!readOnly);
		remove.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
		remove.addListener(SWT.Selection, e -> editor.change(() -> op().remove(binding)));
	}

	private void variableRow(Composite form, DynamicBinding binding) {
		new Label(form, SWT.NONE).setText("Variable:");
		Composite row = new Composite(form, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		Text name = new Text(row, SWT.BORDER | SWT.READ_ONLY);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		shownFields.add(new Field(binding, "Variable:", name));
		refreshers.add(() -> {
			Variable v = binding.getVariable();
			boolean missing = v == null || v.eContainer() == null;
			name.setText(v == null ? "(none)" : v.getName() == null ? "?" : v.getName());
			name.setForeground(missing ? scroll.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		});
		Button choose = new Button(row, SWT.PUSH);
		shownFields.add(new Field(binding, "choose", choose));
		choose.setText("…");
		choose.setToolTipText("Choose the variable");
		choose.setEnabled(!readOnly);
		choose.addListener(SWT.Selection, e -> {
			VariableChooser chooser = new VariableChooser(scroll.getShell(), "Variable of the " + BindingOperation.kindLabel(binding.eClass())
					+ " binding", editor.session().project().getVariables(), fits(binding), false);
			if (chooser.open() == Window.OK && !chooser.chosen().isEmpty()) {
				chooseVariable(binding, chooser.chosen().get(0));
			}
		});
	}

	/** Variables that can drive a binding: a number for a fill level, anything but a string for a fill colour. */
	private static Predicate<Variable> fits(DynamicBinding binding) {
		if (binding.eClass() == Literals.FILL_LEVEL_BINDING) {
			return v -> v.getDataType() == DataType.INT || v.getDataType() == DataType.FLOAT;
		}
		if (binding.eClass() == Literals.FILL_COLOR_BINDING) {
			return v -> v.getDataType() != DataType.STRING;
		}
		return v -> true;
	}

	private void ranges(Composite form, FillColorBinding color) {
		Label heading = new Label(form, SWT.NONE);
		heading.setText("Ranges (from ≤ value ≤ to gives the colour):");
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Composite table = new Composite(form, SWT.NONE);
		table.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		table.setLayout(new GridLayout(7, false));
		for (ColorRange range : color.getRanges()) {
			FormFields row = new FormFields(editor, () -> range);
			field(range, "from", row.add(table, "from", Literals.COLOR_RANGE__FROM));
			field(range, "to", row.add(table, "to", Literals.COLOR_RANGE__TO));
			field(range, "colour", row.add(table, "colour", Literals.COLOR_RANGE__COLOR));
			fields.add(row);
			Button remove = new Button(table, SWT.PUSH);
			remove.setText("×");
			remove.setToolTipText("Remove this range");
			remove.setEnabled(!readOnly);
			remove.addListener(SWT.Selection, e -> editor.change(() -> op().removeRange(range)));
		}
		Button add = new Button(form, SWT.PUSH);
		add.setText("Add range");
		add.setEnabled(!readOnly);
		add.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		add.addListener(SWT.Selection, e -> editor.change(() -> op().addRange(color)));
	}

	/** "intervalMs" → "interval ms": attribute names as labels. */
	private static String words(String name) {
		return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}

	private BindingOperation op() {
		return new BindingOperation(editor.session());
	}

	/** Adds a binding of kind to the shown element, as its section's Add button does. */
	public DynamicBinding addBinding(EClass kind) {
		DynamicBinding[] added = new DynamicBinding[1];
		if (element != null && !readOnly) {
			editor.change(() -> added[0] = op().add(element, kind));
		}
		return added[0];
	}

	/** Points binding at variable, as choosing it in the variable chooser does. */
	public void chooseVariable(DynamicBinding binding, Variable variable) {
		editor.change(() -> op().setVariable(binding, variable));
	}

	private record Field(EObject owner, String label, Control control) {
	}

	/** A field of another section of the panel (the symbol instance's), refreshed and found by tests like the rest. */
	void add(EObject owner, String label, Control control, Runnable refresher) {
		field(owner, label, control);
		refreshers.add(refresher);
	}

	boolean readOnly() {
		return readOnly;
	}

	private void field(EObject owner, String label, Control control) {
		control.setEnabled(!readOnly);
		shownFields.add(new Field(owner, label, control));
	}

	/**
	 * Types text into the field labelled label of owner (a binding or one of its ranges, a symbol instance) and presses
	 * Enter, or chooses text in a drop-down, or sets a check box to "true"/"false"; for tests.
	 */
	public void type(EObject owner, String label, String text) {
		for (Field f : shownFields) {
			if (f.owner() == owner && f.label().equals(label) && f.control() instanceof Text t) {
				t.setText(text);
				t.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
				return;
			}
			if (f.owner() == owner && f.label().equals(label) && f.control() instanceof Button b && (b.getStyle() & SWT.CHECK) != 0) {
				b.setSelection(Boolean.parseBoolean(text));
				b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				return;
			}
			if (f.owner() == owner && f.label().equals(label) && f.control() instanceof org.eclipse.swt.widgets.Combo c && c.indexOf(text) >= 0) {
				c.select(c.indexOf(text));
				c.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				return;
			}
		}
		throw new IllegalArgumentException("no field '" + label + "' of " + owner + " is shown");
	}

	/** Presses the "…" button of binding's variable, which opens the variable chooser; for tests. */
	public void pressChoose(DynamicBinding binding) {
		for (Field f : shownFields) {
			if (f.owner() == binding && f.label().equals("choose")) {
				f.control().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				return;
			}
		}
		throw new IllegalArgumentException("no variable of " + binding + " is shown");
	}

	/** What the field labelled label of owner shows, for tests. */
	public String shown(EObject owner, String label) {
		for (Field f : shownFields) {
			if (f.owner() == owner && f.label().equals(label)) {
				return f.control() instanceof Text t ? t.getText() : f.control() instanceof org.eclipse.swt.widgets.Combo c ? c.getText()
						: f.control() instanceof Button b ? String.valueOf(b.getSelection()) : null;
			}
		}
		return null;
	}

	/** The section titles shown, for tests. */
	public List<String> sections() {
		List<String> titles = new ArrayList<>();
		for (Control c : content.getChildren()) {
			if (c instanceof Group g) {
				titles.add(g.getText());
			}
		}
		return titles;
	}

}
