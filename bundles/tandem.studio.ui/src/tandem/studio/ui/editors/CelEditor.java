package tandem.studio.ui.editors;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import tandem.model.CelSettings;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.studio.core.op.SetFeatureOperation;

/** How long the chronological event list keeps entries, and how many. */
public final class CelEditor extends ProjectEditor {

	public static final String ID = "tandem.studio.ui.celEditor";

	private FormFields fields;

	@Override
	protected void createContent(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		if (session().project().getCelSettings() == null) {
			new SetFeatureOperation(session(), session().project(), Literals.PROJECT__CEL_SETTINGS, TandemFactory.eINSTANCE.createCelSettings())
					.execute();
		}
		Group group = new Group(parent, SWT.NONE);
		group.setText("Chronological event list");
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fields = new FormFields(this, () -> session().project().getCelSettings());
		fields.add(group, "Retention (days):", Literals.CEL_SETTINGS__RETENTION_DAYS);
		fields.add(group, "Maximum entries:", Literals.CEL_SETTINGS__MAX_ENTRIES);
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText("Every alarm, operator action, login and redundancy switch is written to the CEL; entries older than the "
				+ "retention or beyond the maximum are removed on every node.");
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fields.refresh();
	}

	@Override
	protected void refresh(Collection<?> affected) {
		fields.refresh();
	}

	@Override
	public void select(EObject element) {
		if (element instanceof CelSettings) {
			setFocus();
		}
	}

	@Override
	public void setFocus() {
		fields.refresh();
	}
}
