package tandem.studio.ui.screens;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import tandem.model.ParameterValue;
import tandem.model.SymbolInstance;
import tandem.model.SymbolParameter;
import tandem.studio.core.screen.SymbolOperation;

/**
 * The Bindings panel's section for a selected symbol instance: which symbol it shows, a field per parameter of
 * the symbol (Enter or leaving the field sets the value, one undo step, and the instance is drawn with it at
 * once), its rotation and whether it is mirrored. A parameter left empty shows its default greyed.
 */
final class InstanceSection {

	private static final String[] ROTATIONS = { "0°", "90°", "180°", "270°" };

	private final BindingsPanel panel;
	private final ScreensEditor editor;

	InstanceSection(BindingsPanel panel, ScreensEditor editor) {
		this.panel = panel;
		this.editor = editor;
	}

	void create(Composite parent, SymbolInstance instance) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Symbol instance");
		group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		group.setLayout(new GridLayout(2, false));
		new Label(group, SWT.NONE).setText("Symbol:");
		Label symbol = new Label(group, SWT.NONE);
		symbol.setText(instance.getSymbol() == null ? "(none)" : instance.getSymbol().getName());
		symbol.setToolTipText("The instance is linked: a change to the symbol shows in every instance");
		if (instance.getSymbol() != null) {
			for (SymbolParameter p : instance.getSymbol().getParameters()) {
				parameter(group, instance, p);
			}
		}
		new Label(group, SWT.NONE).setText("Rotation:");
		Combo rotation = new Combo(group, SWT.READ_ONLY);
		rotation.setItems(ROTATIONS);
		rotation.addListener(SWT.Selection, e -> editor.change(
				() -> SymbolOperation.turn(editor.session(), instance, rotation.getSelectionIndex() * 90, instance.isMirrored())));
		panel.add(instance, "Rotation:", rotation, () -> rotation.select(Math.floorMod(instance.getRotation(), 360) / 90));
		new Label(group, SWT.NONE);
		Button mirrored = new Button(group, SWT.CHECK);
		mirrored.setText("Mirrored");
		mirrored.setToolTipText("Mirrored left to right, before the rotation");
		mirrored.addListener(SWT.Selection,
				e -> editor.change(() -> SymbolOperation.turn(editor.session(), instance, instance.getRotation(), mirrored.getSelection())));
		panel.add(instance, "Mirrored", mirrored, () -> mirrored.setSelection(instance.isMirrored()));
	}

	private void parameter(Composite group, SymbolInstance instance, SymbolParameter p) {
		String label = "$" + p.getName() + ":";
		new Label(group, SWT.NONE).setText(label);
		Text field = new Text(group, SWT.BORDER);
		field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (p.getDefaultValue() != null && !p.getDefaultValue().isEmpty()) {
			field.setMessage(p.getDefaultValue() + " (default)");
		}
		field.setToolTipText("Stands for this text in the symbol's variable names and texts; Enter sets it");
		Runnable show = () -> {
			String value = value(instance, p.getName());
			if (!field.getText().equals(value)) {
				field.setText(value);
			}
		};
		Runnable commit = () -> {
			if (field.isDisposed()) {
				return;
			}
			if (!field.getText().strip().equals(value(instance, p.getName()))) {
				editor.change(() -> SymbolOperation.setParameterValue(editor.session(), instance, p.getName(), field.getText()));
			}
			show.run(); // a refused value goes back to the one the instance has
		};
		field.addListener(SWT.DefaultSelection, e -> commit.run());
		field.addListener(SWT.FocusOut, e -> commit.run());
		panel.add(instance, label, field, () -> {
			if (!field.isFocusControl()) {
				show.run();
			}
		});
	}

	private static String value(SymbolInstance instance, String parameter) {
		for (ParameterValue v : instance.getParameterValues()) {
			if (parameter.equals(v.getParameter())) {
				return v.getValue() == null ? "" : v.getValue();
			}
		}
		return "";
	}
}
