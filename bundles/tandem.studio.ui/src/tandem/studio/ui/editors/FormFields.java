package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import tandem.studio.core.op.FeatureValues;
import tandem.studio.core.op.SetFeatureOperation;

/**
 * Label + field rows for attributes of one element (a two-column GridLayout parent). A typed value is applied
 * when the engineer presses Enter or leaves the field, as one command; a value that does not fit is refused and
 * the field shows the model's value again.
 */
public final class FormFields {

	private final ProjectEditor editor;
	private final Supplier<EObject> owner;
	private final List<Runnable> refreshers = new ArrayList<>();

	public FormFields(ProjectEditor editor, Supplier<EObject> owner) {
		this.editor = editor;
		this.owner = owner;
	}

	public Control add(Composite parent, String label, EAttribute attribute) {
		new Label(parent, SWT.NONE).setText(label);
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == boolean.class) {
			Button check = new Button(parent, SWT.CHECK);
			check.addListener(SWT.Selection, e -> apply(attribute, check.getSelection()));
			refreshers.add(() -> check.setSelection(Boolean.TRUE.equals(owner.get().eGet(attribute))));
			return check;
		}
		if (attribute.getEAttributeType() instanceof EEnum e) {
			Combo combo = new Combo(parent, SWT.READ_ONLY);
			e.getELiterals().forEach(l -> combo.add(l.getName()));
			combo.addListener(SWT.Selection, ev -> apply(attribute, e.getELiterals().get(combo.getSelectionIndex()).getInstance()));
			refreshers.add(() -> combo.setText(String.valueOf(owner.get().eGet(attribute))));
			return combo;
		}
		boolean multiLine = attribute.getName().equals("description");
		Text text = new Text(parent, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		if (multiLine) {
			data.heightHint = 48;
		}
		text.setLayoutData(data);
		Runnable show = () -> text.setText(FeatureValues.format(owner.get().eGet(attribute)));
		refreshers.add(() -> {
			if (!text.isFocusControl()) {
				show.run();
			}
		});
		Runnable commit = () -> {
			if (!text.getText().equals(FeatureValues.format(owner.get().eGet(attribute)))) {
				editor.edit(() -> apply(attribute, FeatureValues.parse(attribute, text.getText())));
				show.run();
			}
		};
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		text.addListener(SWT.FocusOut, e -> commit.run());
		return text;
	}

	private void apply(EAttribute attribute, Object value) {
		EObject target = owner.get();
		if (target != null) {
			new SetFeatureOperation(editor.session(), target, attribute, value).execute();
		}
	}

	/** Shows the model's current values (fields being typed in are left alone). */
	public void refresh() {
		if (owner.get() != null) {
			refreshers.forEach(Runnable::run);
		}
	}
}
