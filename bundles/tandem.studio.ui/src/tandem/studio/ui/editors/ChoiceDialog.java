package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Check boxes for choosing several of a few values (a user's roles, a role's permissions). */
final class ChoiceDialog<T> extends Dialog {

	private final String title;
	private final List<T> values;
	private final Function<T, String> label;
	private final List<T> chosen;
	private final List<Button> boxes = new ArrayList<>();

	ChoiceDialog(Shell parent, String title, List<T> values, Function<T, String> label, Collection<T> chosen) {
		super(parent);
		this.title = title;
		this.values = values;
		this.label = label;
		this.chosen = new ArrayList<>(chosen);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		for (T value : values) {
			Button box = new Button(area, SWT.CHECK);
			box.setText(label.apply(value));
			box.setSelection(chosen.contains(value));
			boxes.add(box);
		}
		return area;
	}

	@Override
	protected void okPressed() {
		chosen.clear();
		for (int i = 0; i < values.size(); i++) {
			if (boxes.get(i).getSelection()) {
				chosen.add(values.get(i));
			}
		}
		super.okPressed();
	}

	List<T> chosen() {
		return chosen;
	}
}
