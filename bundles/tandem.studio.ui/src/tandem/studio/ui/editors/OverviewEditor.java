package tandem.studio.ui.editors;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import tandem.model.TandemPackage.Literals;
import tandem.model.validation.ValidationResult;
import tandem.studio.core.Category;

/** The project at a glance: name, description and version to edit; how much it holds; whether it is valid. */
public final class OverviewEditor extends ProjectEditor {

	public static final String ID = "tandem.studio.ui.overviewEditor";

	private FormFields fields;
	private Label counts;
	private Label state;
	private Font bold;

	@Override
	protected void createContent(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Group general = new Group(parent, SWT.NONE);
		general.setText("Project");
		general.setLayout(new GridLayout(2, false));
		general.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fields = new FormFields(this, session()::project);
		fields.add(general, "Name:", Literals.NAMED_ELEMENT__NAME);
		fields.add(general, "Description:", Literals.PROJECT__DESCRIPTION);
		fields.add(general, "Version:", Literals.PROJECT__VERSION);
		Group contents = new Group(parent, SWT.NONE);
		contents.setText("Contents");
		contents.setLayout(new GridLayout(1, false));
		contents.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		counts = new Label(contents, SWT.WRAP);
		counts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Group validation = new Group(parent, SWT.NONE);
		validation.setText("Validation");
		validation.setLayout(new GridLayout(1, false));
		validation.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		state = new Label(validation, SWT.WRAP);
		state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		FontData data = state.getFont().getFontData()[0];
		bold = new Font(state.getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
		state.setFont(bold);
		refresh(java.util.List.of());
	}

	@Override
	protected void refresh(Collection<?> affected) {
		if (counts.isDisposed()) {
			return;
		}
		fields.refresh();
		StringBuilder text = new StringBuilder();
		for (Category category : Category.values()) {
			int n = category.count(session().project());
			if (n >= 0) {
				text.append(category.label()).append(": ").append(n).append("      ");
			}
		}
		counts.setText(text.toString().strip());
		ValidationResult result = session().problems();
		state.setText(result.isValid()
				? "Valid — it can be deployed" + (result.warnings().isEmpty() ? "." : ", with " + result.warnings().size() + " warning(s).")
				: "Not valid: " + result.errors().size() + " error(s), " + result.warnings().size() + " warning(s). See the Problems view.");
		state.setForeground(state.getDisplay().getSystemColor(result.isValid() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
		counts.getParent().getParent().layout(true, true);
	}

	@Override
	public void select(EObject element) {
		// the overview shows the project itself
	}

	@Override
	public void setFocus() {
		counts.getParent().setFocus();
	}

	@Override
	public void dispose() {
		if (bold != null) {
			bold.dispose();
		}
		super.dispose();
	}
}
