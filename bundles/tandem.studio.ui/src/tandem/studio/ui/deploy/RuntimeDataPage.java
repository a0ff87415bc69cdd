package tandem.studio.ui.deploy;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import tandem.runtime.redundancy.deploy.RuntimeData;
import tandem.studio.core.deploy.DeployPlan;

/** Recipes and passwords where the running system differs from the model: kept unless ticked. */
final class RuntimeDataPage extends WizardPage {

	private final DeployPlan plan;
	private Table table;

	RuntimeDataPage(DeployPlan plan) {
		super("runtimeData", "Runtime data", null);
		this.plan = plan;
		setDescription("Recipes and passwords changed on the running system are kept unless you tick them.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		intro.setText(plan.runtimeData().isEmpty() ? "The running recipes and passwords match your project."
				: plan.runtimeData().size() + " items differ. Tick an item to overwrite the running one with yours.");
		table = new Table(area, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		for (String[] c : new String[][] { { "Item", "220" }, { "Running system", "230" }, { "Your project", "230" } }) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(c[0]);
			column.setWidth(Integer.parseInt(c[1]));
		}
		for (RuntimeData.Difference d : plan.runtimeData()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { d.item(), d.running(), d.model() });
			item.setData(d.item());
		}
		setControl(area);
	}

	/** The items the engineer chose to overwrite. */
	Set<String> overwrite() {
		Set<String> out = new LinkedHashSet<>();
		if (table != null) {
			for (TableItem i : table.getItems()) {
				if (i.getChecked()) {
					out.add((String) i.getData());
				}
			}
		}
		return out;
	}
}
